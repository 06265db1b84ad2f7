/* The source root: the folder that reports name files relative to
 * (--source-root, by default the current directory), and the file:// URIs of
 * paths, for SARIF.  Fingerprints use the relative paths too, so that a
 * baseline made in one checkout matches in another. */
#ifndef DDC_SOURCE_ROOT_H
#define DDC_SOURCE_ROOT_H

typedef struct ddc_source_root {
    char *path; /* absolute, symlinks resolved, no trailing '/' ("/" itself excepted) */
    char *uri;  /* the folder as a file:// URI ending in '/' */
} ddc_source_root;

/* Sets `root` to `folder`, or to the current directory when `folder` is
 * NULL.  Returns 0, or -1 with a message naming the folder on stderr when it
 * is not a folder that exists. */
int ddc_source_root_init(ddc_source_root *root, const char *folder);

/* `path` made absolute: symlinks resolved when the file exists, otherwise
 * joined to the current directory with "." and ".." removed.  Newly
 * allocated. */
char *ddc_absolute_path(const char *path);

/* `path` relative to the root ("sub/file.c"), or NULL when it lies outside
 * the root.  Newly allocated. */
char *ddc_source_root_relative(const ddc_source_root *root, const char *path);

/* `path` percent-encoded for use in a URI: every byte but letters, digits,
 * '-', '.', '_', '~' and '/' becomes %XX.  Newly allocated. */
char *ddc_uri_encode_path(const char *path);

void ddc_source_root_free(ddc_source_root *root);

#endif
