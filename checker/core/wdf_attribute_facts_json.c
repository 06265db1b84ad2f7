/* Whole-program facts of the WDF attributes checks as JSON (see
 * wdf_attribute_facts.h): {"steps": [...], "uses": [...]}, each item the
 * fields of ddc_attr_step / ddc_attr_use; locations are [file, line, column]
 * and notes {"where", "message"} (findings.h). */
#include "wdf_attribute_facts.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json_object.h>

#include "json_read.h"
#include "util.h"

/* A string that may hold any bytes; NULL is null. */
static json_object *new_string(const char *text)
{
    return text ? json_object_new_string_len(text, (int)strlen(text)) : NULL;
}

static json_object *step_to_json(const ddc_attr_step *step)
{
    json_object *object = json_object_new_object();
    json_object_object_add(object, "member", json_object_new_int(step->member));
    json_object_object_add(object, "function_key", new_string(step->function_key));
    json_object_object_add(object, "function_name", new_string(step->function_name));
    json_object_object_add(object, "parameter", json_object_new_int64(step->parameter));
    json_object_object_add(object, "parameter_name", new_string(step->parameter_name));
    json_object_object_add(object, "callee_key", new_string(step->callee_key));
    json_object_object_add(object, "callee_name", new_string(step->callee_name));
    json_object_object_add(object, "callee_arg", json_object_new_int64(step->callee_arg));
    json_object_object_add(object, "status", new_string(step->status));
    json_object_object_add(object, "where", ddc_location_to_json(&step->where));
    json_object_object_add(object, "notes", ddc_notes_to_json(step->notes, step->note_count));
    return object;
}

static json_object *use_to_json(const ddc_attr_use *use)
{
    json_object *object = json_object_new_object();
    json_object_object_add(object, "member", json_object_new_int(use->member));
    json_object_object_add(object, "callee_key", new_string(use->callee_key));
    json_object_object_add(object, "callee_name", new_string(use->callee_name));
    json_object_object_add(object, "callee_arg", json_object_new_int64(use->callee_arg));
    json_object_object_add(object, "argument_text", new_string(use->argument_text));
    json_object_object_add(object, "where", ddc_location_to_json(&use->where));
    json_object_object_add(object, "notes", ddc_notes_to_json(use->notes, use->note_count));
    return object;
}

json_object *ddc_attribute_facts_to_json(const struct ddc_attribute_facts *facts)
{
    if (!facts)
        return NULL;
    json_object *object = json_object_new_object(), *steps = json_object_new_array(),
                *uses = json_object_new_array();
    for (size_t i = 0; i < facts->step_count; i++)
        json_object_array_add(steps, step_to_json(&facts->steps[i]));
    for (size_t i = 0; i < facts->use_count; i++)
        json_object_array_add(uses, use_to_json(&facts->uses[i]));
    json_object_object_add(object, "steps", steps);
    json_object_object_add(object, "uses", uses);
    return object;
}

/* ---- reading (into zeroed items, so that a failure frees what was read) ---- */

/* A string member; null allowed with `nullable`. */
static int get_text(json_object *object, const char *key, bool nullable, char **out)
{
    json_object *member;
    if (!json_object_is_type(object, json_type_object) || !json_object_object_get_ex(object, key, &member))
        return -1;
    return ddc_json_dup_string(member, nullable, out);
}

/* The location and notes members of an item. */
static int get_where_notes(json_object *object, ddc_location *where, ddc_note **notes, size_t *note_count)
{
    json_object *location, *list;
    if (ddc_json_get_member(object, "where", json_type_array, &location) != 0 ||
        ddc_json_get_member(object, "notes", json_type_array, &list) != 0 ||
        ddc_location_from_json(location, false, where) != 0)
        return -1;
    return ddc_notes_from_json(list, notes, note_count);
}

static int step_from_json(json_object *json, ddc_attr_step *step)
{
    int64_t member, parameter, callee_arg;
    if (ddc_json_get_int_range(json, "member", 0, DDC_ATTR_MEMBER_COUNT - 1, &member) != 0 ||
        ddc_json_get_int_range(json, "parameter", 0, UINT_MAX, &parameter) != 0 ||
        ddc_json_get_int_range(json, "callee_arg", 0, UINT_MAX, &callee_arg) != 0 ||
        get_text(json, "function_key", false, &step->function_key) != 0 ||
        get_text(json, "function_name", false, &step->function_name) != 0 ||
        get_text(json, "parameter_name", false, &step->parameter_name) != 0 ||
        get_text(json, "callee_key", true, &step->callee_key) != 0 ||
        get_text(json, "callee_name", false, &step->callee_name) != 0 ||
        get_text(json, "status", true, &step->status) != 0 ||
        get_where_notes(json, &step->where, &step->notes, &step->note_count) != 0)
        return -1;
    step->member = (ddc_attr_member)member;
    step->parameter = (unsigned)parameter;
    step->callee_arg = (unsigned)callee_arg;
    return 0;
}

static int use_from_json(json_object *json, ddc_attr_use *use)
{
    int64_t member, callee_arg;
    if (ddc_json_get_int_range(json, "member", 0, DDC_ATTR_MEMBER_COUNT - 1, &member) != 0 ||
        ddc_json_get_int_range(json, "callee_arg", 0, UINT_MAX, &callee_arg) != 0 ||
        get_text(json, "callee_key", false, &use->callee_key) != 0 ||
        get_text(json, "callee_name", false, &use->callee_name) != 0 ||
        get_text(json, "argument_text", false, &use->argument_text) != 0 ||
        get_where_notes(json, &use->where, &use->notes, &use->note_count) != 0)
        return -1;
    use->member = (ddc_attr_member)member;
    use->callee_arg = (unsigned)callee_arg;
    return 0;
}

/* Frees facts that are in no ddc_program_facts. */
static void free_facts(struct ddc_attribute_facts *facts)
{
    ddc_program_facts holder = {.attributes = facts};
    ddc_attr_facts_free(&holder);
}

static int facts_from_json(json_object *json, struct ddc_attribute_facts *facts)
{
    json_object *steps, *uses;
    if (ddc_json_get_member(json, "steps", json_type_array, &steps) != 0 ||
        ddc_json_get_member(json, "uses", json_type_array, &uses) != 0)
        return -1;
    facts->step_count = facts->step_capacity = json_object_array_length(steps);
    facts->steps = facts->step_count ? ddc_xcalloc(facts->step_count, sizeof *facts->steps) : NULL;
    for (size_t i = 0; i < facts->step_count; i++)
        if (step_from_json(json_object_array_get_idx(steps, i), &facts->steps[i]) != 0)
            return -1;
    facts->use_count = facts->use_capacity = json_object_array_length(uses);
    facts->uses = facts->use_count ? ddc_xcalloc(facts->use_count, sizeof *facts->uses) : NULL;
    for (size_t i = 0; i < facts->use_count; i++)
        if (use_from_json(json_object_array_get_idx(uses, i), &facts->uses[i]) != 0)
            return -1;
    return 0;
}

int ddc_attribute_facts_add_json(struct ddc_attribute_facts **facts, json_object *json)
{
    if (!json)
        return 0; /* no facts: nothing to add */
    struct ddc_attribute_facts *from = ddc_xcalloc(1, sizeof *from);
    if (facts_from_json(json, from) != 0) {
        free_facts(from);
        return -1;
    }
    if (!*facts)
        *facts = ddc_xcalloc(1, sizeof **facts);
    struct ddc_attribute_facts *into = *facts;
    /* The items move to `into` in their order: the steps and uses of the
     * units after those already there. */
    if (from->step_count) {
        into->step_capacity = into->step_count + from->step_count;
        into->steps = ddc_xrealloc(into->steps, into->step_capacity * sizeof *into->steps);
        memcpy(&into->steps[into->step_count], from->steps, from->step_count * sizeof *from->steps);
        into->step_count += from->step_count;
    }
    if (from->use_count) {
        into->use_capacity = into->use_count + from->use_count;
        into->uses = ddc_xrealloc(into->uses, into->use_capacity * sizeof *into->uses);
        memcpy(&into->uses[into->use_count], from->uses, from->use_count * sizeof *from->uses);
        into->use_count += from->use_count;
    }
    free(from->steps);
    free(from->uses);
    free(from);
    return 0;
}
