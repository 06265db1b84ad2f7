/* One editor buffer through one analysis run (see lsp_analysis.h). */
#include "lsp_analysis.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../checks/check.h"
#include "../core/config.h"
#include "../core/run.h"
#include "../core/sources.h"
#include "../core/suppressions.h"
#include "../core/util.h"

int ddc_lsp_analyser_init(ddc_lsp_analyser *analyser, const bool *enabled, const char *checks,
                          const char *database_dir, char **extra, size_t extra_count)
{
    memset(analyser, 0, sizeof *analyser);
    analyser->enabled = enabled;
    analyser->checks = checks;
    analyser->database_dir = database_dir;
    analyser->extra = extra;
    analyser->extra_count = extra_count;
    ddc_contracts contracts = {0};
    int status = ddc_data_paths_find(&analyser->paths) || ddc_contracts_load(&contracts, analyser->paths.contracts)
                     ? -1
                     : 0;
    ddc_contracts_free(&contracts);
    return status;
}

/* Runs the analysis of the one job in `jobs` and takes out what the
 * configuration and the suppressions (comments and pragmas, read from the
 * editor's text through `sources`) leave out, as main.c does before its
 * reporters.  Returns 0, or -1 when nothing could be analysed. */
static int analyse_job(const ddc_lsp_analyser *analyser, ddc_configs *configs, ddc_compile_jobs *jobs,
                       ddc_sources *sources, ddc_findings *findings)
{
    int status = -1;
    bool *enabled = ddc_xcalloc(ddc_check_count, sizeof *enabled);
    memcpy(enabled, analyser->enabled, ddc_check_count * sizeof *enabled);
    ddc_contracts contracts = {0};
    ddc_stats stats = {0};
    if (ddc_configs_enabled_for_jobs(configs, jobs, enabled) || ddc_contracts_load(&contracts, analyser->paths.contracts))
        goto cleanup;
    ddc_configs_add_contracts(configs, &contracts);
    ddc_run_options run = {.enabled = enabled};
    if (ddc_run_analysis(jobs, &analyser->paths, &contracts, &run, findings, &stats) <= 0 ||
        ddc_configs_filter_findings(configs, findings))
        goto cleanup;
    ddc_suppressions_apply(findings, sources, enabled, NULL, 0, false);
    status = 0;

cleanup:
    ddc_contracts_free(&contracts);
    free(enabled);
    return status;
}

json_object *ddc_lsp_analyse_document(const ddc_lsp_analyser *analyser, const ddc_lsp_document *document,
                                      ddc_lsp_encoding encoding)
{
    ddc_compile_jobs jobs = {0};
    ddc_findings findings = {0};
    ddc_sources *sources = ddc_sources_new();
    ddc_sources_set_unsaved(sources, document->path, document->text, document->length);
    ddc_configs *configs = ddc_configs_new(NULL, analyser->checks);
    char *inputs[] = {document->path};
    if (!ddc_is_file(document->path)) {
        fprintf(stderr, "ddicheck: lsp: '%s' is not analysed: it is not a file on disk (save it once)\n",
                document->path);
    } else if (ddc_compile_jobs_build_configured(&jobs, &analyser->paths, configs, analyser->database_dir, inputs, 1,
                                                 analyser->extra, analyser->extra_count) != 0) {
        fprintf(stderr, "ddicheck: lsp: '%s' could not be analysed\n", document->path);
    } else if (jobs.count == 1) {
        ddc_compile_job_set_contents(&jobs.items[0], document->text, document->length);
        if (analyse_job(analyser, configs, &jobs, sources, &findings)) {
            fprintf(stderr, "ddicheck: lsp: '%s' could not be analysed\n", document->path);
            ddc_findings_free(&findings);
        }
    } /* else: an Exclude glob of its configuration names it */
    json_object *diagnostics = ddc_lsp_diagnostics(&findings, document->path, document->uri, sources, encoding);
    ddc_configs_free(configs);
    ddc_sources_free(sources);
    ddc_findings_free(&findings);
    ddc_compile_jobs_free(&jobs);
    return diagnostics;
}

void ddc_lsp_analyser_free(ddc_lsp_analyser *analyser)
{
    ddc_data_paths_free(&analyser->paths);
}
