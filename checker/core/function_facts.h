/* What a translation unit says about each of its functions: the role type it
 * is declared with (KDEFERRED_ROUTINE FooDpc;) and its SAL IRQL annotations
 * (_IRQL_requires_(DISPATCH_LEVEL), __drv_maxIRQL(...), _Function_class_(...)),
 * gathered from every declaration of the function.
 *
 * The SAL macros expand to nothing with most headers, so they are read from
 * the source tokens in front of each declaration, not from the AST. */
#ifndef DDC_FUNCTION_FACTS_H
#define DDC_FUNCTION_FACTS_H

#include <stdbool.h>
#include <stddef.h>
#include <clang-c/Index.h>

#include "contracts.h"

/* Why a function runs at the IRQL it does at entry. */
typedef struct ddc_entry_irql {
    int min_irql;          /* it always runs at or above this, or DDC_IRQL_UNKNOWN */
    int max_irql;          /* it may run at up to this, or DDC_IRQL_UNKNOWN */
    bool max_is_exact;     /* min_irql == max_irql because a contract says "always" */
    CXSourceLocation where; /* the declaration or annotation that says so */
    char reason[200];      /* "'FooDpc' is a DPC routine (KDEFERRED_ROUTINE), which runs at DISPATCH_LEVEL" */
} ddc_entry_irql;

typedef struct ddc_function_fact {
    char *usr;             /* clang's unified symbol resolution of the function */
    ddc_entry_irql entry;
    bool pageable;         /* its body has PAGED_CODE(): it runs at or below APC_LEVEL */
} ddc_function_fact;

/* The facts of one translation unit, sorted by USR. */
typedef struct ddc_function_facts {
    ddc_function_fact *items;
    size_t count;
} ddc_function_facts;

/* Collects the facts of every function declared in `unit`. */
void ddc_function_facts_collect(ddc_function_facts *facts, CXTranslationUnit unit,
                                const ddc_contracts *contracts);

/* The entry IRQL of `function` (any declaration of it); NULL when nothing is
 * known. */
const ddc_entry_irql *ddc_function_facts_entry(const ddc_function_facts *facts, CXCursor function);

void ddc_function_facts_free(ddc_function_facts *facts);

#endif
