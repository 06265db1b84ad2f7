/* Reading serialised facts back from JSON, checking every value (see json_read.h). */
#include "json_read.h"

#include <limits.h>
#include <stdint.h>
#include <string.h>

#include "util.h"

int ddc_json_get_member(json_object *object, const char *key, json_type type, json_object **out)
{
    json_object *member = NULL;
    if (!json_object_is_type(object, json_type_object) || !json_object_object_get_ex(object, key, &member) ||
        !json_object_is_type(member, type))
        return -1;
    *out = member;
    return 0;
}

int ddc_json_string_value(json_object *value, const char **out, size_t *length)
{
    if (!json_object_is_type(value, json_type_string))
        return -1;
    const char *text = json_object_get_string(value);
    int text_length = json_object_get_string_len(value);
    if (!text || text_length < 0 || memchr(text, '\0', (size_t)text_length))
        return -1; /* "\u0000" inside: not a C string */
    *out = text;
    if (length)
        *length = (size_t)text_length;
    return 0;
}

int ddc_json_get_string(json_object *object, const char *key, const char **out, size_t *length)
{
    json_object *member;
    if (ddc_json_get_member(object, key, json_type_string, &member))
        return -1;
    return ddc_json_string_value(member, out, length);
}

int ddc_json_get_string_or_null(json_object *object, const char *key, const char **out, size_t *length)
{
    json_object *member = NULL;
    if (!json_object_is_type(object, json_type_object) || !json_object_object_get_ex(object, key, &member))
        return -1;
    if (!member) { /* json-c's null */
        *out = NULL;
        if (length)
            *length = 0;
        return 0;
    }
    return ddc_json_string_value(member, out, length);
}

/* The integer member `key` within [min, max]. */
static int get_integer(json_object *object, const char *key, int64_t min, int64_t max, int64_t *out)
{
    json_object *member;
    if (ddc_json_get_member(object, key, json_type_int, &member))
        return -1;
    /* json-c saturates what does not fit an int64 at INT64_MIN/MAX; neither is in range below. */
    int64_t value = json_object_get_int64(member);
    if (value < min || value > max)
        return -1;
    *out = value;
    return 0;
}

int ddc_json_get_int(json_object *object, const char *key, int *out)
{
    int64_t value;
    if (get_integer(object, key, INT_MIN, INT_MAX, &value))
        return -1;
    *out = (int)value;
    return 0;
}

int ddc_json_get_unsigned(json_object *object, const char *key, unsigned *out)
{
    int64_t value;
    if (get_integer(object, key, 0, UINT_MAX, &value))
        return -1;
    *out = (unsigned)value;
    return 0;
}

int ddc_json_get_bool(json_object *object, const char *key, bool *out)
{
    json_object *member;
    if (ddc_json_get_member(object, key, json_type_boolean, &member))
        return -1;
    *out = json_object_get_boolean(member) != 0;
    return 0;
}

int ddc_json_get_array(json_object *object, const char *key, json_object **out, size_t *count)
{
    if (ddc_json_get_member(object, key, json_type_array, out))
        return -1;
    *count = json_object_array_length(*out);
    return 0;
}

/* An integer element within [0, UINT_MAX]. */
static int unsigned_value(json_object *value, unsigned *out)
{
    if (!json_object_is_type(value, json_type_int))
        return -1;
    int64_t number = json_object_get_int64(value);
    if (number < 0 || number > UINT_MAX)
        return -1;
    *out = (unsigned)number;
    return 0;
}

int ddc_json_location_value(json_object *value, ddc_location *out)
{
    if (!json_object_is_type(value, json_type_array) || json_object_array_length(value) != 3)
        return -1;
    json_object *file = json_object_array_get_idx(value, 0);
    const char *text = NULL;
    if (file && ddc_json_string_value(file, &text, NULL))
        return -1;
    ddc_location where = {.file = (char *)text};
    if (unsigned_value(json_object_array_get_idx(value, 1), &where.line) ||
        unsigned_value(json_object_array_get_idx(value, 2), &where.column))
        return -1;
    *out = where;
    return 0;
}

int ddc_json_get_location(json_object *object, const char *key, ddc_location *out)
{
    json_object *member;
    if (ddc_json_get_member(object, key, json_type_array, &member))
        return -1;
    return ddc_json_location_value(member, out);
}

json_object *ddc_json_new_string(const char *text)
{
    if (!text)
        return NULL;
    size_t length = strlen(text);
    /* json-c takes an int length; no name or message of a driver comes near 2 GiB. */
    return json_object_new_string_len(text, length > INT_MAX ? INT_MAX : (int)length);
}

json_object *ddc_json_new_location(ddc_location where)
{
    json_object *array = json_object_new_array_ext(3);
    json_object_array_add(array, ddc_json_new_string(where.file));
    json_object_array_add(array, json_object_new_int64(where.line));
    json_object_array_add(array, json_object_new_int64(where.column));
    return array;
}

int ddc_json_int_value(json_object *value, int64_t min, int64_t max, int64_t *out)
{
    if (!json_object_is_type(value, json_type_int))
        return -1;
    int64_t number = json_object_get_int64(value);
    /* json-c keeps an integer above INT64_MAX unsigned and clamps it here. */
    if (number == INT64_MAX && json_object_get_uint64(value) != (uint64_t)INT64_MAX)
        return -1;
    if (number < min || number > max)
        return -1;
    *out = number;
    return 0;
}

int ddc_json_get_int_range(json_object *object, const char *key, int64_t min, int64_t max, int64_t *out)
{
    json_object *member;
    if (ddc_json_get_member(object, key, json_type_int, &member) != 0)
        return -1;
    return ddc_json_int_value(member, min, max, out);
}

int ddc_json_dup_string(json_object *value, bool nullable, char **out)
{
    if (nullable && json_object_is_type(value, json_type_null)) {
        *out = NULL;
        return 0;
    }
    if (!json_object_is_type(value, json_type_string))
        return -1;
    const char *text = json_object_get_string(value);
    size_t length = (size_t)json_object_get_string_len(value);
    if (memchr(text, '\0', length))
        return -1;
    *out = ddc_strdup(text);
    return 0;
}
