/* Suppressions: findings the driver's own source says not to report.
 *
 * Two conventions are honoured, at the finding's primary location only
 * (its notes do not count), in the file the finding is in:
 *   - clang-tidy's comments, with clang-tidy's semantics: NOLINT,
 *     NOLINTNEXTLINE, NOLINTBEGIN / NOLINTEND, with an optional list of check
 *     globs; globs that match none of ddicheck's checks (other tools')
 *     are ignored;
 *   - Code Analysis's pragmas: warning(suppress|disable: N) and
 *     prefast(suppress|disable: N), as #pragma, __pragma or _Pragma, where N is
 *     a check's code_analysis_warning (checks/check.h); other numbers are
 *     ignored.
 * The details of both are in suppression_directives.h.  Comments and pragmas
 * are found by a lexical scan (suppression_scan.h), never inside literals.
 *
 * Unused suppressions.  When asked, a suppression that names one of the
 * enabled checks (or a glob that matches one, other than "*" alone) or a
 * number mapped to one, and that suppressed no finding, is reported as a
 * finding of its own, DDC_UNUSED_SUPPRESSION_CHECK.  Only the files given as
 * analysed are looked at: the caller passes the main files that parsed
 * without errors (a parse error may have hidden the finding a suppression is
 * for).  Headers are not: their suppressions are honoured, but whether one is
 * used depends on which of the files that include the header were analysed.
 * A bare NOLINT (it may be for clang-tidy) and a suppression of a disabled
 * check are not reported; an unmatched NOLINTBEGIN or NOLINTEND naming an
 * enabled check is. */
#ifndef DDC_SUPPRESSIONS_H
#define DDC_SUPPRESSIONS_H

#include <stdbool.h>
#include <stddef.h>

#include "findings.h"
#include "sources.h"

/* The check id of "'NOLINT(irql-too-high)' suppresses nothing" findings.  It
 * is not in the check registry: it cannot be enabled or disabled with
 * --checks, only asked for with --report-unused-suppressions. */
#define DDC_UNUSED_SUPPRESSION_CHECK "unused-suppression"

/* Removes (and frees) every finding of `findings` that a suppression covers,
 * reading the source text through `sources`.  `enabled[i]` says whether
 * ddc_checks[i] ran.  With `report_unused`, then appends an
 * unused-suppression finding for each suppression in `analysed_files` that
 * suppressed nothing (see above).  Leaves the list sorted and without
 * duplicates (ddc_findings_sort_unique).  Findings of checks that are not in
 * the registry are left alone. */
void ddc_suppressions_apply(ddc_findings *findings, ddc_sources *sources, const bool *enabled,
                            const char *const *analysed_files, size_t analysed_count, bool report_unused);

#endif
