/* Findings: what a check reports, with the notes that explain it.
 *
 * A finding has a check id, a primary location, a message and an ordered list
 * of notes ("raised to DISPATCH_LEVEL here").  Checks never print: they add
 * findings to a ddc_findings list, and the reporters print the sorted list. */
#ifndef DDC_FINDINGS_H
#define DDC_FINDINGS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include <clang-c/Index.h>
#include <json-c/json_types.h>

/* A file position.  `file` is owned by the struct that holds it. */
typedef struct ddc_location {
    char *file;
    unsigned line;
    unsigned column;
} ddc_location;

/* One explaining note of a finding. */
typedef struct ddc_note {
    ddc_location where;
    char *message;
} ddc_note;

/* One finding.  All strings are owned by the finding. */
typedef struct ddc_finding {
    const char *check_id; /* static string from the check registry */
    ddc_location where;
    char *message;
    ddc_note *notes;
    size_t note_count;
    /* 16 hex digits that stay the same when unrelated lines move
     * (fingerprint.h); "" until ddc_fingerprints_compute runs. */
    char fingerprint[17];
} ddc_finding;

/* A growable list of findings. */
typedef struct ddc_findings {
    ddc_finding *items;
    size_t count;
    size_t capacity;
} ddc_findings;

/* Converts a libclang location to a ddc_location (the expansion location, so a
 * finding inside a macro points at the macro's use).  The result owns a copy
 * of the file name; an invalid location gives file "" and line 0. */
ddc_location ddc_location_from_clang(CXSourceLocation location);

/* Adds a finding and returns it so that notes can be appended.  The message
 * is formatted printf-style and copied.  `check_id` must outlive the list. */
ddc_finding *ddc_findings_add(ddc_findings *list, const char *check_id, CXSourceLocation where,
                              const char *format, ...) __attribute__((format(printf, 4, 5)));

/* Appends a note to `finding`; the message is formatted and copied. */
void ddc_finding_add_note(ddc_finding *finding, CXSourceLocation where, const char *format, ...)
    __attribute__((format(printf, 3, 4)));

/* The same two, at a location already converted; `where.file` is copied. */
ddc_finding *ddc_findings_add_at(ddc_findings *list, const char *check_id, ddc_location where,
                                 const char *format, ...) __attribute__((format(printf, 4, 5)));
void ddc_finding_add_note_at(ddc_finding *finding, ddc_location where, const char *format, ...)
    __attribute__((format(printf, 3, 4)));

/* Sorts by file, line, column and check id, and drops exact duplicates (the
 * same finding reached twice, e.g. from a header included by two files). */
void ddc_findings_sort_unique(ddc_findings *list);

/* Keeps the findings for which `keep(finding, data)` is true, in their
 * order, and frees the others.  Returns how many were dropped. */
size_t ddc_findings_keep_if(ddc_findings *list, bool (*keep)(const ddc_finding *finding, void *data), void *data);

/* Prints compiler-style text: "file:line:col: warning: message [check-id]"
 * followed by "file:line:col: note: ..." lines. */
void ddc_findings_print_text(const ddc_findings *list, FILE *out);

/* Prints the findings as a JSON document {"findings": [...]}.  Returns 0, or
 * -1 when the JSON library fails to serialise. */
int ddc_findings_print_json(const ddc_findings *list, FILE *out);

/* Frees every finding and resets the list to empty. */
void ddc_findings_free(ddc_findings *list);

/* ---- as JSON, for the facts cache and merging shards (findings_json.c) ----
 * Strings are written as their bytes (json-c asks for no UTF-8), so file
 * names in any encoding come back unchanged; a string read back must hold no
 * NUL byte. */

/* `list` as a JSON array (a new reference): one object per finding with its
 * check id, location, message, notes and fingerprint. */
json_object *ddc_findings_to_json(const ddc_findings *list);

/* Appends the findings of `json` (written by ddc_findings_to_json) to `list`
 * in their order; a check id comes back as the registry's own string.
 * Returns 0, or -1 when `json` is malformed (then `list` is unchanged): not
 * an array, a member missing or of another type, a check id that is neither
 * a check's nor DDC_UNUSED_SUPPRESSION_CHECK, a fingerprint other than "" or
 * 16 lower-case hex digits. */
int ddc_findings_add_json(ddc_findings *list, json_object *json);

/* A location as [file, line, column] (a new reference); a NULL file is null. */
json_object *ddc_location_to_json(const ddc_location *where);

/* Reads a location written by ddc_location_to_json into *out (the file newly
 * allocated; null allowed only with `nullable_file`).  Returns 0 or -1. */
int ddc_location_from_json(json_object *json, bool nullable_file, ddc_location *out);

/* Notes as an array of {"where", "message"} (a new reference). */
json_object *ddc_notes_to_json(const ddc_note *notes, size_t count);

/* Reads notes written by ddc_notes_to_json into a new array (NULL when
 * there are none).  Returns 0, or -1 (nothing allocated). */
int ddc_notes_from_json(json_object *json, ddc_note **notes, size_t *count);

/* Frees `count` notes and the array. */
void ddc_notes_free(ddc_note *notes, size_t count);

#endif
