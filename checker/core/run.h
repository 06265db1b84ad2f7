/* One analysis run: parse and analyse every compile job, then the
 * whole-program step.  The command line and the language server both run
 * their analyses through here. */
#ifndef DDC_RUN_H
#define DDC_RUN_H

#include <stdbool.h>
#include <stddef.h>

#include "analyze.h"
#include "compile_jobs.h"
#include "contracts.h"
#include "findings.h"

typedef struct ddc_run_options {
    const bool *enabled;   /* enabled[i]: ddc_checks[i] runs */
    bool quiet;            /* do not report files that parsed with errors */
    bool print_parse_errors; /* print every parse error on stderr */
    /* When not NULL, receives the files that parsed without errors (their
     * findings are complete: unused suppressions are reported only there). */
    ddc_strings *clean_files;
} ddc_run_options;

/* Analyses `jobs` with the data in `paths` and `contracts`, adding the
 * findings (sorted, duplicates dropped) to `findings` and counting into
 * `stats`.  Returns the number of files analysed; 0 means nothing could be
 * (the reasons were printed on stderr), and then there are no findings.
 * Returns -1 only when the header overlay cannot be written. */
long ddc_run_analysis(const ddc_compile_jobs *jobs, const ddc_data_paths *paths, const ddc_contracts *contracts,
                      const ddc_run_options *options, ddc_findings *findings, ddc_stats *stats);

#endif
