/* `ddicheck --lsp`: a Language Server Protocol 3.17 server on stdin/stdout.
 *
 * It keeps the text of the documents the editor has open (full sync), and
 * after didOpen, didChange and didSave analyses the document with its
 * compile command and the editor's unsaved text, then publishes its
 * diagnostics (an empty list when it is clean).  Edits that arrive while
 * others are waiting are analysed once, when no input is pending.  Requests
 * other than initialize and shutdown get MethodNotFound; malformed input is
 * reported on stderr and answered where JSON-RPC says so.  Logging goes to
 * stderr only: stdout carries the protocol. */
#ifndef DDC_LSP_SERVER_H
#define DDC_LSP_SERVER_H

#include <stdbool.h>
#include <stddef.h>

typedef struct ddc_lsp_options {
    const bool *enabled;      /* enabled[i]: ddc_checks[i] runs (--checks) */
    const char *checks;       /* --checks as given, applied after .ddicheck.yaml's Checks, or NULL */
    const char *database_dir; /* -p, or NULL: each file's database is found by walking up */
    char **extra;             /* compiler flags after "--" */
    size_t extra_count;
} ddc_lsp_options;

/* Serves until the exit notification or the end of input.  Returns the exit
 * status: 0 when shutdown came before, 1 otherwise (as the protocol
 * says), 2 when the checker's data cannot be loaded. */
int ddc_lsp_serve(const ddc_lsp_options *options);

#endif
