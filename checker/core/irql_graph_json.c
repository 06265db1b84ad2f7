/* The facts of an IRQL graph as JSON and back (see irql_graph.h).
 *
 * {"functions": [{"usr", "name", "entry_min", "entry_may", "entry_may_is_kmdf",
 *                 "entry_may_is_own", "entry_reason"?, "limit", "limit_reason"?}],
 *  "seeds": [{"usr", "level", "may", "may_is_kmdf", "reason"?}],
 *  "calls": [{"caller_usr", "caller_name", "callee_usr" (or null), "callee_name",
 *             "where", "raised", "raise_reason"?, "tested_max", "callee_max",
 *             "callee_max_reason"?}],
 *  "passive_projects": ["project", ...]}
 *
 * A location is [file, line, column] (json_read.h); a reason is
 * {"where": location, "text": string or null}, left out when it is empty.
 * Records keep their order: the solver's merge and its notes depend on it.
 * Reading goes through the graph's own adders, so the facts are added
 * exactly as the unit's analysis added them (a passive project once). */
#include "irql_graph.h"

#include "json_read.h"

static void put(json_object *object, const char *key, json_object *value)
{
    json_object_object_add_ex(object, key, value, JSON_C_OBJECT_ADD_KEY_IS_NEW | JSON_C_OBJECT_KEY_IS_CONSTANT);
}

static bool reason_is_empty(const ddc_irql_reason *reason)
{
    return !reason->text && (!reason->where.file || !*reason->where.file) && reason->where.line == 0 &&
           reason->where.column == 0;
}

/* Adds `reason` under `key` unless it is empty (the graph's adders turn a
 * missing file into "", so nothing is lost). */
static void put_reason(json_object *object, const char *key, const ddc_irql_reason *reason)
{
    if (reason_is_empty(reason))
        return;
    json_object *value = json_object_new_object();
    put(value, "where", ddc_json_new_location(reason->where));
    put(value, "text", ddc_json_new_string(reason->text));
    put(object, key, value);
}

static json_object *function_to_json(const ddc_irql_function *f)
{
    json_object *object = json_object_new_object();
    put(object, "usr", ddc_json_new_string(f->usr));
    put(object, "name", ddc_json_new_string(f->name));
    put(object, "entry_min", json_object_new_int(f->entry_min));
    put(object, "entry_may", json_object_new_int(f->entry_may));
    put(object, "entry_may_is_kmdf", json_object_new_boolean(f->entry_may_is_kmdf));
    put(object, "entry_may_is_own", json_object_new_boolean(f->entry_may_is_own));
    put_reason(object, "entry_reason", &f->entry_reason);
    put(object, "limit", json_object_new_int(f->limit));
    put_reason(object, "limit_reason", &f->limit_reason);
    return object;
}

static json_object *seed_to_json(const ddc_irql_seed *s)
{
    json_object *object = json_object_new_object();
    put(object, "usr", ddc_json_new_string(s->usr));
    put(object, "level", json_object_new_int(s->level));
    put(object, "may", json_object_new_boolean(s->may));
    put(object, "may_is_kmdf", json_object_new_boolean(s->may_is_kmdf));
    put_reason(object, "reason", &s->reason);
    return object;
}

static json_object *call_to_json(const ddc_irql_call *c)
{
    json_object *object = json_object_new_object();
    put(object, "caller_usr", ddc_json_new_string(c->caller_usr));
    put(object, "caller_name", ddc_json_new_string(c->caller_name));
    put(object, "callee_usr", ddc_json_new_string(c->callee_usr));
    put(object, "callee_name", ddc_json_new_string(c->callee_name));
    put(object, "where", ddc_json_new_location(c->where));
    put(object, "raised", json_object_new_int(c->raised));
    put_reason(object, "raise_reason", &c->raise_reason);
    put(object, "tested_max", json_object_new_int(c->tested_max));
    put(object, "callee_max", json_object_new_int(c->callee_max));
    put_reason(object, "callee_max_reason", &c->callee_max_reason);
    return object;
}

json_object *ddc_irql_graph_to_json(const ddc_irql_graph *graph)
{
    json_object *functions = json_object_new_array_ext((int)graph->function_count);
    for (size_t i = 0; i < graph->function_count; i++)
        json_object_array_add(functions, function_to_json(&graph->functions[i]));
    json_object *seeds = json_object_new_array_ext((int)graph->seed_count);
    for (size_t i = 0; i < graph->seed_count; i++)
        json_object_array_add(seeds, seed_to_json(&graph->seeds[i]));
    json_object *calls = json_object_new_array_ext((int)graph->call_count);
    for (size_t i = 0; i < graph->call_count; i++)
        json_object_array_add(calls, call_to_json(&graph->calls[i]));
    json_object *projects = json_object_new_array_ext((int)graph->passive_projects.count);
    for (size_t i = 0; i < graph->passive_projects.count; i++)
        json_object_array_add(projects, ddc_json_new_string(graph->passive_projects.items[i]));
    json_object *object = json_object_new_object();
    put(object, "functions", functions);
    put(object, "seeds", seeds);
    put(object, "calls", calls);
    put(object, "passive_projects", projects);
    return object;
}

/* ---- reading ---- */

/* The optional reason `key`; {0} when it is left out.  Strings are borrowed. */
static int get_reason(json_object *object, const char *key, ddc_irql_reason *out)
{
    *out = (ddc_irql_reason){0};
    json_object *value = NULL;
    if (!json_object_object_get_ex(object, key, &value))
        return 0;
    const char *text;
    if (ddc_json_get_location(value, "where", &out->where) || ddc_json_get_string_or_null(value, "text", &text, NULL))
        return -1;
    out->text = (char *)text;
    return 0;
}

/* Reads a required string into a borrowed `char *` field. */
static int get_text(json_object *object, const char *key, char **out)
{
    const char *text;
    if (ddc_json_get_string(object, key, &text, NULL))
        return -1;
    *out = (char *)text;
    return 0;
}

static int add_function(ddc_irql_graph *graph, json_object *object)
{
    ddc_irql_function f = {0};
    if (get_text(object, "usr", &f.usr) || get_text(object, "name", &f.name) ||
        ddc_json_get_int(object, "entry_min", &f.entry_min) || ddc_json_get_int(object, "entry_may", &f.entry_may) ||
        ddc_json_get_bool(object, "entry_may_is_kmdf", &f.entry_may_is_kmdf) ||
        ddc_json_get_bool(object, "entry_may_is_own", &f.entry_may_is_own) ||
        get_reason(object, "entry_reason", &f.entry_reason) || ddc_json_get_int(object, "limit", &f.limit) ||
        get_reason(object, "limit_reason", &f.limit_reason))
        return -1;
    ddc_irql_graph_add_function(graph, &f);
    return 0;
}

static int add_seed(ddc_irql_graph *graph, json_object *object)
{
    ddc_irql_seed s = {0};
    if (get_text(object, "usr", &s.usr) || ddc_json_get_int(object, "level", &s.level) ||
        ddc_json_get_bool(object, "may", &s.may) || ddc_json_get_bool(object, "may_is_kmdf", &s.may_is_kmdf) ||
        get_reason(object, "reason", &s.reason))
        return -1;
    ddc_irql_graph_add_seed(graph, &s);
    return 0;
}

static int add_call(ddc_irql_graph *graph, json_object *object)
{
    ddc_irql_call c = {0};
    const char *callee_usr;
    if (get_text(object, "caller_usr", &c.caller_usr) || get_text(object, "caller_name", &c.caller_name) ||
        ddc_json_get_string_or_null(object, "callee_usr", &callee_usr, NULL) ||
        get_text(object, "callee_name", &c.callee_name) || ddc_json_get_location(object, "where", &c.where) ||
        ddc_json_get_int(object, "raised", &c.raised) || get_reason(object, "raise_reason", &c.raise_reason) ||
        ddc_json_get_int(object, "tested_max", &c.tested_max) ||
        ddc_json_get_int(object, "callee_max", &c.callee_max) ||
        get_reason(object, "callee_max_reason", &c.callee_max_reason))
        return -1;
    c.callee_usr = (char *)callee_usr;
    ddc_irql_graph_add_call(graph, &c);
    return 0;
}

/* Adds each element of the array `key` with `add`. */
static int add_each(ddc_irql_graph *graph, json_object *json, const char *key,
                    int (*add)(ddc_irql_graph *, json_object *))
{
    json_object *array;
    size_t count;
    if (ddc_json_get_array(json, key, &array, &count))
        return -1;
    for (size_t i = 0; i < count; i++) {
        json_object *element = json_object_array_get_idx(array, i);
        if (!json_object_is_type(element, json_type_object) || add(graph, element))
            return -1;
    }
    return 0;
}

static int add_project(ddc_irql_graph *graph, json_object *element)
{
    const char *project;
    if (ddc_json_string_value(element, &project, NULL))
        return -1;
    ddc_irql_graph_add_passive_project(graph, project);
    return 0;
}

int ddc_irql_graph_add_json(ddc_irql_graph *graph, json_object *json)
{
    if (!json_object_is_type(json, json_type_object) || graph->solved)
        return -1;
    json_object *projects;
    size_t count;
    if (add_each(graph, json, "functions", add_function) || add_each(graph, json, "seeds", add_seed) ||
        add_each(graph, json, "calls", add_call) ||
        ddc_json_get_array(json, "passive_projects", &projects, &count))
        return -1;
    for (size_t i = 0; i < count; i++)
        if (add_project(graph, json_object_array_get_idx(projects, i)))
            return -1;
    return 0;
}
