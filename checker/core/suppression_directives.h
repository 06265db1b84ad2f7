/* The suppressions written in one file, read from its scan
 * (suppression_scan.h), with where each one applies.
 *
 * clang-tidy's comments, with clang-tidy's semantics:
 *   NOLINT(globs)          on its own line
 *   NOLINTNEXTLINE(globs)  on the line after
 *   NOLINTBEGIN(globs) ... NOLINTEND(globs)
 *                          between the two (an END closes the innermost
 *                          BEGIN, which must have the same list)
 * Without "(...)" a comment names every check ("*").  The list is split at
 * commas and trimmed; '*' is the only wildcard; negative globs ("-foo") are
 * dropped, as clang-tidy drops them.
 *
 * Code Analysis's pragmas, as MSVC reads them:
 *   warning(suppress: N ...)  on the next line of code
 *   warning(disable: N ...)   from there to the end of the file, to a
 *                             warning(default|error|once|1-4: N), or to the
 *                             warning(pop) of an earlier warning(push)
 *   prefast(suppress|disable|enable|push|pop ...), PREfast's, the same way
 * with several specifiers ("disable: 4100; suppress: 28121"), numbers
 * written N, CN or as the WDK's names (__WARNING_IRQ_TOO_HIGH), and an
 * optional justification after a comma.  "The next line of code" is the
 * next line that holds code, not only blanks, comments or directives; a
 * __pragma / _Pragma followed by code on its own line applies to that line. */
#ifndef DDC_SUPPRESSION_DIRECTIVES_H
#define DDC_SUPPRESSION_DIRECTIVES_H

#include <stdbool.h>
#include <stddef.h>

#include "suppression_scan.h"

/* Offsets from `from` up to, not including, `to`. */
typedef struct ddc_offset_range {
    size_t from;
    size_t to;
} ddc_offset_range;

/* One check glob of a NOLINT, or one warning number of a pragma, with where
 * it applies: on `line`, or within `ranges`. */
typedef struct ddc_suppression_entry {
    char *glob;      /* NOLINT: the check glob ("*" when no list is given); NULL for a pragma */
    unsigned number; /* pragma: the warning number, 0 for a name that is not known */
    unsigned line;   /* NOLINT, NOLINTNEXTLINE, warning(suppress): the line it applies to, or 0 */
    ddc_offset_range *ranges; /* NOLINTBEGIN, warning(disable): where it applies */
    size_t range_count;
    bool used; /* it suppressed a finding (set by the matcher) */
} ddc_suppression_entry;

typedef enum ddc_suppression_kind {
    DDC_SUPPRESSION_NOLINT,
    DDC_SUPPRESSION_NOLINT_NEXT_LINE,
    DDC_SUPPRESSION_NOLINT_BEGIN,
    DDC_SUPPRESSION_NOLINT_END, /* only an unmatched one is kept, to be reported */
    DDC_SUPPRESSION_PRAGMA,     /* warning(suppress|disable) or prefast(suppress|disable) */
} ddc_suppression_kind;

/* One comment directive or pragma. */
typedef struct ddc_suppression {
    ddc_suppression_kind kind;
    size_t offset; /* where it is written: its "NOLINT", or the pragma's start */
    /* How it is written, blanks collapsed: "NOLINT(irql-too-high)",
     * "#pragma warning(suppress: 28121)".  Owned. */
    char *text;
    /* A NOLINTBEGIN without its NOLINTEND, or the reverse: it suppresses
     * nothing (as in clang-tidy). */
    bool unmatched;
    ddc_suppression_entry *entries;
    size_t entry_count;
} ddc_suppression;

/* The suppressions of one file, in the order they are written. */
typedef struct ddc_suppression_list {
    ddc_suppression *items;
    size_t count;
    size_t capacity;
} ddc_suppression_list;

/* Reads every suppression of the scanned file into `list`. */
void ddc_suppressions_read(ddc_suppression_list *list, const ddc_scan *scan);

/* True when `glob` (with '*' as its only wildcard) matches all of `text`. */
bool ddc_suppression_glob_matches(const char *glob, const char *text);

void ddc_suppression_list_free(ddc_suppression_list *list);

#endif
