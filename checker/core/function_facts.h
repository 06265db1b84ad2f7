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
    const ddc_role_contract *role; /* the role type that says so, or NULL */
    CXSourceLocation where; /* the declaration or annotation that says so */
    char reason[200];      /* "'FooDpc' is a DPC routine (KDEFERRED_ROUTINE), which runs at DISPATCH_LEVEL" */
} ddc_entry_irql;

/* The highest IRQL a function may be called at, as its own declarations say. */
typedef struct ddc_irql_limit {
    int max_irql;           /* DDC_IRQL_UNKNOWN when nothing limits it */
    CXSourceLocation where; /* the annotation, PAGED_CODE() or #pragma alloc_text */
    char reason[200];       /* "'Helper' is annotated _IRQL_requires_max_(PASSIVE_LEVEL)" */
} ddc_irql_limit;

typedef struct ddc_function_fact {
    char *usr;             /* clang's unified symbol resolution of the function */
    char *name;
    ddc_entry_irql entry;
    ddc_irql_limit limit;  /* from _IRQL_requires_[max_](L), PAGED_CODE() or alloc_text(PAGE): <= APC_LEVEL */
    bool pageable;         /* PAGED_CODE() in its body or #pragma alloc_text(PAGE, ...) */
    /* What a call to it does to the IRQL, from _IRQL_raises_, _IRQL_saves_[global_]
     * and _IRQL_restores_[global_] (the same facts as a DDI row); NULL when it
     * says nothing.  Its max_irql stays unknown: limits are in `limit`. */
    ddc_ddi_contract *contract;
} ddc_function_fact;

/* The facts of one translation unit, sorted by USR. */
typedef struct ddc_function_facts {
    ddc_function_fact *items;
    size_t count;
} ddc_function_facts;

/* Collects the facts of every function the main file defines and of every
 * function declared outside system headers (the driver's own headers). */
void ddc_function_facts_collect(ddc_function_facts *facts, CXTranslationUnit unit,
                                const ddc_contracts *contracts);

/* The facts of the function `function` (any declaration of it), or NULL. */
const ddc_function_fact *ddc_function_facts_find(const ddc_function_facts *facts, CXCursor function);

void ddc_function_facts_free(ddc_function_facts *facts);

#endif
