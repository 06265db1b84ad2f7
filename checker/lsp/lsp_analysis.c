/* One editor buffer through one analysis run (see lsp_analysis.h). */
#include "lsp_analysis.h"

#include <stdio.h>
#include <string.h>

#include "../core/run.h"
#include "../core/sources.h"
#include "../core/util.h"

int ddc_lsp_analyser_init(ddc_lsp_analyser *analyser, const bool *enabled, const char *database_dir, char **extra,
                          size_t extra_count)
{
    memset(analyser, 0, sizeof *analyser);
    analyser->enabled = enabled;
    analyser->database_dir = database_dir;
    analyser->extra = extra;
    analyser->extra_count = extra_count;
    if (ddc_data_paths_find(&analyser->paths) || ddc_contracts_load(&analyser->contracts, analyser->paths.contracts))
        return -1;
    return 0;
}

/* What the editor is shown of one analysis: the findings whose primary
 * location is the document, as diagnostics.  This is the one place where
 * findings become what the user sees, so the configuration and the
 * suppressions (comments and pragmas, read from the editor's text through
 * `sources`) take findings out here, as main.c does before its reporters. */
static json_object *findings_to_diagnostics(ddc_findings *findings, const ddc_lsp_document *document,
                                            ddc_sources *sources, ddc_lsp_encoding encoding)
{
    return ddc_lsp_diagnostics(findings, document->path, document->uri, sources, encoding);
}

json_object *ddc_lsp_analyse_document(const ddc_lsp_analyser *analyser, const ddc_lsp_document *document,
                                      ddc_lsp_encoding encoding)
{
    ddc_compile_jobs jobs = {0};
    ddc_findings findings = {0};
    ddc_stats stats = {0};
    char *inputs[] = {document->path};
    if (!ddc_is_file(document->path)) {
        fprintf(stderr, "ddicheck: lsp: '%s' is not analysed: it is not a file on disk (save it once)\n",
                document->path);
    } else if (ddc_compile_jobs_build(&jobs, &analyser->paths, analyser->database_dir, inputs, 1, analyser->extra,
                               analyser->extra_count) == 0 && jobs.count == 1) {
        ddc_compile_job_set_contents(&jobs.items[0], document->text, document->length);
        ddc_run_options run = {.enabled = analyser->enabled};
        if (ddc_run_analysis(&jobs, &analyser->paths, &analyser->contracts, &run, &findings, &stats) <= 0)
            fprintf(stderr, "ddicheck: lsp: '%s' could not be analysed\n", document->path);
    } else {
        fprintf(stderr, "ddicheck: lsp: '%s' could not be analysed\n", document->path);
    }
    ddc_sources *sources = ddc_sources_new();
    ddc_sources_set_unsaved(sources, document->path, document->text, document->length);
    json_object *diagnostics = findings_to_diagnostics(&findings, document, sources, encoding);
    ddc_sources_free(sources);
    ddc_findings_free(&findings);
    ddc_compile_jobs_free(&jobs);
    return diagnostics;
}

void ddc_lsp_analyser_free(ddc_lsp_analyser *analyser)
{
    ddc_contracts_free(&analyser->contracts);
    ddc_data_paths_free(&analyser->paths);
}
