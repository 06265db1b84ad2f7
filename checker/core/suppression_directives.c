/* Reading the suppressions of a file: what the NOLINT and the pragma
 * readers share, and the list itself. */
#include "suppression_directives.h"

#include <stdlib.h>
#include <string.h>

#include "suppression_read.h"
#include "util.h"

/* Display texts longer than this are cut, with "..." in place of the rest. */
enum { TEXT_LIMIT = 100 };

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

char *ddc_suppression_text(const char *text, size_t length)
{
    char *copy = ddc_xmalloc(length + 4);
    size_t used = 0;
    for (size_t i = 0; i < length; i++) {
        if (!is_space(text[i]))
            copy[used++] = text[i];
        else if (used && copy[used - 1] != ' ')
            copy[used++] = ' ';
    }
    while (used && copy[used - 1] == ' ')
        used--;
    if (used > TEXT_LIMIT) {
        used = TEXT_LIMIT;
        memcpy(copy + used, "...", 3);
        used += 3;
    }
    copy[used] = '\0';
    return copy;
}

char *ddc_suppression_trim(const char *start, const char *end)
{
    while (start < end && is_space(*start))
        start++;
    while (end > start && is_space(end[-1]))
        end--;
    char *copy = ddc_xmalloc((size_t)(end - start) + 1);
    memcpy(copy, start, (size_t)(end - start));
    copy[end - start] = '\0';
    return copy;
}

bool ddc_suppression_glob_matches(const char *glob, const char *text)
{
    /* Greedy, going back only to the last '*': linear in practice, where
     * recursion at every '*' took exponential time on NOLINT(********x). */
    const char *star = NULL, *resume = NULL;
    while (*text) {
        if (*glob == '*') {
            star = glob++;
            resume = text;
        } else if (*glob == *text) {
            glob++;
            text++;
        } else if (star) {
            glob = star + 1;
            text = ++resume;
        } else {
            return false;
        }
    }
    while (*glob == '*')
        glob++;
    return *glob == '\0';
}

ddc_suppression *ddc_suppression_add(ddc_suppression_list *list, ddc_suppression_kind kind, size_t offset,
                                     char *text)
{
    if (list->count == list->capacity) {
        list->capacity = list->capacity ? list->capacity * 2 : 16;
        list->items = ddc_xrealloc(list->items, list->capacity * sizeof *list->items);
    }
    ddc_suppression *suppression = &list->items[list->count++];
    memset(suppression, 0, sizeof *suppression);
    suppression->kind = kind;
    suppression->offset = offset;
    suppression->text = text;
    return suppression;
}

ddc_suppression_entry *ddc_suppression_add_entry(ddc_suppression *suppression)
{
    suppression->entries =
        ddc_xrealloc(suppression->entries, (suppression->entry_count + 1) * sizeof *suppression->entries);
    ddc_suppression_entry *entry = &suppression->entries[suppression->entry_count++];
    memset(entry, 0, sizeof *entry);
    return entry;
}

void ddc_suppression_add_range(ddc_suppression_entry *entry, size_t from, size_t to)
{
    if (from >= to)
        return;
    entry->ranges = ddc_xrealloc(entry->ranges, (entry->range_count + 1) * sizeof *entry->ranges);
    entry->ranges[entry->range_count++] = (ddc_offset_range){from, to};
}

void ddc_suppressions_read(ddc_suppression_list *list, const ddc_scan *scan)
{
    ddc_suppressions_read_nolint(list, scan);
    ddc_suppressions_read_pragmas(list, scan);
}

void ddc_suppression_list_free(ddc_suppression_list *list)
{
    for (size_t i = 0; i < list->count; i++) {
        ddc_suppression *suppression = &list->items[i];
        for (size_t e = 0; e < suppression->entry_count; e++) {
            free(suppression->entries[e].glob);
            free(suppression->entries[e].ranges);
        }
        free(suppression->entries);
        free(suppression->text);
    }
    free(list->items);
    memset(list, 0, sizeof *list);
}
