/* clang-tidy style check globs: "-*,irql-*,extension-id-stack".
 *
 * A comma-separated list; each glob (fnmatch syntax) enables the checks it
 * matches, or disables them with a leading '-', in order, so a later glob
 * wins.  Spaces and line breaks around globs are ignored (a YAML block scalar
 * may spread them over lines).  Used by --checks and by the Checks key of
 * .ddicheck.yaml (config.h). */
#ifndef DDC_CHECK_GLOBS_H
#define DDC_CHECK_GLOBS_H

#include <stdbool.h>

/* Applies `globs` to `enabled` (enabled[i] for ddc_checks[i]), which the
 * caller set up before (all true for the default).  A glob that enables
 * nothing is a mistake (a misspelt check): returns false and sets
 * `*unmatched` to the first such glob (newly allocated), after applying the
 * others.  A disabling glob that matches nothing is accepted.  Returns true
 * otherwise; `unmatched` may be NULL. */
bool ddc_check_globs_apply(const char *globs, bool *enabled, char **unmatched);

/* True when `globs` is NULL or has no glob in it (only commas and spaces). */
bool ddc_check_globs_empty(const char *globs);

#endif
