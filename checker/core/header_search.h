/* Finding headers the way a Windows build would.
 *
 * Windows sources are written for a case-insensitive file system and for the
 * include path of their Visual Studio project.  The header index lists every
 * header under the driver's tree and the system include folders; from it the
 * checker writes a clang virtual file system overlay with
 * 'case-sensitive': 'false' (so `#include "Precomp.h"` finds precomp.h), and
 * looks up the folder of a project header that no include path reaches. */
#ifndef DDC_HEADER_SEARCH_H
#define DDC_HEADER_SEARCH_H

#include <stddef.h>

#include "util.h"

typedef struct ddc_header_index {
    ddc_strings paths;       /* every header, full path */
    char *overlay_path;      /* the VFS overlay file written, or NULL */
} ddc_header_index;

/* Adds the headers found under `root` (recursively; hidden folders skipped). */
void ddc_header_index_add_tree(ddc_header_index *index, const char *root);

/* Writes the case-insensitive VFS overlay for every indexed header to a
 * temporary file and stores its path in index->overlay_path.  Returns 0, or
 * -1 with a message on stderr when the file cannot be written. */
int ddc_header_index_write_overlay(ddc_header_index *index);

/* For an include that was not found (`name` as written, e.g. "common.h" or
 * "..\\inc\\x.h"), the folder to add to the include path so that it is found:
 * the indexed match nearest to `includer` (the file with the #include).
 * Newly allocated, or NULL when the tree has no such header. */
char *ddc_header_index_find_folder(const ddc_header_index *index, const char *name, const char *includer);

/* Removes the overlay file and frees the index. */
void ddc_header_index_free(ddc_header_index *index);

#endif
