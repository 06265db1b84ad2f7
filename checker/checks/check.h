/* The interface between the engine and the checks.
 *
 * A check declares its id, the one-sentence summary (the same sentence opens
 * its page in rules/ and --list-checks), and the hooks it wants.  It keeps no
 * file-level mutable state: what it needs lives in the contexts passed in. */
#ifndef DDC_CHECK_H
#define DDC_CHECK_H

#include <clang-c/Index.h>

#include "../core/cfg.h"
#include "../core/contracts.h"
#include "../core/findings.h"
#include "../core/function_facts.h"
#include "../core/irql_graph.h"

/* Facts a check keeps across units, defined in the check's own file. */
struct ddc_null_facts;      /* unchecked-null-return */
struct ddc_attribute_facts; /* context-parent-object and the other WDF context checks */
struct ddc_key_facts;       /* extension-id-not-unique and extension-id-stack (core/extension_key.h) */

/* Facts gathered from every translation unit, for checks that need the whole
 * program. */
typedef struct ddc_program_facts {
    struct ddc_key_facts *keys; /* owned; freed by the extension-id checks' free_facts */
    ddc_irql_graph irql; /* functions, callback registrations and calls, for irql-too-high */
    struct ddc_null_facts *nulls;          /* owned; freed by the owning check's free_facts */
    struct ddc_attribute_facts *attributes; /* owned; freed by the owning check's free_facts */
} ddc_program_facts;

/* What a check sees of the translation unit being analysed. */
typedef struct ddc_unit_context {
    CXTranslationUnit unit;
    /* The driver project of the unit (ddc_compile_job.project): facts that
     * are joined across units are keyed by it, so two drivers never meet. */
    const char *project;
    bool user_mode;        /* a UMDF driver: user mode, always PASSIVE_LEVEL */
    bool has_parse_errors; /* the unit has at least one error diagnostic */
    ddc_cfg_cache *graphs; /* control-flow graphs of its functions: ddc_cfg_cache_get(graphs, unit, function) */
    const ddc_contracts *contracts;
    const ddc_function_facts *functions;
    ddc_findings *findings;
    ddc_program_facts *program;
} ddc_unit_context;

/* What a check sees in the whole-program step, after every unit. */
typedef struct ddc_link_context {
    ddc_program_facts *program;
    ddc_findings *findings;
    /* Every file of the program was analysed (ddc_compile_jobs.whole_program):
     * a fact missing from `program` is missing from the driver. */
    bool whole_program;
} ddc_link_context;

typedef struct ddc_check {
    const char *id;      /* kebab-case, as in rules/<id>.md and testcases/<id>/ */
    const char *name;    /* the same in PascalCase: the SARIF rule name */
    const char *summary;
    /* The Code Analysis (PREfast) warning number that reports the same defect,
     * or 0 when there is none (the "Code Analysis" section of the check's
     * page says which).  `#pragma warning(suppress: N)` honours it. */
    unsigned code_analysis_warning;
    /* Once per translation unit, before its functions. */
    void (*on_unit)(const ddc_unit_context *context);
    /* Once per function definition in the main file. */
    void (*on_function)(const ddc_unit_context *context, CXCursor function);
    /* Once per call to a DDI that has a contract. */
    void (*on_call)(const ddc_unit_context *context, CXCursor call, const ddc_ddi_contract *contract);
    /* Once, after every translation unit was analysed. */
    void (*on_link)(const ddc_link_context *context);
    /* Frees what the check keeps in ddc_program_facts (called whether or not
     * the check was enabled; the pointers may be NULL). */
    void (*free_facts)(ddc_program_facts *program);
} ddc_check;

/* The registry, in checks.def order. */
extern const ddc_check *const ddc_checks[];
extern const size_t ddc_check_count;

/* Declarations of every check, from checks.def. */
#define DDC_CHECK(name) extern const ddc_check name##_check;
#include "checks.def"
#undef DDC_CHECK

/* Looks up the contract of the function `call` calls: by the callee's name,
 * then by the name written in the source (a macro's name), then the contract
 * the driver's own SAL annotations give the callee.  NULL when none. */
const ddc_ddi_contract *ddc_call_contract(const ddc_unit_context *context, CXCursor call);

/* The whole-program key of a declaration with USR `usr`: the USR within the
 * unit's driver project ("project|usr"), so that facts of two drivers never
 * meet.  Newly allocated. */
char *ddc_program_key_of_usr(const ddc_unit_context *context, const char *usr);

/* The whole-program key of `declaration`, or NULL when it has no USR.
 * Newly allocated. */
char *ddc_program_key(const ddc_unit_context *context, CXCursor declaration);

/* The name to show for a call: the name written in the source (the macro a
 * driver wrote), else the callee's.  Newly allocated; never NULL. */
char *ddc_call_display_name(const ddc_unit_context *context, CXCursor call);

#endif
