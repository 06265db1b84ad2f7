/* Driver object extension keys (see extension_key.h): the facts as JSON, and
 * adding facts read back to others as if their units had been collected
 * into them.
 *
 * The document mirrors ddc_key_facts: {"collector", "calls", "globals",
 * "written", "address_taken", "defined", "incomplete", "header_functions"}.
 * Locations are [file, line, column] (findings.h); a call's `before` bits
 * are the list of the sites set. */
#include "extension_key.h"

#include <assert.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json_object.h>

#include "extension_key_parts.h"
#include "json_read.h"

/* ---- writing ---- */

/* A string that may hold any bytes; NULL is null. */
static json_object *new_string(const char *text)
{
    return text ? json_object_new_string_len(text, (int)strlen(text)) : NULL;
}

static json_object *value_to_json(const ddc_key_value *value)
{
    json_object *object = json_object_new_object();
    json_object_object_add(object, "kind", json_object_new_int(value->kind));
    json_object_object_add(object, "id", new_string(value->id));
    json_object_object_add(object, "root", new_string(value->root));
    json_object_object_add(object, "name", new_string(value->name));
    json_object_object_add(object, "declared", ddc_location_to_json(&value->declared));
    json_object_object_add(object, "number", json_object_new_int64(value->number));
    json_object_object_add(object, "defined", json_object_new_boolean(value->defined));
    json_object_object_add(object, "is_parameter", json_object_new_boolean(value->is_parameter));
    return object;
}

static json_object *arg_to_json(const ddc_key_arg *arg)
{
    json_object *object = json_object_new_object();
    json_object_object_add(object, "index", json_object_new_int64(arg->index));
    json_object_object_add(object, "value", value_to_json(&arg->value));
    json_object_object_add(object, "has_integer", json_object_new_boolean(arg->has_integer));
    json_object_object_add(object, "integer", json_object_new_int64(arg->integer));
    json_object_object_add(object, "tested", json_object_new_boolean(arg->tested));
    json_object_object_add(object, "text", new_string(arg->text));
    json_object_object_add(object, "where", ddc_location_to_json(&arg->where));
    return object;
}

static json_object *call_to_json(const ddc_key_call *call)
{
    json_object *object = json_object_new_object();
    json_object_object_add(object, "project", new_string(call->project));
    json_object_object_add(object, "caller", new_string(call->caller));
    json_object_object_add(object, "caller_name", new_string(call->caller_name));
    json_object_object_add(object, "callee", new_string(call->callee));
    json_object_object_add(object, "callee_name", new_string(call->callee_name));
    json_object_object_add(object, "ddi", json_object_new_boolean(call->ddi));
    json_object_object_add(object, "key_arg", json_object_new_int64(call->key_arg));
    json_object_object_add(object, "size_arg", json_object_new_int64(call->size_arg));
    json_object_object_add(object, "allocates", json_object_new_boolean(call->allocates));
    json_object *args = json_object_new_array();
    for (size_t i = 0; i < call->arg_count; i++)
        json_object_array_add(args, arg_to_json(&call->args[i]));
    json_object_object_add(object, "args", args);
    json_object_object_add(object, "site", json_object_new_int64(call->site));
    json_object_object_add(object, "reached", json_object_new_boolean(call->reached));
    json_object *before = json_object_new_array();
    for (unsigned site = 0; site < DDC_KEY_MAX_SITES; site++)
        if ((call->before[site / 64] >> (site % 64)) & 1)
            json_object_array_add(before, json_object_new_int64(site));
    json_object_object_add(object, "before", before);
    json_object_object_add(object, "handles_collision", json_object_new_boolean(call->handles_collision));
    json_object_object_add(object, "where", ddc_location_to_json(&call->where));
    return object;
}

static json_object *global_to_json(const ddc_key_global *global)
{
    json_object *object = json_object_new_object();
    json_object_object_add(object, "id", new_string(global->id));
    json_object_object_add(object, "name", new_string(global->name));
    json_object_object_add(object, "value", value_to_json(&global->value));
    json_object_object_add(object, "text", new_string(global->text));
    json_object_object_add(object, "constant", json_object_new_boolean(global->constant));
    json_object_object_add(object, "internal", json_object_new_boolean(global->internal));
    json_object_object_add(object, "where", ddc_location_to_json(&global->where));
    return object;
}

static json_object *strings_to_json(const ddc_strings *list)
{
    json_object *array = json_object_new_array();
    for (size_t i = 0; i < list->count; i++)
        json_object_array_add(array, new_string(list->items[i]));
    return array;
}

static json_object *span_to_json(const size_t span[2])
{
    json_object *array = json_object_new_array();
    json_object_array_add(array, json_object_new_int64((int64_t)span[0]));
    json_object_array_add(array, json_object_new_int64((int64_t)span[1]));
    return array;
}

static json_object *header_function_to_json(const ddc_key_header_function *header)
{
    json_object *object = json_object_new_object();
    json_object_object_add(object, "id", new_string(header->id));
    json_object_object_add(object, "calls", span_to_json(header->calls));
    json_object_object_add(object, "globals", span_to_json(header->globals));
    json_object_object_add(object, "written", span_to_json(header->written));
    json_object_object_add(object, "address_taken", span_to_json(header->address_taken));
    return object;
}

json_object *ddc_key_facts_to_json(const ddc_key_facts *facts)
{
    if (!facts)
        return NULL;
    assert(!facts->linked); /* the link sorts the string lists the header spans index */
    json_object *object = json_object_new_object();
    json_object_object_add(object, "collector", new_string(facts->collector));
    json_object *calls = json_object_new_array();
    for (size_t i = 0; i < facts->call_count; i++)
        json_object_array_add(calls, call_to_json(&facts->calls[i]));
    json_object_object_add(object, "calls", calls);
    json_object *globals = json_object_new_array();
    for (size_t i = 0; i < facts->global_count; i++)
        json_object_array_add(globals, global_to_json(&facts->globals[i]));
    json_object_object_add(object, "globals", globals);
    json_object_object_add(object, "written", strings_to_json(&facts->written));
    json_object_object_add(object, "address_taken", strings_to_json(&facts->address_taken));
    json_object_object_add(object, "defined", strings_to_json(&facts->defined));
    json_object_object_add(object, "incomplete", strings_to_json(&facts->incomplete));
    json_object *headers = json_object_new_array();
    for (size_t i = 0; i < facts->header_function_count; i++)
        json_object_array_add(headers, header_function_to_json(&facts->header_functions[i]));
    json_object_object_add(object, "header_functions", headers);
    return object;
}

/* ---- reading (into fresh facts; everything zeroed until read, so that
 * ddc_key_facts_delete frees what was read when a later part fails) ---- */

/* A string member; null allowed with `nullable`. */
static int get_text(json_object *object, const char *key, bool nullable, char **out)
{
    json_object *member;
    if (!json_object_is_type(object, json_type_object) || !json_object_object_get_ex(object, key, &member))
        return -1;
    return ddc_json_dup_string(member, nullable, out);
}

static int get_location(json_object *object, const char *key, bool nullable_file, ddc_location *out)
{
    json_object *member;
    if (ddc_json_get_member(object, key, json_type_array, &member) != 0)
        return -1;
    return ddc_location_from_json(member, nullable_file, out);
}

static int value_from_json(json_object *json, ddc_key_value *value)
{
    int64_t kind, number;
    if (ddc_json_get_int_range(json, "kind", DDC_KEY_UNKNOWN, DDC_KEY_GLOBAL_POINTER, &kind) != 0 ||
        ddc_json_get_int_range(json, "number", INT64_MIN, INT64_MAX, &number) != 0 ||
        ddc_json_get_bool(json, "defined", &value->defined) != 0 ||
        ddc_json_get_bool(json, "is_parameter", &value->is_parameter) != 0 ||
        get_text(json, "id", true, &value->id) != 0 || get_text(json, "root", true, &value->root) != 0 ||
        get_text(json, "name", true, &value->name) != 0 || get_location(json, "declared", true, &value->declared) != 0)
        return -1;
    value->kind = (ddc_key_kind)kind;
    value->number = number;
    /* What the link and the checks rely on, as keep_value gives it. */
    bool has_id = kind == DDC_KEY_UNIQUE || kind == DDC_KEY_GLOBAL_POINTER || kind == DDC_KEY_DRIVER_OBJECT;
    bool has_declaration = kind == DDC_KEY_UNIQUE || kind == DDC_KEY_GLOBAL_POINTER ||
                           kind == DDC_KEY_STACK_VARIABLE || kind == DDC_KEY_LOCAL_ARRAY ||
                           kind == DDC_KEY_PARAMETER;
    if ((has_id && !value->id) || (kind == DDC_KEY_UNIQUE && !value->root) ||
        (has_declaration && (!value->name || !value->declared.file)) ||
        (kind == DDC_KEY_PARAMETER && (number < 0 || number >= MAX_PARAMETERS)))
        return -1;
    return 0;
}

static int arg_from_json(json_object *json, ddc_key_arg *arg)
{
    int64_t index, integer;
    json_object *value;
    if (ddc_json_get_int_range(json, "index", 0, UINT_MAX, &index) != 0 ||
        ddc_json_get_int_range(json, "integer", INT64_MIN, INT64_MAX, &integer) != 0 ||
        ddc_json_get_bool(json, "has_integer", &arg->has_integer) != 0 ||
        ddc_json_get_bool(json, "tested", &arg->tested) != 0 ||
        ddc_json_get_member(json, "value", json_type_object, &value) != 0 ||
        get_text(json, "text", false, &arg->text) != 0 || get_location(json, "where", false, &arg->where) != 0)
        return -1;
    arg->index = (unsigned)index;
    arg->integer = integer;
    return value_from_json(value, &arg->value);
}

static int call_from_json(json_object *json, ddc_key_call *call)
{
    int64_t key_arg, size_arg, site;
    json_object *args, *before;
    if (ddc_json_get_int_range(json, "key_arg", 0, INT_MAX, &key_arg) != 0 ||
        ddc_json_get_int_range(json, "size_arg", DDC_NO_ARG, INT_MAX, &size_arg) != 0 ||
        ddc_json_get_int_range(json, "site", 0, UINT_MAX, &site) != 0 ||
        ddc_json_get_bool(json, "ddi", &call->ddi) != 0 ||
        ddc_json_get_bool(json, "allocates", &call->allocates) != 0 ||
        ddc_json_get_bool(json, "reached", &call->reached) != 0 ||
        ddc_json_get_bool(json, "handles_collision", &call->handles_collision) != 0 ||
        ddc_json_get_member(json, "args", json_type_array, &args) != 0 ||
        ddc_json_get_member(json, "before", json_type_array, &before) != 0 ||
        get_text(json, "project", false, &call->project) != 0 || get_text(json, "caller", false, &call->caller) != 0 ||
        get_text(json, "caller_name", false, &call->caller_name) != 0 ||
        get_text(json, "callee", true, &call->callee) != 0 ||
        get_text(json, "callee_name", false, &call->callee_name) != 0 ||
        get_location(json, "where", false, &call->where) != 0)
        return -1;
    if (call->ddi != !call->callee) /* a DDI call has no callee key; a driver function's call has one */
        return -1;
    call->key_arg = (unsigned)key_arg;
    call->size_arg = (int)size_arg;
    call->site = (unsigned)site;
    for (size_t i = 0; i < json_object_array_length(before); i++) {
        int64_t bit;
        if (ddc_json_int_value(json_object_array_get_idx(before, i), 0, DDC_KEY_MAX_SITES - 1, &bit) != 0)
            return -1;
        call->before[bit / 64] |= 1ull << (bit % 64);
    }
    call->arg_count = json_object_array_length(args);
    call->args = call->arg_count ? ddc_xcalloc(call->arg_count, sizeof *call->args) : NULL;
    for (size_t i = 0; i < call->arg_count; i++)
        if (arg_from_json(json_object_array_get_idx(args, i), &call->args[i]) != 0)
            return -1;
    return 0;
}

static int global_from_json(json_object *json, ddc_key_global *global)
{
    json_object *value;
    if (ddc_json_get_bool(json, "constant", &global->constant) != 0 ||
        ddc_json_get_bool(json, "internal", &global->internal) != 0 ||
        ddc_json_get_member(json, "value", json_type_object, &value) != 0 ||
        get_text(json, "id", false, &global->id) != 0 || get_text(json, "name", false, &global->name) != 0 ||
        get_text(json, "text", false, &global->text) != 0 || get_location(json, "where", false, &global->where) != 0 ||
        value_from_json(value, &global->value) != 0)
        return -1;
    /* record_global keeps only initial values that say something. */
    return global->value.kind == DDC_KEY_UNKNOWN || global->value.kind == DDC_KEY_PARAMETER ? -1 : 0;
}

static int strings_from_json(json_object *json, const char *key, ddc_strings *list)
{
    json_object *array;
    if (ddc_json_get_member(json, key, json_type_array, &array) != 0)
        return -1;
    for (size_t i = 0; i < json_object_array_length(array); i++) {
        char *text;
        if (ddc_json_dup_string(json_object_array_get_idx(array, i), false, &text) != 0)
            return -1;
        ddc_strings_take(list, text);
    }
    return 0;
}

/* A [first, end) span within a list of `count` items. */
static int span_from_json(json_object *json, const char *key, size_t count, size_t span[2])
{
    json_object *array;
    int64_t first, end;
    if (ddc_json_get_member(json, key, json_type_array, &array) != 0 || json_object_array_length(array) != 2 ||
        ddc_json_int_value(json_object_array_get_idx(array, 0), 0, (int64_t)count, &first) != 0 ||
        ddc_json_int_value(json_object_array_get_idx(array, 1), first, (int64_t)count, &end) != 0)
        return -1;
    span[0] = (size_t)first;
    span[1] = (size_t)end;
    return 0;
}

static int header_function_from_json(json_object *json, const ddc_key_facts *facts,
                                     ddc_key_header_function *header)
{
    return get_text(json, "id", false, &header->id) != 0 ||
                   span_from_json(json, "calls", facts->call_count, header->calls) != 0 ||
                   span_from_json(json, "globals", facts->global_count, header->globals) != 0 ||
                   span_from_json(json, "written", facts->written.count, header->written) != 0 ||
                   span_from_json(json, "address_taken", facts->address_taken.count, header->address_taken) != 0
               ? -1
               : 0;
}

/* The registry's string for the check id `id`, or NULL. */
static const char *collector_id(const char *id, size_t length)
{
    for (size_t i = 0; i < ddc_check_count; i++)
        if (length == strlen(ddc_checks[i]->id) && memcmp(id, ddc_checks[i]->id, length) == 0)
            return ddc_checks[i]->id;
    return NULL;
}

/* Reads the facts of `json` into `facts` (zeroed).  Returns 0 or -1. */
static int facts_from_json(json_object *json, ddc_key_facts *facts)
{
    const char *collector;
    size_t length;
    json_object *calls, *globals, *headers;
    if (ddc_json_get_string(json, "collector", &collector, &length) != 0 ||
        !(facts->collector = collector_id(collector, length)) ||
        ddc_json_get_member(json, "calls", json_type_array, &calls) != 0 ||
        ddc_json_get_member(json, "globals", json_type_array, &globals) != 0 ||
        ddc_json_get_member(json, "header_functions", json_type_array, &headers) != 0 ||
        strings_from_json(json, "written", &facts->written) != 0 ||
        strings_from_json(json, "address_taken", &facts->address_taken) != 0 ||
        strings_from_json(json, "defined", &facts->defined) != 0 ||
        strings_from_json(json, "incomplete", &facts->incomplete) != 0)
        return -1;
    facts->call_count = facts->call_capacity = json_object_array_length(calls);
    facts->calls = facts->call_count ? ddc_xcalloc(facts->call_count, sizeof *facts->calls) : NULL;
    for (size_t i = 0; i < facts->call_count; i++)
        if (call_from_json(json_object_array_get_idx(calls, i), &facts->calls[i]) != 0)
            return -1;
    facts->global_count = json_object_array_length(globals);
    facts->globals = facts->global_count ? ddc_xcalloc(facts->global_count, sizeof *facts->globals) : NULL;
    for (size_t i = 0; i < facts->global_count; i++)
        if (global_from_json(json_object_array_get_idx(globals, i), &facts->globals[i]) != 0)
            return -1;
    facts->header_function_count = json_object_array_length(headers);
    facts->header_functions = facts->header_function_count
                                  ? ddc_xcalloc(facts->header_function_count, sizeof *facts->header_functions)
                                  : NULL;
    for (size_t i = 0; i < facts->header_function_count; i++)
        if (header_function_from_json(json_object_array_get_idx(headers, i), facts, &facts->header_functions[i]) != 0)
            return -1;
    return 0;
}

/* ---- adding: what collecting the units of `from` after those of `into`
 * would have done ---- */

static bool has_header_function(const ddc_key_header_function *list, size_t count, const char *id)
{
    for (size_t i = 0; i < count; i++)
        if (strcmp(list[i].id, id) == 0)
            return true;
    return false;
}

/* Marks the items of `span` as left out. */
static void leave_out(bool *left_out, const size_t span[2])
{
    for (size_t i = span[0]; i < span[1]; i++)
        left_out[i] = true;
}

/* A global pointer record_global would not add again: the same variable at
 * the same place (a header's, seen from another unit). */
static bool has_global(const ddc_key_facts *facts, const ddc_key_global *global)
{
    for (size_t i = 0; i < facts->global_count; i++)
        if (strcmp(facts->globals[i].id, global->id) == 0 &&
            strcmp(facts->globals[i].where.file, global->where.file) == 0 &&
            facts->globals[i].where.line == global->where.line)
            return true;
    return false;
}

/* Moves the strings of `from` not left out to `into`; position[i] receives
 * into's count before item i (position[count]: after the last). */
static void move_strings(ddc_strings *into, ddc_strings *from, const bool *left_out, size_t *position)
{
    for (size_t i = 0; i < from->count; i++) {
        position[i] = into->count;
        if (left_out[i])
            free(from->items[i]);
        else
            ddc_strings_take(into, from->items[i]);
    }
    position[from->count] = into->count;
    from->count = 0;
}

static void rebase(size_t span[2], const size_t *position)
{
    span[0] = position[span[0]];
    span[1] = position[span[1]];
}

/* Moves everything of `from` to `into` and frees `from`. */
static void merge(ddc_key_facts *into, ddc_key_facts *from)
{
    size_t counts[] = {from->call_count, from->global_count, from->written.count, from->address_taken.count};
    bool *left_out[4];
    size_t *position[4];
    for (size_t k = 0; k < 4; k++) {
        left_out[k] = ddc_xcalloc(counts[k] + 1, sizeof *left_out[k]);
        position[k] = ddc_xcalloc(counts[k] + 1, sizeof *position[k]);
    }
    /* A header function collected already (or earlier in `from`) is left out. */
    bool *kept = ddc_xcalloc(from->header_function_count + 1, sizeof *kept);
    for (size_t h = 0; h < from->header_function_count; h++) {
        ddc_key_header_function *header = &from->header_functions[h];
        kept[h] = !has_header_function(into->header_functions, into->header_function_count, header->id) &&
                  !has_header_function(from->header_functions, h, header->id);
        if (kept[h])
            continue;
        leave_out(left_out[0], header->calls);
        leave_out(left_out[1], header->globals);
        leave_out(left_out[2], header->written);
        leave_out(left_out[3], header->address_taken);
    }
    for (size_t i = 0; i < from->call_count; i++) {
        position[0][i] = into->call_count;
        if (left_out[0][i]) {
            ddc_key_call_free(&from->calls[i]);
            continue;
        }
        into->calls = ddc_key_reserve(into->calls, into->call_count, &into->call_capacity, sizeof *into->calls);
        into->calls[into->call_count++] = from->calls[i];
    }
    position[0][from->call_count] = into->call_count;
    from->call_count = 0;
    for (size_t i = 0; i < from->global_count; i++) {
        position[1][i] = into->global_count;
        if (left_out[1][i] || has_global(into, &from->globals[i])) {
            ddc_key_global_free(&from->globals[i]);
            continue;
        }
        into->globals = ddc_xrealloc(into->globals, (into->global_count + 1) * sizeof *into->globals);
        into->globals[into->global_count++] = from->globals[i];
    }
    position[1][from->global_count] = into->global_count;
    from->global_count = 0;
    move_strings(&into->written, &from->written, left_out[2], position[2]);
    move_strings(&into->address_taken, &from->address_taken, left_out[3], position[3]);
    for (size_t i = 0; i < from->defined.count; i++)
        ddc_strings_take(&into->defined, from->defined.items[i]);
    from->defined.count = 0;
    for (size_t i = 0; i < from->incomplete.count; i++)
        ddc_strings_take(&into->incomplete, from->incomplete.items[i]);
    from->incomplete.count = 0;
    for (size_t h = 0; h < from->header_function_count; h++) {
        ddc_key_header_function header = from->header_functions[h];
        if (!kept[h])
            continue;
        rebase(header.calls, position[0]);
        rebase(header.globals, position[1]);
        rebase(header.written, position[2]);
        rebase(header.address_taken, position[3]);
        into->header_functions = ddc_xrealloc(into->header_functions, (into->header_function_count + 1) *
                                                                          sizeof *into->header_functions);
        into->header_functions[into->header_function_count++] = header;
        from->header_functions[h].id = NULL;
    }
    free(kept);
    for (size_t k = 0; k < 4; k++) {
        free(left_out[k]);
        free(position[k]);
    }
    ddc_key_facts_delete(from);
}

int ddc_key_facts_add_json(ddc_key_facts **facts, json_object *json)
{
    if (!json)
        return 0; /* no facts: nothing to add */
    ddc_key_facts *from = ddc_xcalloc(1, sizeof *from);
    if (facts_from_json(json, from) != 0) {
        ddc_key_facts_delete(from);
        return -1;
    }
    if (!*facts) {
        *facts = ddc_xcalloc(1, sizeof **facts);
        (*facts)->collector = from->collector;
    }
    assert(!(*facts)->linked);
    merge(*facts, from);
    return 0;
}
