/* The SARIF 2.1.0 reporter (--format=sarif).
 *
 * One run: tool.driver (sarif_driver.h), the source root as the uriBaseId
 * "%SRCROOT%" (a file:// URI in originalUriBaseIds), and one result per
 * finding: the check as ruleId and ruleIndex, level "warning", the message,
 * the primary location, the notes as relatedLocations and as a codeFlow
 * (the notes in order, then the primary location), and the fingerprint
 * (fingerprint.h) under partialFingerprints.  Files under the source root
 * are URIs relative to %SRCROOT%; files outside it absolute file:// URIs.
 * Columns are counted in UTF-16 code units, as SARIF's default columnKind
 * says, from the line's text. */
#ifndef DDC_SARIF_H
#define DDC_SARIF_H

#include <stdio.h>

#include "findings.h"
#include "source_root.h"
#include "sources.h"

typedef struct ddc_sarif_options {
    const ddc_source_root *root;
    const char *pages;    /* folder with the checks' pages (ddc_data_paths.pages) */
    ddc_sources *sources; /* source lines (columns) and pages */
} ddc_sarif_options;

/* Prints `list`, whose fingerprints must be computed, as a SARIF log.
 * Returns 0, or -1 when the JSON library fails to serialise. */
int ddc_sarif_print(const ddc_findings *list, const ddc_sarif_options *options, FILE *out);

#endif
