/* tool.driver: the rules from the check registry and the checks' pages. */
#include "sarif_driver.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../checks/check.h"
#include "suppressions.h"
#include "util.h"

#ifndef DDC_VERSION
#define DDC_VERSION "0.1.0"
#endif
#ifndef DDC_HOMEPAGE
#define DDC_HOMEPAGE "https://github.com/ddicheck/ddicheck"
#endif

static const char why_heading[] = "## Why it matters";

char *ddc_sarif_help_uri(const char *check_id)
{
    return ddc_format("%s/blob/main/rules/%s.md", DDC_HOMEPAGE, check_id);
}

static bool blank_line(const char *line, const char *end)
{
    for (; line < end; line++)
        if (*line != ' ' && *line != '\t' && *line != '\r')
            return false;
    return true;
}

static const char *line_end(const char *line)
{
    const char *end = strchr(line, '\n');
    return end ? end : line + strlen(line);
}

static const char *next_line(const char *end)
{
    return *end ? end + 1 : end;
}

/* The first paragraph after the "## Why it matters" heading, its lines
 * joined by single spaces (as Markdown renders them), or NULL. */
static char *why_paragraph(const char *page)
{
    const char *line = page;
    while (*line && !(strncmp(line, why_heading, sizeof why_heading - 1) == 0 &&
                      blank_line(line + sizeof why_heading - 1, line_end(line))))
        line = next_line(line_end(line));
    if (!*line)
        return NULL;
    line = next_line(line_end(line));
    while (*line && blank_line(line, line_end(line)))
        line = next_line(line_end(line));
    char *paragraph = ddc_xmalloc(strlen(line) + 1);
    size_t used = 0;
    for (; *line && line[0] != '#' && !blank_line(line, line_end(line)); line = next_line(line_end(line))) {
        const char *end = line_end(line);
        while (end > line && (end[-1] == ' ' || end[-1] == '\r' || end[-1] == '\t'))
            end--;
        if (used)
            paragraph[used++] = ' ';
        memcpy(paragraph + used, line, (size_t)(end - line));
        used += (size_t)(end - line);
    }
    paragraph[used] = '\0';
    if (used == 0) {
        free(paragraph);
        return NULL;
    }
    return paragraph;
}

/* The paragraph as plain text: without the backticks of code spans and the
 * asterisks of bold text. */
static char *plain_text(const char *markdown)
{
    char *text = ddc_strdup(markdown);
    size_t used = 0;
    for (const char *c = markdown; *c; c++) {
        if (*c == '`')
            continue;
        if (c[0] == '*' && c[1] == '*') {
            c++;
            continue;
        }
        text[used++] = *c;
    }
    text[used] = '\0';
    return text;
}

static json_object *message_string(const char *text, const char *markdown)
{
    json_object *message = json_object_new_object();
    json_object_object_add(message, "text", json_object_new_string(text));
    if (markdown)
        json_object_object_add(message, "markdown", json_object_new_string(markdown));
    return message;
}

static void add_page(json_object *rule, const ddc_check *check, const char *pages, ddc_sources *sources)
{
    char *path = ddc_format("%s/%s.md", pages ? pages : ".", check->id);
    size_t length = 0;
    const char *page = ddc_sources_text(sources, path, &length);
    char *paragraph = page ? why_paragraph(page) : NULL;
    if (!paragraph) {
        fprintf(stderr, "ddicheck: warning: %s '%s'; the SARIF rule '%s' has no full description and no help\n",
                page ? "no \"## Why it matters\" paragraph in" : "cannot read the check's page", path, check->id);
    } else {
        char *text = plain_text(paragraph);
        json_object_object_add(rule, "fullDescription", message_string(text, paragraph));
        json_object_object_add(rule, "help", message_string(page, page));
        free(text);
    }
    free(paragraph);
    free(path);
}

static json_object *rule_of(const ddc_check *check, const char *pages, ddc_sources *sources)
{
    json_object *rule = json_object_new_object();
    json_object_object_add(rule, "id", json_object_new_string(check->id));
    json_object_object_add(rule, "name", json_object_new_string(check->name));
    json_object_object_add(rule, "shortDescription", message_string(check->summary, NULL));
    add_page(rule, check, pages, sources);
    char *help_uri = ddc_sarif_help_uri(check->id);
    json_object_object_add(rule, "helpUri", json_object_new_string(help_uri));
    free(help_uri);
    json_object *configuration = json_object_new_object();
    json_object_object_add(configuration, "level", json_object_new_string("warning"));
    json_object_object_add(rule, "defaultConfiguration", configuration);
    return rule;
}

/* unused-suppression is not a check (suppressions.h), but its findings
 * need a rule too: the last one, after the registry's. */
static json_object *unused_suppression_rule(void)
{
    static const char summary[] =
        "A NOLINT comment or Code Analysis warning pragma names a check of ddicheck but suppresses no finding.";
    json_object *rule = json_object_new_object();
    json_object_object_add(rule, "id", json_object_new_string(DDC_UNUSED_SUPPRESSION_CHECK));
    json_object_object_add(rule, "name", json_object_new_string("UnusedSuppression"));
    static const char help[] =
        "The suppression is stale (the finding it was for is gone) or names the wrong check or line. Remove it, "
        "or correct it: `// NOLINT(check-id)` covers its own line, `// NOLINTNEXTLINE(check-id)` the next one, "
        "and `#pragma warning(suppress: N)` the next line of code.";
    json_object_object_add(rule, "shortDescription", message_string(summary, NULL));
    json_object_object_add(rule, "fullDescription", message_string(summary, NULL));
    json_object_object_add(rule, "help", message_string(help, help));
    json_object_object_add(rule, "helpUri", json_object_new_string(DDC_HOMEPAGE "/blob/main/README.md#suppressions"));
    json_object *configuration = json_object_new_object();
    json_object_object_add(configuration, "level", json_object_new_string("warning"));
    json_object_object_add(rule, "defaultConfiguration", configuration);
    return rule;
}

json_object *ddc_sarif_driver(const char *pages, ddc_sources *sources)
{
    json_object *driver = json_object_new_object();
    json_object_object_add(driver, "name", json_object_new_string("ddicheck"));
    json_object_object_add(driver, "fullName", json_object_new_string("ddicheck " DDC_VERSION));
    json_object_object_add(driver, "version", json_object_new_string(DDC_VERSION));
    json_object_object_add(driver, "semanticVersion", json_object_new_string(DDC_VERSION));
    json_object_object_add(driver, "informationUri", json_object_new_string(DDC_HOMEPAGE));
    json_object *rules = json_object_new_array();
    for (size_t i = 0; i < ddc_check_count; i++)
        json_object_array_add(rules, rule_of(ddc_checks[i], pages, sources));
    json_object_array_add(rules, unused_suppression_rule());
    json_object_object_add(driver, "rules", rules);
    return driver;
}
