/* Findings as Language Server Protocol diagnostics (textDocument/
 * publishDiagnostics): one Diagnostic per finding, its notes as
 * relatedInformation, positions converted from libclang's 1-based line and
 * byte column to LSP's 0-based line and character offset. */
#ifndef DDC_LSP_DIAGNOSTICS_H
#define DDC_LSP_DIAGNOSTICS_H

#include <stddef.h>

#include <json-c/json.h>

#include "../core/findings.h"
#include "../core/sources.h"

/* Where each check's page lives: <homepage>/blob/main/rules/<id>.md. */
#ifndef DDC_HOMEPAGE
#define DDC_HOMEPAGE "https://github.com/ddicheck/ddicheck"
#endif

/* What an LSP character offset counts: UTF-16 code units (the protocol's
 * default) or bytes (when the client offers "utf-8" in
 * general.positionEncodings). */
typedef enum ddc_lsp_encoding { DDC_LSP_UTF16, DDC_LSP_UTF8 } ddc_lsp_encoding;

/* The LSP character offset of the 1-based byte column `column` of `line`
 * (`length` bytes, UTF-8).  A column past the end of the line counts the
 * bytes beyond it as one unit each. */
unsigned ddc_lsp_character(const char *line, size_t length, unsigned column, ddc_lsp_encoding encoding);

/* The Diagnostic[] for the document at `path` (its URI as the client sent it
 * is `uri`): the findings whose primary location is that file, in order.  A
 * finding names the file as the parse did; it is the document when the names
 * are equal or resolve to the same file.  Lines are read through `sources`:
 * the document's under `path` (where the server put the editor's text), other
 * files' (notes) under their own names.  Each diagnostic: range from the
 * finding's position to the end of the identifier there (or one character),
 * severity Warning, source "ddicheck", code the check id, codeDescription the
 * check's page, message, and relatedInformation the notes.  The caller owns
 * the returned array. */
json_object *ddc_lsp_diagnostics(const ddc_findings *findings, const char *path, const char *uri,
                                 ddc_sources *sources, ddc_lsp_encoding encoding);

#endif
