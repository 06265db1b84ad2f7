/* The null-state facts as JSON and back (see null_summaries.h).
 *
 * {"returns": [{"function", "from_function", "lookaside_list", "note"?}],
 *  "derefs": [{"function", "parameter", "via_function", "via_parameter", "note"?}],
 *  "uses": [{"source_function", "passed_to", "passed_parameter", "lookaside_list",
 *            "value_origin", "where", "message", "assigned"?, "asserted"?, "later"?}],
 *  "plain_lists": ["key", ...], "raising_lists": ["key", ...]}
 *
 * Strings that may be NULL are JSON null then.  A location is [file, line,
 * column] (json_read.h); a note is {"where": location, "text": string or
 * null}, left out when it is all zero ({0}, as a use without such a note
 * has it).  Records keep their order: which use of a value is reported
 * depends on it.  Nothing in a unit's collection reads what earlier units
 * added (the records and list keys are only appended), so reading appends
 * them too. */
#include "null_summaries.h"

#include <stdlib.h>

#include "json_read.h"
#include "util.h"

static void put(json_object *object, const char *key, json_object *value)
{
    json_object_object_add_ex(object, key, value, JSON_C_OBJECT_ADD_KEY_IS_NEW | JSON_C_OBJECT_KEY_IS_CONSTANT);
}

static void put_note(json_object *object, const char *key, const ddc_null_note *note)
{
    if (!note->text && !note->where.file && note->where.line == 0 && note->where.column == 0)
        return;
    json_object *value = json_object_new_object();
    put(value, "where", ddc_json_new_location(note->where));
    put(value, "text", ddc_json_new_string(note->text));
    put(object, key, value);
}

static json_object *return_to_json(const ddc_null_return *r)
{
    json_object *object = json_object_new_object();
    put(object, "function", ddc_json_new_string(r->function));
    put(object, "from_function", ddc_json_new_string(r->from_function));
    put(object, "lookaside_list", ddc_json_new_string(r->lookaside_list));
    put_note(object, "note", &r->note);
    return object;
}

static json_object *deref_to_json(const ddc_null_deref *d)
{
    json_object *object = json_object_new_object();
    put(object, "function", ddc_json_new_string(d->function));
    put(object, "parameter", json_object_new_int(d->parameter));
    put(object, "via_function", ddc_json_new_string(d->via_function));
    put(object, "via_parameter", json_object_new_int(d->via_parameter));
    put_note(object, "note", &d->note);
    return object;
}

static json_object *use_to_json(const ddc_null_use *u)
{
    json_object *object = json_object_new_object();
    put(object, "source_function", ddc_json_new_string(u->source_function));
    put(object, "passed_to", ddc_json_new_string(u->passed_to));
    put(object, "passed_parameter", json_object_new_int(u->passed_parameter));
    put(object, "lookaside_list", ddc_json_new_string(u->lookaside_list));
    put(object, "value_origin", ddc_json_new_string(u->value_origin));
    put(object, "where", ddc_json_new_location(u->where));
    put(object, "message", ddc_json_new_string(u->message));
    put_note(object, "assigned", &u->assigned);
    put_note(object, "asserted", &u->asserted);
    put_note(object, "later", &u->later);
    return object;
}

static json_object *strings_to_json(const ddc_strings *list)
{
    json_object *array = json_object_new_array_ext((int)list->count);
    for (size_t i = 0; i < list->count; i++)
        json_object_array_add(array, ddc_json_new_string(list->items[i]));
    return array;
}

json_object *ddc_null_facts_to_json(const struct ddc_null_facts *facts)
{
    if (!facts)
        return NULL;
    json_object *returns = json_object_new_array_ext((int)facts->return_count);
    for (size_t i = 0; i < facts->return_count; i++)
        json_object_array_add(returns, return_to_json(&facts->returns[i]));
    json_object *derefs = json_object_new_array_ext((int)facts->deref_count);
    for (size_t i = 0; i < facts->deref_count; i++)
        json_object_array_add(derefs, deref_to_json(&facts->derefs[i]));
    json_object *uses = json_object_new_array_ext((int)facts->use_count);
    for (size_t i = 0; i < facts->use_count; i++)
        json_object_array_add(uses, use_to_json(&facts->uses[i]));
    json_object *object = json_object_new_object();
    put(object, "returns", returns);
    put(object, "derefs", derefs);
    put(object, "uses", uses);
    put(object, "plain_lists", strings_to_json(&facts->plain_lists));
    put(object, "raising_lists", strings_to_json(&facts->raising_lists));
    return object;
}

/* ---- reading: each record is checked whole, with borrowed strings, then copied ---- */

static char *copy(const char *text) { return text ? ddc_strdup(text) : NULL; }

static ddc_location copy_location(ddc_location where)
{
    where.file = copy(where.file);
    return where;
}

static ddc_null_note copy_note(ddc_null_note note)
{
    return (ddc_null_note){.where = copy_location(note.where), .text = copy(note.text)};
}

/* The optional note `key`; {0} when it is left out.  Strings are borrowed. */
static int get_note(json_object *object, const char *key, ddc_null_note *out)
{
    *out = (ddc_null_note){0};
    json_object *value = NULL;
    if (!json_object_object_get_ex(object, key, &value))
        return 0;
    const char *text;
    if (ddc_json_get_location(value, "where", &out->where) || ddc_json_get_string_or_null(value, "text", &text, NULL))
        return -1;
    out->text = (char *)text;
    return 0;
}

/* Reads a string-or-null member into a borrowed `char *` field. */
static int get_text(json_object *object, const char *key, bool required, char **out)
{
    const char *text = NULL;
    int result = required ? ddc_json_get_string(object, key, &text, NULL)
                          : ddc_json_get_string_or_null(object, key, &text, NULL);
    *out = (char *)text;
    return result;
}

static int add_return(ddc_null_facts *facts, json_object *object)
{
    ddc_null_return r;
    if (get_text(object, "function", true, &r.function) || get_text(object, "from_function", false, &r.from_function) ||
        get_text(object, "lookaside_list", false, &r.lookaside_list) || get_note(object, "note", &r.note))
        return -1;
    ddc_null_facts_add_return(facts, (ddc_null_return){.function = copy(r.function),
                                                       .from_function = copy(r.from_function),
                                                       .lookaside_list = copy(r.lookaside_list),
                                                       .note = copy_note(r.note)});
    return 0;
}

static int add_deref(ddc_null_facts *facts, json_object *object)
{
    ddc_null_deref d;
    if (get_text(object, "function", true, &d.function) || ddc_json_get_int(object, "parameter", &d.parameter) ||
        get_text(object, "via_function", false, &d.via_function) ||
        ddc_json_get_int(object, "via_parameter", &d.via_parameter) || get_note(object, "note", &d.note))
        return -1;
    ddc_null_facts_add_deref(facts, (ddc_null_deref){.function = copy(d.function), .parameter = d.parameter,
                                                     .via_function = copy(d.via_function),
                                                     .via_parameter = d.via_parameter, .note = copy_note(d.note)});
    return 0;
}

static int add_use(ddc_null_facts *facts, json_object *object)
{
    ddc_null_use u;
    if (get_text(object, "source_function", false, &u.source_function) ||
        get_text(object, "passed_to", false, &u.passed_to) ||
        ddc_json_get_int(object, "passed_parameter", &u.passed_parameter) ||
        get_text(object, "lookaside_list", false, &u.lookaside_list) ||
        get_text(object, "value_origin", true, &u.value_origin) || ddc_json_get_location(object, "where", &u.where) ||
        get_text(object, "message", true, &u.message) || get_note(object, "assigned", &u.assigned) ||
        get_note(object, "asserted", &u.asserted) || get_note(object, "later", &u.later))
        return -1;
    ddc_null_facts_add_use(facts, (ddc_null_use){.source_function = copy(u.source_function),
                                                 .passed_to = copy(u.passed_to),
                                                 .passed_parameter = u.passed_parameter,
                                                 .lookaside_list = copy(u.lookaside_list),
                                                 .value_origin = copy(u.value_origin),
                                                 .where = copy_location(u.where),
                                                 .message = copy(u.message),
                                                 .assigned = copy_note(u.assigned),
                                                 .asserted = copy_note(u.asserted),
                                                 .later = copy_note(u.later)});
    return 0;
}

/* Adds each element of the array `key`, which must be an object, with `add`. */
static int add_each(ddc_null_facts *facts, json_object *json, const char *key,
                    int (*add)(ddc_null_facts *, json_object *))
{
    json_object *array;
    size_t count;
    if (ddc_json_get_array(json, key, &array, &count))
        return -1;
    for (size_t i = 0; i < count; i++) {
        json_object *element = json_object_array_get_idx(array, i);
        if (!json_object_is_type(element, json_type_object) || add(facts, element))
            return -1;
    }
    return 0;
}

/* Appends the strings of the array `key` to `list`, as the analysis does
 * (without removing repeats). */
static int add_strings(ddc_strings *list, json_object *json, const char *key)
{
    json_object *array;
    size_t count;
    if (ddc_json_get_array(json, key, &array, &count))
        return -1;
    for (size_t i = 0; i < count; i++) {
        const char *text;
        if (ddc_json_string_value(json_object_array_get_idx(array, i), &text, NULL))
            return -1;
        ddc_strings_add(list, text);
    }
    return 0;
}

int ddc_null_facts_add_json(struct ddc_null_facts **facts, json_object *json)
{
    if (!json)
        return 0; /* JSON null: no facts */
    if (!json_object_is_type(json, json_type_object))
        return -1;
    if (!*facts)
        *facts = ddc_xcalloc(1, sizeof **facts);
    ddc_null_facts *into = *facts;
    if (add_each(into, json, "returns", add_return) || add_each(into, json, "derefs", add_deref) ||
        add_each(into, json, "uses", add_use) || add_strings(&into->plain_lists, json, "plain_lists") ||
        add_strings(&into->raising_lists, json, "raising_lists"))
        return -1;
    return 0;
}
