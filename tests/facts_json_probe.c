/* facts_json_probe: tests the JSON form of the per-unit facts on its own
 * (irql_graph_json.c, null_facts_json.c, json_read.c).
 *
 * Built (with the sanitizers when the compiler has them) and run by
 * tests/test_facts_json.py.
 *
 *   facts_json_probe roundtrip   two units' facts added straight into the
 *       program's, and the same units each into facts of their own, printed,
 *       parsed and added with add_json: every field of the two results must
 *       be equal (NULL and "" told apart), with the awkward values: bytes
 *       that are not UTF-8, quotes, control characters, INT_MIN/INT_MAX
 *       levels, UINT_MAX lines, empty and missing notes, a passive project
 *       named by both units.
 *   facts_json_probe malformed   every member and element of those facts
 *       removed or replaced by a value of each JSON type: add_json must
 *       return -1 where the document is plainly wrong, and never crash or
 *       leak either way.
 *
 * Prints each problem; exit status 0 when there is none, 1 otherwise. */
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "../checker/core/irql.h"
#include "../checker/core/irql_graph.h"
#include "../checker/core/null_summaries.h"
#include "../checker/core/util.h"

static int problems;

static void problem(const char *format, ...) __attribute__((format(printf, 1, 2)));

static void problem(const char *format, ...)
{
    va_list args;
    va_start(args, format);
    vprintf(format, args);
    va_end(args);
    putchar('\n');
    problems++;
}

/* ---- the facts of two units ---- */

/* A file name that is not UTF-8, with characters JSON must escape. */
static const char odd_file[] = "dir/\xff\xfe \"q\" \\ \t\x01/ \xc3\xa9.c";

static ddc_location at(const char *file, unsigned line, unsigned column)
{
    return (ddc_location){.file = (char *)file, .line = line, .column = column};
}

static void fill_irql(ddc_irql_graph *graph, int unit)
{
    ddc_irql_function functions[] = {
        {.usr = "p|c:@F@Dpc", .name = "Dpc", .entry_min = DDC_IRQL_DISPATCH, .entry_may = DDC_IRQL_UNKNOWN,
         .entry_reason = {at(odd_file, 10, 5), "'Dpc' is a \x80 DPC"}, .limit = DDC_IRQL_UNKNOWN},
        {.usr = unit ? "q|c:@F@Helper" : "p|c:@F@Helper", .name = "", .entry_min = INT_MIN, .entry_may = INT_MAX,
         .entry_may_is_kmdf = true, .entry_may_is_own = unit == 0, .entry_reason = {at(NULL, 0, 0), NULL},
         .limit = DDC_IRQL_PASSIVE, .limit_reason = {at("", UINT_MAX, UINT_MAX), ""}},
        {.usr = "p|c:@F@Dpc", .name = "Dpc", .entry_min = DDC_IRQL_UNKNOWN, .entry_may = DDC_IRQL_APC,
         .entry_reason = {at("a.c", 0, 1), NULL}, .limit = DDC_IRQL_APC, .limit_reason = {at(NULL, 7, 0), "limit"}},
    };
    for (size_t i = 0; i < sizeof functions / sizeof functions[0]; i++)
        ddc_irql_graph_add_function(graph, &functions[i]);
    ddc_irql_seed seeds[] = {
        {.usr = "p|c:@F@Dpc", .level = DDC_IRQL_HIGH, .may = true, .may_is_kmdf = true,
         .reason = {at(odd_file, 1, 2), "registered \"here\"\n"}},
        {.usr = "", .level = DDC_IRQL_UNKNOWN},
    };
    for (size_t i = 0; i < sizeof seeds / sizeof seeds[0]; i++)
        ddc_irql_graph_add_seed(graph, &seeds[i]);
    ddc_irql_call calls[] = {
        {.caller_usr = "p|c:@F@Dpc", .caller_name = "Dpc", .callee_usr = NULL, .callee_name = "IoGetDriverDirectory",
         .where = at(odd_file, 20, 9), .raised = DDC_IRQL_UNKNOWN, .raise_reason = {at("x.c", 3, 4), NULL},
         .tested_max = INT_MIN, .callee_max = DDC_IRQL_PASSIVE},
        {.caller_usr = "p|c:@F@Dpc", .caller_name = "Dpc", .callee_usr = "p|c:@F@Helper", .callee_name = "HELPER",
         .where = at(NULL, 21, 1), .raised = DDC_IRQL_DISPATCH,
         .raise_reason = {at(odd_file, 19, 5), "IRQL raised to DISPATCH_LEVEL by 'KeAcquireSpinLock' here"},
         .tested_max = INT_MAX, .callee_max = DDC_IRQL_UNKNOWN,
         .callee_max_reason = {at("b.c", 2, 3), "'X' allows at most APC_LEVEL when 'PoolType' is PagedPool"}},
    };
    for (size_t i = 0; i < sizeof calls / sizeof calls[0]; i++)
        ddc_irql_graph_add_call(graph, &calls[i]);
    ddc_irql_graph_add_passive_project(graph, unit ? "q" : "p");
    ddc_irql_graph_add_passive_project(graph, "");
    ddc_irql_graph_add_passive_project(graph, "p");
}

static ddc_null_note note(const char *file, unsigned line, const char *text)
{
    ddc_null_note made = ddc_null_note_make(at(file, line, line + 1), text ? ddc_strdup(text) : NULL);
    if (!file) { /* as a record without such a note has it */
        free(made.where.file);
        made.where.file = NULL;
    }
    return made;
}

static char *copy(const char *text) { return text ? ddc_strdup(text) : NULL; }

static void fill_nulls(ddc_null_facts *facts, int unit)
{
    ddc_null_facts_add_return(facts, (ddc_null_return){.function = copy("p|c:@F@GetExt"),
                                                       .from_function = copy(unit ? "p|c:@F@Inner" : NULL),
                                                       .lookaside_list = copy(unit ? "" : "p|c:@List"),
                                                       .note = note(odd_file, 4, "'GetExt' returns \xfe")});
    ddc_null_facts_add_return(facts, (ddc_null_return){.function = copy("")});
    ddc_null_facts_add_deref(facts, (ddc_null_deref){.function = copy("p|c:@F@Helper"), .parameter = INT_MIN,
                                                     .via_function = copy("p|c:@F@Inner"), .via_parameter = INT_MAX,
                                                     .note = note("", 0, NULL)});
    ddc_null_facts_add_deref(facts, (ddc_null_deref){.function = copy("p|c:@F@Inner"), .parameter = unit,
                                                     .via_parameter = -1, .note = note(NULL, 0, "no file")});
    ddc_null_facts_add_use(facts, (ddc_null_use){.source_function = copy("p|c:@F@GetExt"),
                                                 .passed_to = copy("p|c:@F@Helper"), .passed_parameter = 2,
                                                 .lookaside_list = copy("p|c:@List"),
                                                 .value_origin = copy(odd_file), .where = at(ddc_strdup(odd_file), 5, 6),
                                                 .message = copy("'ext' from 'GetExt' may be NULL here"),
                                                 .assigned = note(odd_file, 3, "assigned here"),
                                                 .asserted = note("", UINT_MAX - 1, "asserted"),
                                                 .later = note("c.c", 9, NULL)});
    ddc_null_facts_add_use(facts, (ddc_null_use){.passed_parameter = -1, .value_origin = copy(""),
                                                 .where = at(NULL, 0, 0), .message = copy("")});
    ddc_strings_add(&facts->plain_lists, "p|c:@List");
    ddc_strings_add(&facts->plain_lists, "p|c:@List");
    ddc_strings_add(&facts->raising_lists, unit ? odd_file : "");
}

/* ---- comparing, field by field ---- */

static void same_text(const char *a, const char *b, const char *what, size_t index)
{
    if ((a == NULL) != (b == NULL) || (a && strcmp(a, b) != 0))
        problem("%s differs in record %zu", what, index);
}

static void same_int(long long a, long long b, const char *what, size_t index)
{
    if (a != b)
        problem("%s differs in record %zu", what, index);
}

static void same_location(ddc_location a, ddc_location b, const char *what, size_t index)
{
    same_text(a.file, b.file, what, index);
    same_int(a.line, b.line, what, index);
    same_int(a.column, b.column, what, index);
}

static void same_reason(const ddc_irql_reason *a, const ddc_irql_reason *b, const char *what, size_t index)
{
    same_location(a->where, b->where, what, index);
    same_text(a->text, b->text, what, index);
}

static void same_strings(const ddc_strings *a, const ddc_strings *b, const char *what)
{
    same_int((long long)a->count, (long long)b->count, what, 0);
    for (size_t i = 0; i < a->count && i < b->count; i++)
        same_text(a->items[i], b->items[i], what, i);
}

static void compare_graphs(const ddc_irql_graph *a, const ddc_irql_graph *b)
{
    same_int((long long)a->function_count, (long long)b->function_count, "function count", 0);
    for (size_t i = 0; i < a->function_count && i < b->function_count; i++) {
        const ddc_irql_function *x = &a->functions[i], *y = &b->functions[i];
        same_text(x->usr, y->usr, "function usr", i);
        same_text(x->name, y->name, "function name", i);
        same_int(x->entry_min, y->entry_min, "entry_min", i);
        same_int(x->entry_may, y->entry_may, "entry_may", i);
        same_int(x->entry_may_is_kmdf, y->entry_may_is_kmdf, "entry_may_is_kmdf", i);
        same_int(x->entry_may_is_own, y->entry_may_is_own, "entry_may_is_own", i);
        same_reason(&x->entry_reason, &y->entry_reason, "entry_reason", i);
        same_int(x->limit, y->limit, "limit", i);
        same_reason(&x->limit_reason, &y->limit_reason, "limit_reason", i);
    }
    same_int((long long)a->seed_count, (long long)b->seed_count, "seed count", 0);
    for (size_t i = 0; i < a->seed_count && i < b->seed_count; i++) {
        const ddc_irql_seed *x = &a->seeds[i], *y = &b->seeds[i];
        same_text(x->usr, y->usr, "seed usr", i);
        same_int(x->level, y->level, "seed level", i);
        same_int(x->may, y->may, "seed may", i);
        same_int(x->may_is_kmdf, y->may_is_kmdf, "seed may_is_kmdf", i);
        same_reason(&x->reason, &y->reason, "seed reason", i);
    }
    same_int((long long)a->call_count, (long long)b->call_count, "call count", 0);
    for (size_t i = 0; i < a->call_count && i < b->call_count; i++) {
        const ddc_irql_call *x = &a->calls[i], *y = &b->calls[i];
        same_text(x->caller_usr, y->caller_usr, "caller_usr", i);
        same_text(x->caller_name, y->caller_name, "caller_name", i);
        same_text(x->callee_usr, y->callee_usr, "callee_usr", i);
        same_text(x->callee_name, y->callee_name, "callee_name", i);
        same_location(x->where, y->where, "call where", i);
        same_int(x->raised, y->raised, "raised", i);
        same_reason(&x->raise_reason, &y->raise_reason, "raise_reason", i);
        same_int(x->tested_max, y->tested_max, "tested_max", i);
        same_int(x->callee_max, y->callee_max, "callee_max", i);
        same_reason(&x->callee_max_reason, &y->callee_max_reason, "callee_max_reason", i);
    }
    same_strings(&a->passive_projects, &b->passive_projects, "passive_projects");
}

static void same_note(const ddc_null_note *a, const ddc_null_note *b, const char *what, size_t index)
{
    same_location(a->where, b->where, what, index);
    same_text(a->text, b->text, what, index);
}

static void compare_nulls(const ddc_null_facts *a, const ddc_null_facts *b)
{
    same_int((long long)a->return_count, (long long)b->return_count, "return count", 0);
    for (size_t i = 0; i < a->return_count && i < b->return_count; i++) {
        const ddc_null_return *x = &a->returns[i], *y = &b->returns[i];
        same_text(x->function, y->function, "return function", i);
        same_text(x->from_function, y->from_function, "return from_function", i);
        same_text(x->lookaside_list, y->lookaside_list, "return lookaside_list", i);
        same_note(&x->note, &y->note, "return note", i);
    }
    same_int((long long)a->deref_count, (long long)b->deref_count, "deref count", 0);
    for (size_t i = 0; i < a->deref_count && i < b->deref_count; i++) {
        const ddc_null_deref *x = &a->derefs[i], *y = &b->derefs[i];
        same_text(x->function, y->function, "deref function", i);
        same_int(x->parameter, y->parameter, "deref parameter", i);
        same_text(x->via_function, y->via_function, "deref via_function", i);
        same_int(x->via_parameter, y->via_parameter, "deref via_parameter", i);
        same_note(&x->note, &y->note, "deref note", i);
    }
    same_int((long long)a->use_count, (long long)b->use_count, "use count", 0);
    for (size_t i = 0; i < a->use_count && i < b->use_count; i++) {
        const ddc_null_use *x = &a->uses[i], *y = &b->uses[i];
        same_text(x->source_function, y->source_function, "use source_function", i);
        same_text(x->passed_to, y->passed_to, "use passed_to", i);
        same_int(x->passed_parameter, y->passed_parameter, "use passed_parameter", i);
        same_text(x->lookaside_list, y->lookaside_list, "use lookaside_list", i);
        same_text(x->value_origin, y->value_origin, "use value_origin", i);
        same_location(x->where, y->where, "use where", i);
        same_text(x->message, y->message, "use message", i);
        same_note(&x->assigned, &y->assigned, "use assigned", i);
        same_note(&x->asserted, &y->asserted, "use asserted", i);
        same_note(&x->later, &y->later, "use later", i);
    }
    same_strings(&a->plain_lists, &b->plain_lists, "plain_lists");
    same_strings(&a->raising_lists, &b->raising_lists, "raising_lists");
}

/* ---- round trip ---- */

/* `json` printed and parsed again, as a cache file or another machine hands it over. */
static json_object *through_text(json_object *json)
{
    const char *text = json_object_to_json_string_ext(json, JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE);
    json_object *parsed = json_tokener_parse(text);
    if (json && !parsed)
        problem("the printed facts do not parse");
    return parsed;
}

static void round_trip(void)
{
    ddc_irql_graph direct = {0}, via = {0};
    ddc_null_facts direct_nulls = {0}, *via_nulls = NULL;
    for (int unit = 0; unit < 2; unit++) {
        fill_irql(&direct, unit);
        fill_nulls(&direct_nulls, unit);
        ddc_irql_graph graph = {0};
        ddc_null_facts nulls = {0};
        fill_irql(&graph, unit);
        fill_nulls(&nulls, unit);
        json_object *json = ddc_irql_graph_to_json(&graph), *parsed = through_text(json);
        if (ddc_irql_graph_add_json(&via, parsed))
            problem("ddc_irql_graph_add_json refuses what ddc_irql_graph_to_json wrote");
        json_object_put(json);
        json_object_put(parsed);
        json = ddc_null_facts_to_json(&nulls);
        parsed = through_text(json);
        if (ddc_null_facts_add_json(&via_nulls, parsed) || !via_nulls)
            problem("ddc_null_facts_add_json refuses what ddc_null_facts_to_json wrote");
        json_object_put(json);
        json_object_put(parsed);
        ddc_irql_graph_free(&graph);
        ddc_null_facts_free(&nulls);
    }
    compare_graphs(&direct, &via);
    if (via_nulls)
        compare_nulls(&direct_nulls, via_nulls);
    /* No facts (a unit the check never looked at) stay none. */
    json_object *none = ddc_null_facts_to_json(NULL);
    ddc_null_facts *still_none = NULL;
    if (none || ddc_null_facts_add_json(&still_none, none) || still_none)
        problem("NULL null facts do not come back as NULL");
    /* A solved graph takes no more facts. */
    ddc_irql_graph_solve(&via);
    json_object *json = ddc_irql_graph_to_json(&direct);
    if (ddc_irql_graph_add_json(&via, json) != -1)
        problem("a solved graph takes more facts");
    json_object_put(json);
    ddc_irql_graph_free(&direct);
    ddc_irql_graph_free(&via);
    ddc_null_facts_free(&direct_nulls);
    if (via_nulls)
        ddc_null_facts_free(via_nulls);
    free(via_nulls);
}

/* ---- malformed documents ---- */

enum { REPLACEMENTS = 10, MAX_DEPTH = 8 };

/* Values put in place of each member and element. */
static json_object *replacement(int which)
{
    switch (which) {
    case 0: return NULL;                                 /* null */
    case 1: return json_object_new_boolean(1);
    case 2: return json_object_new_int(1);
    case 3: return json_object_new_int(-1);
    case 4: return json_object_new_int64(1LL << 40);
    case 5: return json_object_new_double(1.5);
    case 6: return json_object_new_string("x");
    case 7: return json_object_new_string_len("a\0b", 3); /* not a C string */
    case 8: return json_object_new_array();
    default: return json_object_new_object();
    }
}

/* Reasons and notes may be left out; every other member is required. */
static bool optional_member(const char *key)
{
    static const char *const optional[] = {"entry_reason", "limit_reason", "reason", "raise_reason",
                                           "callee_max_reason", "note", "assigned", "asserted", "later"};
    for (size_t i = 0; i < sizeof optional / sizeof optional[0]; i++)
        if (strcmp(key, optional[i]) == 0)
            return true;
    return false;
}

/* Must `replacement` in place of `original` be refused?  A value of
 * another type is wrong (except null for a string: some may be NULL), and
 * so are a string with a NUL byte and an integer beyond 32 bits. */
static bool plainly_wrong(json_object *original, int which)
{
    json_type was = json_object_get_type(original);
    json_object *value = replacement(which);
    json_type now = json_object_get_type(value);
    json_object_put(value);
    if (was == json_type_string || was == json_type_null)
        return (now != json_type_string && now != json_type_null) || (was == json_type_string && which == 7);
    if (was == json_type_int)
        return now != json_type_int || which == 4;
    return was != now;
}

typedef int (*add_fn)(json_object *document);

/* Puts `value` (taken over) back at `index` of `array` (json-c 0.16 has no insert). */
static void array_insert(json_object *array, size_t index, json_object *value)
{
    size_t count = json_object_array_length(array);
    json_object **tail = ddc_xcalloc(count - index + 1, sizeof *tail);
    for (size_t i = index; i < count; i++)
        tail[i - index] = json_object_get(json_object_array_get_idx(array, i));
    if (count > index)
        json_object_array_del_idx(array, index, count - index);
    json_object_array_add(array, value);
    for (size_t i = index; i < count; i++)
        json_object_array_add(array, tail[i - index]);
    free(tail);
}

static int add_irql(json_object *document)
{
    ddc_irql_graph graph = {0};
    int result = ddc_irql_graph_add_json(&graph, document);
    ddc_irql_graph_free(&graph);
    return result;
}

static int add_nulls(json_object *document)
{
    ddc_null_facts *facts = NULL;
    int result = ddc_null_facts_add_json(&facts, document);
    if (facts)
        ddc_null_facts_free(facts);
    free(facts);
    return result;
}

static size_t variants;

/* Tries every change of the value `node` holds (inside `document`, given
 * whole to `add`): each member or element removed or replaced. */
static void try_changes(json_object *document, json_object *node, add_fn add, const char *name, unsigned depth)
{
    if (depth > MAX_DEPTH)
        return;
    if (json_object_is_type(node, json_type_object)) {
        /* Keys first: changing the object while walking it would end the walk. */
        size_t count = (size_t)json_object_object_length(node);
        char **keys = ddc_xcalloc(count + 1, sizeof *keys);
        size_t k = 0;
        json_object_object_foreach(node, key, value) {
            (void)value;
            keys[k++] = ddc_strdup(key);
        }
        for (size_t i = 0; i < k; i++) {
            json_object *original = json_object_get(json_object_object_get(node, keys[i]));
            json_object_object_del(node, keys[i]);
            variants++;
            if (add(document) != -1 && !optional_member(keys[i]))
                problem("%s: accepted without the member '%s'", name, keys[i]);
            for (int which = 0; which < REPLACEMENTS; which++) {
                json_object_object_add(node, keys[i], replacement(which));
                variants++;
                if (add(document) != -1 && plainly_wrong(original, which))
                    problem("%s: accepted wrong value %d as member '%s'", name, which, keys[i]);
            }
            json_object_object_add(node, keys[i], original);
            try_changes(document, original, add, name, depth + 1);
            free(keys[i]);
        }
        free(keys);
    } else if (json_object_is_type(node, json_type_array)) {
        size_t count = json_object_array_length(node);
        for (size_t i = 0; i < count; i++) {
            json_object *original = json_object_get(json_object_array_get_idx(node, i));
            for (int which = 0; which < REPLACEMENTS; which++) {
                json_object_array_put_idx(node, i, replacement(which));
                variants++;
                if (add(document) != -1 && plainly_wrong(original, which))
                    problem("%s: accepted wrong value %d as element %zu", name, which, i);
            }
            json_object_array_put_idx(node, i, json_object_get(original));
            json_object_array_del_idx(node, i, 1); /* a record fewer is fine; a short location is not: no crash */
            variants++;
            (void)add(document);
            array_insert(node, i, original);
            try_changes(document, original, add, name, depth + 1);
        }
    }
}

static void malformed(void)
{
    ddc_irql_graph graph = {0};
    ddc_null_facts nulls = {0};
    fill_irql(&graph, 0);
    fill_nulls(&nulls, 0);
    json_object *irql = ddc_irql_graph_to_json(&graph), *null_json = ddc_null_facts_to_json(&nulls);
    if (add_irql(irql) || add_nulls(null_json))
        problem("the unchanged facts are refused");
    try_changes(irql, irql, add_irql, "irql", 0);
    try_changes(null_json, null_json, add_nulls, "nulls", 0);
    /* Whole documents of the wrong type; JSON null is "no null facts". */
    for (int which = 0; which < REPLACEMENTS; which++) {
        json_object *value = replacement(which);
        if (add_irql(value) != -1)
            problem("irql: accepted a document of type %s", json_type_to_name(json_object_get_type(value)));
        if (add_nulls(value) != (which == 0 ? 0 : -1))
            problem("nulls: wrong answer for a document of type %s", json_type_to_name(json_object_get_type(value)));
        json_object_put(value);
    }
    json_object_put(irql);
    json_object_put(null_json);
    ddc_irql_graph_free(&graph);
    ddc_null_facts_free(&nulls);
    printf("%zu malformed variants tried\n", variants);
}

int main(int argc, char **argv)
{
    if (argc != 2 || (strcmp(argv[1], "roundtrip") != 0 && strcmp(argv[1], "malformed") != 0)) {
        fprintf(stderr, "usage: facts_json_probe roundtrip|malformed\n");
        return 2;
    }
    setvbuf(stdout, NULL, _IOLBF, 0); /* the problems come out even if a sanitizer ends the run */
    if (strcmp(argv[1], "roundtrip") == 0)
        round_trip();
    else
        malformed();
    return problems ? 1 : 0;
}
