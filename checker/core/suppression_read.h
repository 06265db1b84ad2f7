/* What the readers of suppressions share (suppression_directives.c,
 * suppression_nolint.c, suppression_pragmas.c): building a
 * ddc_suppression_list.  Internal to those files and suppressions.c. */
#ifndef DDC_SUPPRESSION_READ_H
#define DDC_SUPPRESSION_READ_H

#include "suppression_directives.h"

/* Appends a suppression, without entries; it takes `text` (owned). */
ddc_suppression *ddc_suppression_add(ddc_suppression_list *list, ddc_suppression_kind kind, size_t offset,
                                     char *text);

/* Appends an empty entry to `suppression`. */
ddc_suppression_entry *ddc_suppression_add_entry(ddc_suppression *suppression);

/* Adds the range [from, to) to where `entry` applies (nothing when empty). */
void ddc_suppression_add_range(ddc_suppression_entry *entry, size_t from, size_t to);

/* A display text: `length` bytes of `text` with blanks collapsed to one
 * space, trimmed, and cut at 100 characters.  Newly allocated. */
char *ddc_suppression_text(const char *text, size_t length);

/* A copy of the text from `start` to `end` without blanks at either end. */
char *ddc_suppression_trim(const char *start, const char *end);

/* Reads the NOLINT comments of the scanned file (suppression_nolint.c). */
void ddc_suppressions_read_nolint(ddc_suppression_list *list, const ddc_scan *scan);

/* Reads the warning and prefast pragmas of the scanned file
 * (suppression_pragmas.c). */
void ddc_suppressions_read_pragmas(ddc_suppression_list *list, const ddc_scan *scan);

#endif
