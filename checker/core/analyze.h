/* Running the enabled checks over a parsed translation unit. */
#ifndef DDC_ANALYZE_H
#define DDC_ANALYZE_H

#include <stdbool.h>
#include <stddef.h>
#include <clang-c/Index.h>

#include "../checks/check.h"
#include "compile_jobs.h"

/* Counters for --stats. */
typedef struct ddc_stats {
    size_t files;                 /* files given to the parser */
    size_t files_unparsed;        /* libclang could not parse them at all */
    size_t files_with_errors;     /* parsed, with at least one error */
    size_t parse_errors;          /* error diagnostics in all files */
    size_t functions;             /* function definitions analysed */
    size_t target_calls;          /* calls to DDIs a check looks at */
    size_t target_calls_in_error_functions; /* ... inside functions that have parse errors */
    size_t from_cache;            /* units whose results came from the facts cache */
} ddc_stats;

/* Analyses `unit` with the checks whose enabled[i] is true, adding findings
 * and program facts.  Only function definitions in the main file are
 * analysed (a header's inline functions are analysed with each file that
 * includes them only once, through de-duplication of findings). */
void ddc_analyze_unit(CXTranslationUnit unit, const ddc_compile_job *job, const ddc_contracts *contracts,
                      const bool *enabled, ddc_findings *findings, ddc_program_facts *program, ddc_stats *stats);

/* The whole-program step, after every unit.  `whole_program`: every file of
 * the program was analysed (ddc_compile_jobs.whole_program). */
void ddc_link_program(const bool *enabled, bool whole_program, ddc_program_facts *program, ddc_findings *findings);

/* Frees the program facts. */
void ddc_program_facts_free(ddc_program_facts *program);

#endif
