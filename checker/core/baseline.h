/* The baseline (--baseline FILE): the fingerprints of an earlier ddicheck
 * SARIF report.  Findings whose fingerprint it holds are not new, and are
 * dropped from the report and the exit status. */
#ifndef DDC_BASELINE_H
#define DDC_BASELINE_H

#include <stddef.h>

#include "findings.h"

typedef struct ddc_baseline {
    char **fingerprints; /* sorted, owned */
    size_t count;
} ddc_baseline;

/* Reads the "ddicheck/v1" partial fingerprints of every result of every run
 * in the SARIF file `path`.  Returns 0, or -1 with a message naming the file
 * on stderr when it cannot be read, is not SARIF, or has a result without a
 * ddicheck fingerprint. */
int ddc_baseline_load(ddc_baseline *baseline, const char *path);

/* Drops the findings of `list` whose fingerprint (ddc_fingerprints_compute)
 * is in the baseline, keeping the order of the others.  Returns how many
 * were dropped. */
size_t ddc_baseline_filter(const ddc_baseline *baseline, ddc_findings *list);

void ddc_baseline_free(ddc_baseline *baseline);

#endif
