/* Findings as JSON, for the facts cache and the merge of shards (see
 * findings.h).  A location is [file, line, column]; a note is
 * {"where": location, "message": text}. */
#include "findings.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json_object.h>

#include "../checks/check.h"
#include "json_read.h"
#include "suppressions.h"
#include "util.h"

/* A string that may hold any bytes (json-c does not ask for UTF-8); NULL is null. */
static json_object *new_string(const char *text)
{
    return text ? json_object_new_string_len(text, (int)strlen(text)) : NULL;
}

json_object *ddc_location_to_json(const ddc_location *where)
{
    json_object *array = json_object_new_array();
    json_object_array_add(array, new_string(where->file));
    json_object_array_add(array, json_object_new_int64(where->line));
    json_object_array_add(array, json_object_new_int64(where->column));
    return array;
}

int ddc_location_from_json(json_object *json, bool nullable_file, ddc_location *out)
{
    int64_t line, column;
    char *file;
    if (!json_object_is_type(json, json_type_array) || json_object_array_length(json) != 3 ||
        ddc_json_int_value(json_object_array_get_idx(json, 1), 0, UINT_MAX, &line) != 0 ||
        ddc_json_int_value(json_object_array_get_idx(json, 2), 0, UINT_MAX, &column) != 0 ||
        ddc_json_dup_string(json_object_array_get_idx(json, 0), nullable_file, &file) != 0)
        return -1;
    *out = (ddc_location){.file = file, .line = (unsigned)line, .column = (unsigned)column};
    return 0;
}

json_object *ddc_notes_to_json(const ddc_note *notes, size_t count)
{
    json_object *array = json_object_new_array();
    for (size_t i = 0; i < count; i++) {
        json_object *note = json_object_new_object();
        json_object_object_add(note, "where", ddc_location_to_json(&notes[i].where));
        json_object_object_add(note, "message", new_string(notes[i].message));
        json_object_array_add(array, note);
    }
    return array;
}

void ddc_notes_free(ddc_note *notes, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        free(notes[i].where.file);
        free(notes[i].message);
    }
    free(notes);
}

int ddc_notes_from_json(json_object *json, ddc_note **notes, size_t *count)
{
    if (!json_object_is_type(json, json_type_array))
        return -1;
    size_t length = json_object_array_length(json);
    ddc_note *read = length ? ddc_xcalloc(length, sizeof *read) : NULL;
    for (size_t i = 0; i < length; i++) {
        json_object *note = json_object_array_get_idx(json, i), *where, *message;
        if (ddc_json_get_member(note, "where", json_type_array, &where) != 0 ||
            ddc_json_get_member(note, "message", json_type_string, &message) != 0 ||
            ddc_location_from_json(where, false, &read[i].where) != 0 ||
            ddc_json_dup_string(message, false, &read[i].message) != 0) {
            ddc_notes_free(read, length); /* the rest are zeroed */
            return -1;
        }
    }
    *notes = read;
    *count = length;
    return 0;
}

json_object *ddc_findings_to_json(const ddc_findings *list)
{
    json_object *array = json_object_new_array();
    for (size_t i = 0; i < list->count; i++) {
        const ddc_finding *f = &list->items[i];
        json_object *item = json_object_new_object();
        json_object_object_add(item, "check", new_string(f->check_id));
        json_object_object_add(item, "where", ddc_location_to_json(&f->where));
        json_object_object_add(item, "message", new_string(f->message));
        json_object_object_add(item, "notes", ddc_notes_to_json(f->notes, f->note_count));
        json_object_object_add(item, "fingerprint", new_string(f->fingerprint));
        json_object_array_add(array, item);
    }
    return array;
}

/* The registry's own string for `id` (a check's, or the unused-suppression
 * id), or NULL when it names none. */
static const char *static_check_id(const char *id, size_t length)
{
    if (length == strlen(DDC_UNUSED_SUPPRESSION_CHECK) && memcmp(id, DDC_UNUSED_SUPPRESSION_CHECK, length) == 0)
        return DDC_UNUSED_SUPPRESSION_CHECK;
    for (size_t i = 0; i < ddc_check_count; i++)
        if (length == strlen(ddc_checks[i]->id) && memcmp(id, ddc_checks[i]->id, length) == 0)
            return ddc_checks[i]->id;
    return NULL;
}

/* "" or 16 lower-case hex digits (ddc_fingerprints_compute). */
static bool is_fingerprint(const char *text, size_t length)
{
    if (length != 0 && length != 16)
        return false;
    for (size_t i = 0; i < length; i++)
        if (!((text[i] >= '0' && text[i] <= '9') || (text[i] >= 'a' && text[i] <= 'f')))
            return false;
    return true;
}

static void free_finding(ddc_finding *finding)
{
    free(finding->where.file);
    free(finding->message);
    ddc_notes_free(finding->notes, finding->note_count);
}

static int finding_from_json(json_object *item, ddc_finding *out)
{
    const char *check, *fingerprint;
    size_t check_length, fingerprint_length;
    json_object *where, *message, *notes;
    ddc_finding finding = {0};
    if (ddc_json_get_string(item, "check", &check, &check_length) != 0 ||
        ddc_json_get_string(item, "fingerprint", &fingerprint, &fingerprint_length) != 0 ||
        ddc_json_get_member(item, "where", json_type_array, &where) != 0 ||
        ddc_json_get_member(item, "message", json_type_string, &message) != 0 ||
        ddc_json_get_member(item, "notes", json_type_array, &notes) != 0)
        return -1;
    finding.check_id = static_check_id(check, check_length);
    if (!finding.check_id || !is_fingerprint(fingerprint, fingerprint_length))
        return -1;
    memcpy(finding.fingerprint, fingerprint, fingerprint_length);
    if (ddc_location_from_json(where, false, &finding.where) != 0 ||
        ddc_json_dup_string(message, false, &finding.message) != 0 ||
        ddc_notes_from_json(notes, &finding.notes, &finding.note_count) != 0) {
        free_finding(&finding);
        return -1;
    }
    *out = finding;
    return 0;
}

int ddc_findings_add_json(ddc_findings *list, json_object *json)
{
    if (!json_object_is_type(json, json_type_array))
        return -1;
    size_t length = json_object_array_length(json);
    ddc_finding *read = length ? ddc_xcalloc(length, sizeof *read) : NULL;
    for (size_t i = 0; i < length; i++) {
        if (finding_from_json(json_object_array_get_idx(json, i), &read[i]) != 0) {
            for (size_t j = 0; j < i; j++)
                free_finding(&read[j]);
            free(read);
            return -1;
        }
    }
    if (list->count + length > list->capacity) {
        while (list->count + length > list->capacity)
            list->capacity = list->capacity ? list->capacity * 2 : 16;
        list->items = ddc_xrealloc(list->items, list->capacity * sizeof *list->items);
    }
    if (length)
        memcpy(&list->items[list->count], read, length * sizeof *read);
    list->count += length;
    free(read);
    return 0;
}
