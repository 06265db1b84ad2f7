/* Analysing one editor buffer for the language server: the file's compile
 * command (from the compilation database found for it, as on the command
 * line), the editor's unsaved text in place of the disk file, one analysis
 * run (run.h), and the findings in that file as LSP diagnostics. */
#ifndef DDC_LSP_ANALYSIS_H
#define DDC_LSP_ANALYSIS_H

#include <stdbool.h>
#include <stddef.h>

#include <json-c/json.h>

#include "../core/compile_jobs.h"
#include "../core/contracts.h"
#include "lsp_diagnostics.h"

/* What every analysis uses, found once when the server starts.  The
 * contracts and the .ddicheck.yaml files are read again for each analysis,
 * so that an edit of a configuration (its Contracts too) takes effect at
 * once; that costs a few milliseconds. */
typedef struct ddc_lsp_analyser {
    ddc_data_paths paths;
    const bool *enabled;       /* enabled[i]: ddc_checks[i] runs (--checks) */
    const char *checks;        /* --checks as given, or NULL */
    const char *database_dir;  /* -p, or NULL: each file's database is found by walking up */
    char **extra;              /* compiler flags after "--" */
    size_t extra_count;
} ddc_lsp_analyser;

/* An open document: its URI as the client sent it, the local path, and the
 * editor's text (UTF-8, `length` bytes). */
typedef struct ddc_lsp_document {
    char *uri;
    char *path;
    char *text;
    size_t length;
} ddc_lsp_document;

/* Finds the data folders and checks that the contracts load.  Returns 0,
 * or -1 with a message on stderr.  The pointers in the arguments must
 * outlive it. */
int ddc_lsp_analyser_init(ddc_lsp_analyser *analyser, const bool *enabled, const char *checks,
                          const char *database_dir, char **extra, size_t extra_count);

/* Analyses `document` and returns its Diagnostic[]: the findings in it that
 * its .ddicheck.yaml and its suppressions leave, as the command line reports
 * them.  Empty when it is clean, excluded, or could not be analysed (the
 * reason is then on stderr).  The caller owns
 * the array. */
json_object *ddc_lsp_analyse_document(const ddc_lsp_analyser *analyser, const ddc_lsp_document *document,
                                      ddc_lsp_encoding encoding);

/* Frees the data loaded by ddc_lsp_analyser_init. */
void ddc_lsp_analyser_free(ddc_lsp_analyser *analyser);

#endif
