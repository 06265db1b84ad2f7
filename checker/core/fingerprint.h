/* Fingerprints of findings: a hash that names a finding across runs, for
 * SARIF's partialFingerprints and for --baseline.
 *
 * The hash (FNV-1a, 64 bits) covers the check id, the file path relative to
 * the source root (the absolute path for a file outside it), the message, the
 * text of the primary line with all whitespace removed, and the finding's
 * index among the findings that share those four.  Line and column numbers
 * are left out, so that lines added or removed elsewhere in the file do not
 * change it; editing the flagged line does. */
#ifndef DDC_FINGERPRINT_H
#define DDC_FINGERPRINT_H

#include "findings.h"
#include "source_root.h"
#include "sources.h"

/* The key of the fingerprint in SARIF's partialFingerprints.  A change to
 * what the hash covers must change the version. */
#define DDC_FINGERPRINT_KEY "ddicheck/v1"

/* Sets the `fingerprint` of every finding in `list`, which must be sorted
 * (ddc_findings_sort_unique): the occurrence index follows that order.  The
 * line text comes from `sources`; an unreadable line counts as empty. */
void ddc_fingerprints_compute(ddc_findings *list, const ddc_source_root *root, ddc_sources *sources);

#endif
