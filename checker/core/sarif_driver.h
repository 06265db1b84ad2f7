/* The SARIF tool.driver object: ddicheck's name, version and homepage, and
 * one rule (reportingDescriptor) per registered check, in registry order, so
 * that a result's ruleIndex is the check's index in ddc_checks.
 *
 * A rule's descriptions and help come from the check's page, <pages>/<id>.md:
 * shortDescription is the summary sentence, fullDescription the first
 * paragraph of its "## Why it matters" section, help the whole page, and
 * helpUri the page on the project's homepage (the meson option `homepage`). */
#ifndef DDC_SARIF_DRIVER_H
#define DDC_SARIF_DRIVER_H

#include <json-c/json.h>

#include "sources.h"

/* The page's URL on the homepage: <homepage>/blob/main/rules/<id>.md.
 * Newly allocated. */
char *ddc_sarif_help_uri(const char *check_id);

/* Builds tool.driver, reading the pages from the folder `pages` through
 * `sources`.  A page that cannot be read leaves its rule without
 * fullDescription and help, with a warning on stderr. */
json_object *ddc_sarif_driver(const char *pages, ddc_sources *sources);

#endif
