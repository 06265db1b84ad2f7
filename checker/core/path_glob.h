/* Path globs, as the Exclude key of .ddicheck.yaml writes them, e.g.
 * "generated", "src/test_*.c", and with a "**" segment "third_party/ **"
 * (written here with a space only because a C comment cannot hold it).
 *
 * A glob is a list of segments separated by '/'.  Each segment is an fnmatch
 * pattern for one path segment ('*', '?' and [...] never cross a '/'), and a
 * segment "**" matches any number of path segments, none included.  A glob
 * that matches a folder matches everything under it, so "generated" and
 * "generated" followed by a "**" segment say the same.  Empty and "." segments are ignored. */
#ifndef DDC_PATH_GLOB_H
#define DDC_PATH_GLOB_H

#include <stdbool.h>

/* True when `path` (relative to the same folder as `glob`, or both
 * absolute) is matched by `glob` or lies under a folder it matches. */
bool ddc_path_glob_match(const char *glob, const char *path);

/* True when `glob` is usable: not empty, no ".." segment, and every bracket
 * expression closed.  Sets `*why` to a static explanation otherwise. */
bool ddc_path_glob_valid(const char *glob, const char **why);

#endif
