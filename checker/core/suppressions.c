/* Matching findings against the suppressions of their files, and reporting
 * the suppressions that suppressed nothing. */
#include "suppressions.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "../checks/check.h"
#include "suppression_directives.h"
#include "suppression_scan.h"
#include "util.h"

/* One file's suppressions, read once. */
typedef struct suppressed_file {
    char *key;  /* the real path, or the path when it has none */
    char *path; /* as first met: a finding's file or an analysed file */
    bool readable;
    bool reported; /* its unused suppressions were reported */
    ddc_scan scan;
    ddc_suppression_list suppressions;
} suppressed_file;

typedef struct file_cache {
    ddc_sources *sources;
    suppressed_file *items;
    size_t count;
} file_cache;

static suppressed_file *file_for(file_cache *cache, const char *path)
{
    char *real = realpath(path, NULL);
    char *key = real ? real : ddc_strdup(path);
    for (size_t i = 0; i < cache->count; i++)
        if (!strcmp(cache->items[i].key, key)) {
            free(key);
            return &cache->items[i];
        }
    cache->items = ddc_xrealloc(cache->items, (cache->count + 1) * sizeof *cache->items);
    suppressed_file *file = &cache->items[cache->count++];
    memset(file, 0, sizeof *file);
    file->key = key;
    file->path = ddc_strdup(path);
    size_t length = 0;
    const char *text = ddc_sources_text(cache->sources, path, &length);
    if (text) {
        file->readable = true;
        ddc_scan_source(&file->scan, text, length);
        ddc_suppressions_read(&file->suppressions, &file->scan);
    }
    return file;
}

static void file_cache_free(file_cache *cache)
{
    for (size_t i = 0; i < cache->count; i++) {
        suppressed_file *file = &cache->items[i];
        if (file->readable) {
            ddc_suppression_list_free(&file->suppressions);
            ddc_scan_free(&file->scan);
        }
        free(file->key);
        free(file->path);
    }
    free(cache->items);
}

static const ddc_check *check_of(const char *id)
{
    for (size_t i = 0; i < ddc_check_count; i++)
        if (!strcmp(ddc_checks[i]->id, id))
            return ddc_checks[i];
    return NULL;
}

/* True when the entry names `check`: its glob matches the id, or its
 * number is the check's Code Analysis warning. */
static bool entry_names(const ddc_suppression_entry *entry, const ddc_check *check)
{
    if (entry->glob)
        return ddc_suppression_glob_matches(entry->glob, check->id);
    return entry->number && entry->number == check->code_analysis_warning;
}

static bool entry_covers(const ddc_suppression_entry *entry, unsigned line, size_t offset)
{
    if (entry->line && entry->line == line)
        return true;
    for (size_t i = 0; i < entry->range_count; i++)
        if (entry->ranges[i].from <= offset && offset < entry->ranges[i].to)
            return true;
    return false;
}

/* True when a suppression covers the finding; marks every entry that does
 * as used (a finding two suppressions cover uses both). */
static bool is_suppressed(file_cache *cache, const ddc_finding *finding)
{
    const ddc_check *check = check_of(finding->check_id);
    if (!check || !finding->where.file[0] || !finding->where.line)
        return false;
    suppressed_file *file = file_for(cache, finding->where.file);
    if (!file->readable)
        return false;
    size_t offset = ddc_scan_offset_of(&file->scan, finding->where.line, finding->where.column);
    if (offset == (size_t)-1)
        return false;
    bool suppressed = false;
    for (size_t s = 0; s < file->suppressions.count; s++) {
        ddc_suppression *suppression = &file->suppressions.items[s];
        for (size_t e = 0; e < suppression->entry_count && !suppression->unmatched; e++) {
            ddc_suppression_entry *entry = &suppression->entries[e];
            if (entry_names(entry, check) && entry_covers(entry, finding->where.line, offset)) {
                entry->used = true;
                suppressed = true;
            }
        }
    }
    return suppressed;
}

/* True when the entry names an enabled check in a way only ddicheck reads:
 * a glob that is not "*" alone (a bare NOLINT, or one that may be meant for
 * clang-tidy), or a number mapped to the check. */
static bool is_reportable(const ddc_suppression_entry *entry, const bool *enabled)
{
    if (entry->glob && strspn(entry->glob, "*") == strlen(entry->glob))
        return false;
    for (size_t i = 0; i < ddc_check_count; i++)
        if (enabled[i] && entry_names(entry, ddc_checks[i]))
            return true;
    return false;
}

static char *entry_text(const ddc_suppression_entry *entry)
{
    return entry->glob ? ddc_strdup(entry->glob) : ddc_format("%u", entry->number);
}

static void report(ddc_findings *findings, const suppressed_file *file, const ddc_suppression *suppression,
                   const char *message)
{
    unsigned line = ddc_scan_line_of(&file->scan, suppression->offset);
    size_t column = suppression->offset - file->scan.line_starts[line - 1] + 1;
    ddc_location where = {file->path, line, column > UINT_MAX ? UINT_MAX : (unsigned)column};
    ddc_findings_add_at(findings, DDC_UNUSED_SUPPRESSION_CHECK, where, "%s", message);
}

/* Reports what of `suppression` suppressed nothing: the whole of it when
 * every entry is reportable and unused, else each reportable unused entry. */
static void report_unused(ddc_findings *findings, const suppressed_file *file, const ddc_suppression *suppression,
                          const bool *enabled)
{
    size_t unused = 0;
    for (size_t e = 0; e < suppression->entry_count; e++)
        unused += is_reportable(&suppression->entries[e], enabled) && !suppression->entries[e].used;
    if (!unused)
        return;
    char *message = NULL;
    if (suppression->unmatched) {
        bool begin = suppression->kind == DDC_SUPPRESSION_NOLINT_BEGIN;
        message = ddc_format("'%s' has no matching '%s' and suppresses nothing", suppression->text,
                             begin ? "NOLINTEND" : "NOLINTBEGIN");
    } else if (unused == suppression->entry_count) {
        message = ddc_format("'%s' suppresses nothing", suppression->text);
    }
    if (message) {
        report(findings, file, suppression, message);
        free(message);
        return;
    }
    for (size_t e = 0; e < suppression->entry_count; e++) {
        const ddc_suppression_entry *entry = &suppression->entries[e];
        if (!is_reportable(entry, enabled) || entry->used)
            continue;
        char *name = entry_text(entry);
        message = ddc_format("'%s' in '%s' suppresses nothing", name, suppression->text);
        report(findings, file, suppression, message);
        free(message);
        free(name);
    }
}

static bool is_not_suppressed(const ddc_finding *finding, void *cache)
{
    return !is_suppressed(cache, finding);
}

void ddc_suppressions_apply(ddc_findings *findings, ddc_sources *sources, const bool *enabled,
                            const char *const *analysed_files, size_t analysed_count, bool report_unused_ones)
{
    file_cache cache = {.sources = sources};
    ddc_findings_keep_if(findings, is_not_suppressed, &cache);

    for (size_t i = 0; report_unused_ones && i < analysed_count; i++) {
        suppressed_file *file = file_for(&cache, analysed_files[i]);
        if (!file->readable || file->reported)
            continue;
        file->reported = true; /* a file analysed twice (two compile jobs) is reported once */
        for (size_t s = 0; s < file->suppressions.count; s++)
            report_unused(findings, file, &file->suppressions.items[s], enabled);
    }
    ddc_findings_sort_unique(findings);
    file_cache_free(&cache);
}
