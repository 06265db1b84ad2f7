/* file:// URIs (RFC 8089) and the local paths they name, as the Language
 * Server Protocol exchanges them. */
#ifndef DDC_LSP_URI_H
#define DDC_LSP_URI_H

/* The local path of a file URI ("file:///a%20b/c.c" or
 * "file://localhost/a%20b/c.c" gives "/a b/c.c"), newly allocated, or NULL
 * when `uri` is not a file URI of this machine or decodes to a path with a
 * NUL byte. */
char *ddc_lsp_uri_to_path(const char *uri);

/* The file URI of `path`, newly allocated: made absolute against the current
 * folder when it is relative, and percent-encoded except for letters,
 * digits, "-._~/". */
char *ddc_lsp_path_to_uri(const char *path);

#endif
