/* Finding the C files of a folder given on the command line.
 *
 * The walk is iterative (a tree of any depth costs no stack), skips hidden
 * folders (.git, .vs...), and never follows a symbolic link to a folder, so
 * a link that loops back (dir/loop -> dir) cannot make it endless.  A
 * symbolic link to a C file is followed; one that leads nowhere (a -> b ->
 * a, or a dangling link) is reported on stderr and skipped, as is a folder
 * that cannot be read.  The folder given may itself be a symbolic link. */
#ifndef DDC_SOURCE_WALK_H
#define DDC_SOURCE_WALK_H

#include "util.h"

/* Appends the *.c files below `folder` to `sources`, sorted by path.
 * Problems with what is below are reported on stderr, naming the path.
 * Returns the number of files appended. */
size_t ddc_find_sources(const char *folder, ddc_strings *sources);

/* Keeps the first of the paths in `sources` that name one file (the same
 * file reached through a symbolic link, or given twice), in order.  Paths
 * that cannot be looked up are kept (they are reported when read). */
void ddc_sources_drop_duplicates(ddc_strings *sources);

#endif
