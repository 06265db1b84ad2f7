/* A unit result: everything one translation unit contributes to a run, as
 * plain data (JSON): its findings, its program facts (for the whole-program
 * step), its counts for --stats, whether it parsed cleanly, and the messages
 * its analysis printed.  Worker processes hand results back this way, the
 * facts cache stores them, and shards write them for `ddicheck merge`; the
 * run adds them up in the order of the compile jobs, so the outcome is the
 * same whichever process analysed which unit. */
#ifndef DDC_UNIT_RESULT_H
#define DDC_UNIT_RESULT_H

#include <stdbool.h>
#include <json-c/json.h>

#include "../checks/check.h"
#include "analyze.h"
#include "findings.h"
#include "util.h"

/* One unit's result before serialisation.  `messages` are the lines it
 * printed on stderr (notes on parse errors), shown again when the result is
 * added, so that a cached unit tells the same as an analysed one. */
typedef struct ddc_unit_result {
    const char *file;         /* the job's file (not owned) */
    bool unparsed;            /* libclang could not parse it at all */
    bool clean;               /* parsed with zero errors */
    ddc_stats stats;          /* this unit's counts */
    ddc_strings messages;
    ddc_findings findings;
    ddc_program_facts facts;
} ddc_unit_result;

/* The result as JSON text (newly allocated). */
char *ddc_unit_result_to_text(const ddc_unit_result *result);

/* Frees what `result` owns. */
void ddc_unit_result_free(ddc_unit_result *result);

/* What adding results builds up. */
typedef struct ddc_run_totals {
    ddc_findings *findings;
    ddc_program_facts *program;
    ddc_stats *stats;
    ddc_strings *clean_files; /* files that parsed with zero errors (may be NULL) */
    bool print_messages;      /* print each result's messages on stderr */
} ddc_run_totals;

/* Adds a unit result (parsed JSON) to `totals`.  Returns 0, or -1 when it is
 * malformed (then `totals` may hold part of it). */
int ddc_unit_result_add(json_object *result, const ddc_run_totals *totals);

#endif
