/* Driver object extension keys (see extension_key.h): resolving the facts
 * of every unit, and the questions the checks ask about the result. */
#include "extension_key.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "extension_key_parts.h"

/* ---- the link step ---- */

/* How many uses are kept at most (a guard against wrappers called from
 * everywhere with every key). */
enum { MAX_USES = 1 << 20 };

static const ddc_key_value unknown_key = {.kind = DDC_KEY_UNKNOWN};

static int compare_strings(const void *left, const void *right)
{
    return strcmp(*(char *const *)left, *(char *const *)right);
}

static void sort_strings(ddc_strings *list)
{
    if (list->count)
        qsort(list->items, list->count, sizeof *list->items, compare_strings);
}

static bool sorted_contains(const ddc_strings *list, const char *text)
{
    return list->count && bsearch(&text, list->items, list->count, sizeof *list->items, compare_strings);
}

static const ddc_key_arg *find_arg(const ddc_key_call *call, unsigned index)
{
    for (size_t i = 0; i < call->arg_count; i++)
        if (call->args[i].index == index)
            return &call->args[i];
    return NULL;
}

typedef struct link_state {
    ddc_key_facts *facts;
    bool whole_program;
    size_t *by_callee; /* indexes of the calls to driver functions, sorted by callee */
    size_t by_callee_count;
    size_t path_calls[MAX_WRAPPER_DEPTH]; /* from the DDI call back towards the origin */
    unsigned path_args[MAX_WRAPPER_DEPTH];
    size_t depth;
} link_state;

static int compare_by_callee(const void *left, const void *right, void *data)
{
    const ddc_key_call *calls = data;
    size_t a = *(const size_t *)left, b = *(const size_t *)right;
    int by_callee = strcmp(calls[a].callee, calls[b].callee);
    return by_callee ? by_callee : (a > b) - (a < b);
}

/* The calls to `function`: their count, the first at *first in by_callee. */
static size_t callers_of(const link_state *s, const char *function, size_t *first)
{
    size_t low = 0, high = s->by_callee_count;
    while (low < high) {
        size_t middle = low + (high - low) / 2;
        if (strcmp(s->facts->calls[s->by_callee[middle]].callee, function) < 0)
            low = middle + 1;
        else
            high = middle;
    }
    *first = low;
    size_t end = low;
    while (end < s->by_callee_count && strcmp(s->facts->calls[s->by_callee[end]].callee, function) == 0)
        end++;
    return end - low;
}

static const ddc_key_global *find_global(const ddc_key_facts *facts, const char *id)
{
    for (size_t i = 0; i < facts->global_count; i++)
        if (strcmp(facts->globals[i].id, id) == 0)
            return &facts->globals[i];
    return NULL;
}

static bool same_text(const char *a, const char *b)
{
    return a == b || (a && b && strcmp(a, b) == 0);
}

/* The global pointer `id` whose value is known (one initial value, never
 * assigned; followed through a pointer initialised with another), or NULL. */
static const ddc_key_global *resolve_global(const link_state *s, const char *id, int depth)
{
    const ddc_key_facts *facts = s->facts;
    const ddc_key_global *found = find_global(facts, id);
    if (!found || sorted_contains(&facts->written, id))
        return NULL;
    for (size_t i = 0; i < facts->global_count; i++) {
        const ddc_key_global *other = &facts->globals[i];
        if (strcmp(other->id, id) == 0 &&
            (other->value.kind != found->value.kind || !same_text(other->value.id, found->value.id)))
            return NULL; /* two definitions that disagree */
    }
    /* Without the whole program, a global another unit can assign is unknown. */
    if (!found->constant && !found->internal && !s->whole_program)
        return NULL;
    if (found->value.kind == DDC_KEY_GLOBAL_POINTER)
        return depth < 4 ? resolve_global(s, found->value.id, depth + 1) : NULL;
    return found;
}

/* The allocated size of `use`: the size argument of its DDI call, followed
 * back through the wrappers' parameters. */
static long long resolve_size(const ddc_key_facts *facts, const ddc_key_use *use)
{
    const ddc_key_call *ddi = &facts->calls[use->steps[use->step_count - 1]];
    if (ddi->size_arg == DDC_NO_ARG)
        return -1;
    unsigned index = (unsigned)ddi->size_arg;
    for (size_t level = use->step_count; level-- > 0;) {
        const ddc_key_arg *arg = find_arg(&facts->calls[use->steps[level]], index);
        if (!arg)
            return -1;
        if (arg->has_integer)
            return arg->integer;
        if (arg->value.kind != DDC_KEY_PARAMETER)
            return -1;
        index = (unsigned)arg->value.number;
    }
    return -1;
}

/* Keeps a use for the path in `s`, whose origin holds `value`. */
static void emit(link_state *s, const ddc_key_value *value)
{
    ddc_key_facts *facts = s->facts;
    if (facts->use_count >= MAX_USES)
        return;
    ddc_key_use use = {.key = value, .step_count = s->depth};
    use.steps = ddc_xmalloc(s->depth * sizeof *use.steps);
    use.args = ddc_xmalloc(s->depth * sizeof *use.args);
    for (size_t j = 0; j < s->depth; j++) {
        use.steps[j] = s->path_calls[s->depth - 1 - j];
        use.args[j] = s->path_args[s->depth - 1 - j];
    }
    if (value->kind == DDC_KEY_GLOBAL_POINTER) {
        const ddc_key_global *resolved = resolve_global(s, value->id, 0);
        use.key = resolved ? &resolved->value : &unknown_key;
        use.through = resolved ? find_global(facts, value->id) : NULL;
    }
    const ddc_key_call *ddi = &facts->calls[use.steps[use.step_count - 1]];
    use.allocates = ddi->allocates;
    use.size = use.allocates ? resolve_size(facts, &use) : -1;
    for (size_t j = 1; j < use.step_count; j++) {
        const ddc_key_arg *arg = find_arg(&facts->calls[use.steps[j]], use.args[j]);
        use.tested |= arg && arg->tested;
    }
    facts->uses = ddc_key_reserve(facts->uses, facts->use_count, &facts->use_capacity, sizeof *facts->uses);
    facts->uses[facts->use_count++] = use;
}

/* Follows argument `arg_index` of call `call_index` back to where its value
 * is written: a parameter leads to every call of its function. */
static void walk_back(link_state *s, size_t call_index, unsigned arg_index)
{
    const ddc_key_facts *facts = s->facts;
    s->path_calls[s->depth] = call_index;
    s->path_args[s->depth] = arg_index;
    s->depth++;
    const ddc_key_call *call = &facts->calls[call_index];
    const ddc_key_arg *arg = find_arg(call, arg_index);
    const ddc_key_value *value = arg ? &arg->value : &unknown_key;
    if (value->kind != DDC_KEY_PARAMETER) {
        emit(s, value);
        s->depth--;
        return;
    }
    bool stop = s->depth >= MAX_WRAPPER_DEPTH;
    for (size_t j = 0; j + 1 < s->depth && !stop; j++)
        stop = strcmp(facts->calls[s->path_calls[j]].caller, call->caller) == 0; /* recursion */
    size_t first = 0, count = callers_of(s, call->caller, &first);
    /* Callers that are not all known (none, a callback, a cycle): the key may
     * be anything. */
    if (stop || count == 0 || sorted_contains(&facts->address_taken, call->caller))
        emit(s, &unknown_key);
    for (size_t k = 0; k < count && !stop; k++)
        walk_back(s, s->by_callee[first + k], (unsigned)value->number);
    s->depth--;
}

void ddc_key_facts_link(ddc_key_facts *facts, bool whole_program)
{
    if (facts->linked)
        return;
    facts->linked = true;
    sort_strings(&facts->written);
    sort_strings(&facts->address_taken);
    sort_strings(&facts->defined);
    link_state s = {.facts = facts, .whole_program = whole_program};
    s.by_callee = ddc_xmalloc((facts->call_count ? facts->call_count : 1) * sizeof *s.by_callee);
    for (size_t i = 0; i < facts->call_count; i++)
        if (facts->calls[i].callee)
            s.by_callee[s.by_callee_count++] = i;
    qsort_r(s.by_callee, s.by_callee_count, sizeof *s.by_callee, compare_by_callee, facts->calls);
    for (size_t i = 0; i < facts->call_count; i++)
        if (facts->calls[i].ddi)
            walk_back(&s, i, facts->calls[i].key_arg);
    free(s.by_callee);
}

/* ---- questions about uses ---- */

const ddc_key_arg *ddc_key_use_origin(const ddc_key_facts *facts, const ddc_key_use *use)
{
    return find_arg(&facts->calls[use->steps[0]], use->args[0]);
}

const ddc_key_call *ddc_key_use_ddi(const ddc_key_facts *facts, const ddc_key_use *use)
{
    return &facts->calls[use->steps[use->step_count - 1]];
}

bool ddc_key_same_site(const ddc_key_call *a, const ddc_key_call *b)
{
    return strcmp(a->caller, b->caller) == 0 && strcmp(a->where.file, b->where.file) == 0 &&
           a->where.line == b->where.line && a->where.column == b->where.column;
}

/* True when `other` passes its key on at the same call as step `level` of
 * `use`. */
static bool shares_step(const ddc_key_facts *facts, const ddc_key_use *use, size_t level, const ddc_key_use *other)
{
    for (size_t j = 1; other && j < other->step_count; j++)
        if (other->args[j] == use->args[level] &&
            ddc_key_same_site(&facts->calls[other->steps[j]], &facts->calls[use->steps[level]]))
            return true;
    return false;
}

void ddc_key_use_add_notes(const ddc_key_facts *facts, const ddc_key_use *use, const ddc_key_use *shown,
                           ddc_finding *finding)
{
    const ddc_key_global *global = use->through;
    if (global && (!shown || shown->through != global))
        ddc_finding_add_note_at(finding, global->where,
                                global->constant ? "'%s' is a constant set to '%s' here"
                                                 : "'%s' is set to '%s' here and never assigned again",
                                global->name, global->text);
    for (size_t j = 1; j < use->step_count; j++) {
        const ddc_key_call *call = &facts->calls[use->steps[j]];
        const ddc_key_arg *arg = find_arg(call, use->args[j]);
        if (!arg || shares_step(facts, use, j, shown))
            continue;
        if (j + 1 == use->step_count)
            ddc_finding_add_note_at(finding, arg->where,
                                    "'%s' passes its parameter '%s' as the ClientIdentificationAddress of '%s' here",
                                    call->caller_name, arg->value.name, call->callee_name);
        else
            ddc_finding_add_note_at(finding, arg->where, "'%s' passes its parameter '%s' on to '%s' here",
                                    call->caller_name, arg->value.name, call->callee_name);
    }
}

char *ddc_key_use_subject(const ddc_key_facts *facts, const ddc_key_use *use)
{
    const ddc_key_arg *origin = ddc_key_use_origin(facts, use);
    const ddc_key_call *ddi = ddc_key_use_ddi(facts, use);
    if (use->step_count == 1)
        return ddc_format("ClientIdentificationAddress '%s' of '%s'", origin->text, ddi->callee_name);
    return ddc_format("'%s' passed to '%s' is the ClientIdentificationAddress of '%s' and", origin->text,
                      facts->calls[use->steps[0]].callee_name, ddi->callee_name);
}

bool ddc_key_defined(const ddc_key_facts *facts, const ddc_key_value *key)
{
    return key->kind == DDC_KEY_UNIQUE && (key->defined || sorted_contains(&facts->defined, key->root));
}

void ddc_key_call_free(ddc_key_call *call)
{
    for (size_t a = 0; a < call->arg_count; a++) {
        ddc_key_value_free(&call->args[a].value);
        free(call->args[a].text);
        free(call->args[a].where.file);
    }
    free(call->args);
    free(call->project);
    free(call->caller);
    free(call->caller_name);
    free(call->callee);
    free(call->callee_name);
    free(call->where.file);
}

void ddc_key_global_free(ddc_key_global *global)
{
    free(global->id);
    free(global->name);
    ddc_key_value_free(&global->value);
    free(global->text);
    free(global->where.file);
}

void ddc_key_facts_free(ddc_program_facts *program)
{
    ddc_key_facts_delete(program->keys);
    program->keys = NULL;
}

void ddc_key_facts_delete(ddc_key_facts *facts)
{
    if (!facts)
        return;
    for (size_t i = 0; i < facts->call_count; i++)
        ddc_key_call_free(&facts->calls[i]);
    free(facts->calls);
    for (size_t i = 0; i < facts->global_count; i++)
        ddc_key_global_free(&facts->globals[i]);
    free(facts->globals);
    for (size_t i = 0; i < facts->use_count; i++) {
        free(facts->uses[i].steps);
        free(facts->uses[i].args);
    }
    free(facts->uses);
    ddc_strings_free(&facts->written);
    ddc_strings_free(&facts->address_taken);
    ddc_strings_free(&facts->defined);
    for (size_t i = 0; i < facts->header_function_count; i++)
        free(facts->header_functions[i].id);
    free(facts->header_functions);
    ddc_strings_free(&facts->incomplete);
    free(facts);
}
