/* Findings list, sorting and the text and JSON reporters. */
#include "findings.h"

#include <json-c/json.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

ddc_location ddc_location_from_clang(CXSourceLocation location)
{
    ddc_location result = {0};
    CXFile file = NULL;
    clang_getExpansionLocation(location, &file, &result.line, &result.column, NULL);
    CXString name = clang_getFileName(file);
    const char *text = clang_getCString(name);
    result.file = ddc_strdup(text ? text : "");
    clang_disposeString(name);
    return result;
}

static ddc_finding *add_finding(ddc_findings *list, const char *check_id, ddc_location where,
                                const char *format, va_list args)
{
    if (list->count == list->capacity) {
        list->capacity = list->capacity ? list->capacity * 2 : 16;
        list->items = ddc_xrealloc(list->items, list->capacity * sizeof *list->items);
    }
    ddc_finding *finding = &list->items[list->count++];
    memset(finding, 0, sizeof *finding);
    finding->check_id = check_id;
    finding->where = where;
    finding->message = ddc_vformat(format, args);
    return finding;
}

static void add_note(ddc_finding *finding, ddc_location where, const char *format, va_list args)
{
    finding->notes = ddc_xrealloc(finding->notes, (finding->note_count + 1) * sizeof *finding->notes);
    ddc_note *note = &finding->notes[finding->note_count++];
    note->where = where;
    note->message = ddc_vformat(format, args);
}

ddc_finding *ddc_findings_add(ddc_findings *list, const char *check_id, CXSourceLocation where,
                              const char *format, ...)
{
    va_list args;
    va_start(args, format);
    ddc_finding *finding = add_finding(list, check_id, ddc_location_from_clang(where), format, args);
    va_end(args);
    return finding;
}

ddc_finding *ddc_findings_add_at(ddc_findings *list, const char *check_id, ddc_location where,
                                 const char *format, ...)
{
    where.file = ddc_strdup(where.file);
    va_list args;
    va_start(args, format);
    ddc_finding *finding = add_finding(list, check_id, where, format, args);
    va_end(args);
    return finding;
}

void ddc_finding_add_note(ddc_finding *finding, CXSourceLocation where, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    add_note(finding, ddc_location_from_clang(where), format, args);
    va_end(args);
}

void ddc_finding_add_note_at(ddc_finding *finding, ddc_location where, const char *format, ...)
{
    where.file = ddc_strdup(where.file);
    va_list args;
    va_start(args, format);
    add_note(finding, where, format, args);
    va_end(args);
}

static int compare_locations(const ddc_location *a, const ddc_location *b)
{
    int by_file = strcmp(a->file, b->file);
    if (by_file)
        return by_file;
    if (a->line != b->line)
        return a->line < b->line ? -1 : 1;
    if (a->column != b->column)
        return a->column < b->column ? -1 : 1;
    return 0;
}

static int compare_findings(const void *left, const void *right)
{
    const ddc_finding *a = left, *b = right;
    int by_location = compare_locations(&a->where, &b->where);
    if (by_location)
        return by_location;
    int by_check = strcmp(a->check_id, b->check_id);
    if (by_check)
        return by_check;
    int by_message = strcmp(a->message, b->message);
    if (by_message)
        return by_message;
    return a->note_count < b->note_count ? -1 : a->note_count > b->note_count;
}

static void free_finding(ddc_finding *finding)
{
    free(finding->where.file);
    free(finding->message);
    for (size_t i = 0; i < finding->note_count; i++) {
        free(finding->notes[i].where.file);
        free(finding->notes[i].message);
    }
    free(finding->notes);
}

void ddc_findings_sort_unique(ddc_findings *list)
{
    if (list->count == 0)
        return;
    qsort(list->items, list->count, sizeof *list->items, compare_findings);
    size_t kept = 1;
    for (size_t i = 1; i < list->count; i++) {
        if (compare_findings(&list->items[kept - 1], &list->items[i]) == 0)
            free_finding(&list->items[i]);
        else
            list->items[kept++] = list->items[i];
    }
    list->count = kept;
}

size_t ddc_findings_keep_if(ddc_findings *list, bool (*keep)(const ddc_finding *finding, void *data), void *data)
{
    size_t kept = 0;
    for (size_t i = 0; i < list->count; i++) {
        if (keep(&list->items[i], data))
            list->items[kept++] = list->items[i];
        else
            free_finding(&list->items[i]);
    }
    size_t dropped = list->count - kept;
    list->count = kept;
    return dropped;
}

void ddc_findings_print_text(const ddc_findings *list, FILE *out)
{
    for (size_t i = 0; i < list->count; i++) {
        const ddc_finding *f = &list->items[i];
        fprintf(out, "%s:%u:%u: warning: %s [%s]\n", f->where.file, f->where.line, f->where.column,
                f->message, f->check_id);
        for (size_t n = 0; n < f->note_count; n++) {
            const ddc_note *note = &f->notes[n];
            fprintf(out, "%s:%u:%u: note: %s\n", note->where.file, note->where.line,
                    note->where.column, note->message);
        }
    }
}

static json_object *location_to_json(const ddc_location *where)
{
    json_object *object = json_object_new_object();
    json_object_object_add(object, "file", json_object_new_string(where->file));
    json_object_object_add(object, "line", json_object_new_int((int)where->line));
    json_object_object_add(object, "column", json_object_new_int((int)where->column));
    return object;
}

int ddc_findings_print_json(const ddc_findings *list, FILE *out)
{
    json_object *root = json_object_new_object();
    json_object *items = json_object_new_array();
    for (size_t i = 0; i < list->count; i++) {
        const ddc_finding *f = &list->items[i];
        json_object *item = json_object_new_object();
        json_object_object_add(item, "check", json_object_new_string(f->check_id));
        json_object_object_add(item, "severity", json_object_new_string("warning"));
        json_object_object_add(item, "message", json_object_new_string(f->message));
        json_object_object_add(item, "location", location_to_json(&f->where));
        json_object *notes = json_object_new_array();
        for (size_t n = 0; n < f->note_count; n++) {
            json_object *note = json_object_new_object();
            json_object_object_add(note, "message", json_object_new_string(f->notes[n].message));
            json_object_object_add(note, "location", location_to_json(&f->notes[n].where));
            json_object_array_add(notes, note);
        }
        json_object_object_add(item, "notes", notes);
        json_object_array_add(items, item);
    }
    json_object_object_add(root, "findings", items);
    const char *text = json_object_to_json_string_ext(root, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_NOSLASHESCAPE);
    int status = text ? 0 : -1;
    if (text) { /* write errors: -o's commit catches them */
        ddc_fputs_utf8(text, out);
        fputc('\n', out);
    }
    json_object_put(root);
    return status;
}

void ddc_findings_free(ddc_findings *list)
{
    for (size_t i = 0; i < list->count; i++)
        free_finding(&list->items[i]);
    free(list->items);
    memset(list, 0, sizeof *list);
}
