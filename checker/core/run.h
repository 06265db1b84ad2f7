/* One analysis run: parse and analyse every compile job (in worker
 * processes, or from the facts cache), then the whole-program step.  The
 * command line, `ddicheck merge` and the language server all run their
 * analyses through here. */
#ifndef DDC_RUN_H
#define DDC_RUN_H

#include <stdbool.h>
#include <stddef.h>

#include "analyze.h"
#include "compile_jobs.h"
#include "contracts.h"
#include "findings.h"

#include <json-c/json.h>

struct ddc_configs;

typedef struct ddc_run_options {
    const bool *enabled;   /* enabled[i]: ddc_checks[i] runs */
    bool quiet;            /* do not report files that parsed with errors */
    bool print_parse_errors; /* print every parse error on stderr */
    /* When not NULL, receives the files that parsed without errors (their
     * findings are complete: unused suppressions are reported only there). */
    ddc_strings *clean_files;
    unsigned workers;      /* worker processes (-j); 0 or 1: analyse in this process */
    bool use_cache;        /* look up and store unit results in the facts cache */
    const char *cache_folder; /* --cache-dir, or NULL for the default */
    /* The configurations read (their Contracts are part of the cache key),
     * or NULL. */
    const struct ddc_configs *configs;
} ddc_run_options;

/* The unit results of the jobs numbered `selected[0..count)`, parsed (each
 * parsed once: a cached one as read from its entry), results[i] for
 * selected[i], owned by the caller (json_object_put): from the facts cache when it holds them, else
 * analysed by the workers (and stored).  A job whose worker died gets NULL.
 * stats->from_cache counts the results the cache gave.
 * Returns 0, or -1 when the header overlay cannot be written or the workers
 * cannot start. */
int ddc_run_units(const ddc_compile_jobs *jobs, const size_t *selected, size_t count, const ddc_data_paths *paths,
                  const ddc_contracts *contracts, const ddc_run_options *options, json_object **results,
                  ddc_stats *stats);

/* Adds unit results (in job order; NULL entries, whose worker died, make the
 * program incomplete) into
 * findings and stats, runs the whole-program step (`whole_program`: every
 * file of the program is among them) and sorts the findings.  Returns the
 * number of files analysed, or -1 when a result is malformed (reported on
 * stderr naming `source`). */
long ddc_run_link(json_object *const *results, size_t count, bool whole_program, const ddc_run_options *options,
                  const char *source, ddc_findings *findings, ddc_stats *stats);

/* Both: analyses `jobs` and adds the findings (sorted, duplicates dropped)
 * to `findings`, counting into `stats`.  Returns the number of files
 * analysed; 0 means nothing could be (the reasons were printed on stderr),
 * and then there are no findings.  Returns -1 on the errors above. */
long ddc_run_analysis(const ddc_compile_jobs *jobs, const ddc_data_paths *paths, const ddc_contracts *contracts,
                      const ddc_run_options *options, ddc_findings *findings, ddc_stats *stats);

#endif
