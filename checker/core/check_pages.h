/* The checks' pages (rules/<id>.md, installed into <datadir>/ddicheck/pages):
 * what `ddicheck --explain <check-id>` prints. */
#ifndef DDC_CHECK_PAGES_H
#define DDC_CHECK_PAGES_H

#include <stdio.h>

/* Copies the page of the check `id` from the folder `pages` to `out`.
 * Returns 0, or -1 with a message on stderr: `id` names no registered check
 * (the message lists the valid ids), or its page cannot be read. */
int ddc_check_page_print(const char *id, const char *pages, FILE *out);

#endif
