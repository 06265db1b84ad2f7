/* Reading serialised facts back from JSON (json-c), checking every value.
 *
 * Facts come back from a cache file or another machine, so nothing in them is
 * trusted: each getter checks that the member is there and has the expected
 * type and range, and returns 0, or -1 when it does not (the caller then
 * gives up on the whole document).  Strings are C strings: one that holds a
 * NUL byte is rejected; any other bytes (file names that are not UTF-8) are
 * kept as they are.  Strings and locations that are read are borrowed from
 * the JSON object: copy them before the object is released.
 *
 * The two writers at the end are the matching encoders, kept here so that
 * a location is written and read in one place. */
#ifndef DDC_JSON_READ_H
#define DDC_JSON_READ_H

#include <stdbool.h>
#include <stddef.h>

#include <stdint.h>
#include <json-c/json.h>

#include "findings.h"

/* `object`'s member `key`, which must be of `type`: 0, or -1 when `object`
 * is not an object or the member is missing or of another type. */
int ddc_json_get_member(json_object *object, const char *key, json_type type, json_object **out);

/* A string value (such as an array element): sets *out and *length (when
 * `length` is not NULL).  -1 unless it is a string without a NUL byte. */
int ddc_json_string_value(json_object *value, const char **out, size_t *length);

/* The required string member `key`. */
int ddc_json_get_string(json_object *object, const char *key, const char **out, size_t *length);

/* The required member `key`, a string or null (then *out is NULL and *length 0). */
int ddc_json_get_string_or_null(json_object *object, const char *key, const char **out, size_t *length);

/* The required integer member `key`, which must fit an int / an unsigned. */
int ddc_json_get_int(json_object *object, const char *key, int *out);
int ddc_json_get_unsigned(json_object *object, const char *key, unsigned *out);

/* The required boolean member `key` (true or false, not a number). */
int ddc_json_get_bool(json_object *object, const char *key, bool *out);

/* The required array member `key` and its length. */
int ddc_json_get_array(json_object *object, const char *key, json_object **out, size_t *count);

/* A location written by ddc_json_new_location: [file or null, line, column].
 * out->file is borrowed from `value`. */
int ddc_json_location_value(json_object *value, ddc_location *out);

/* The required location member `key`. */
int ddc_json_get_location(json_object *object, const char *key, ddc_location *out);

/* An integer value (such as an array element) within [min, max]. */
int ddc_json_int_value(json_object *value, int64_t min, int64_t max, int64_t *out);

/* The required integer member `key`, within [min, max]. */
int ddc_json_get_int_range(json_object *object, const char *key, int64_t min, int64_t max, int64_t *out);

/* A string value as a newly allocated C string; with `nullable`, a JSON null
 * gives NULL.  -1 for another type or a string that holds a NUL byte. */
int ddc_json_dup_string(json_object *value, bool nullable, char **out);

/* A JSON string holding `text` byte for byte, or JSON null (NULL) when
 * `text` is NULL.  New reference. */
json_object *ddc_json_new_string(const char *text);

/* [file or null, line, column].  New reference. */
json_object *ddc_json_new_location(ddc_location where);

#endif
