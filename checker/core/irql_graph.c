/* Joining the IRQL facts of every translation unit and propagating them
 * along the calls. */
#include "irql_graph.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "irql.h"
#include "sweep_queue.h"
#include "util.h"

enum { FROM_NONE = -99, FROM_ENTRY = -1, MAX_CHAIN = 64 };

static char *copy_or_null(const char *text) { return text ? ddc_strdup(text) : NULL; }

static ddc_location copy_location(ddc_location where)
{
    where.file = ddc_strdup(where.file ? where.file : "");
    return where;
}

static ddc_irql_reason copy_reason(ddc_irql_reason reason)
{
    return (ddc_irql_reason){.where = copy_location(reason.where), .text = copy_or_null(reason.text)};
}

static void free_reason(ddc_irql_reason *reason)
{
    free(reason->where.file);
    free(reason->text);
}

static void *grow(void *items, size_t *capacity, size_t count, size_t size)
{
    if (count < *capacity)
        return items;
    *capacity = *capacity ? *capacity * 2 : 64;
    return ddc_xrealloc(items, *capacity * size);
}

void ddc_irql_graph_add_function(ddc_irql_graph *graph, const ddc_irql_function *function)
{
    graph->functions = grow(graph->functions, &graph->function_capacity, graph->function_count,
                            sizeof *graph->functions);
    ddc_irql_function *copy = &graph->functions[graph->function_count++];
    *copy = *function;
    copy->usr = ddc_strdup(function->usr);
    copy->name = ddc_strdup(function->name);
    copy->entry_reason = copy_reason(function->entry_reason);
    copy->limit_reason = copy_reason(function->limit_reason);
}

void ddc_irql_graph_add_seed(ddc_irql_graph *graph, const ddc_irql_seed *seed)
{
    graph->seeds = grow(graph->seeds, &graph->seed_capacity, graph->seed_count, sizeof *graph->seeds);
    ddc_irql_seed *copy = &graph->seeds[graph->seed_count++];
    *copy = *seed;
    copy->usr = ddc_strdup(seed->usr);
    copy->reason = copy_reason(seed->reason);
}

void ddc_irql_graph_add_call(ddc_irql_graph *graph, const ddc_irql_call *call)
{
    graph->calls = grow(graph->calls, &graph->call_capacity, graph->call_count, sizeof *graph->calls);
    ddc_irql_call *copy = &graph->calls[graph->call_count++];
    *copy = *call;
    copy->caller_usr = ddc_strdup(call->caller_usr);
    copy->caller_name = ddc_strdup(call->caller_name);
    copy->callee_usr = copy_or_null(call->callee_usr);
    copy->callee_name = ddc_strdup(call->callee_name);
    copy->where = copy_location(call->where);
    copy->raise_reason = copy_reason(call->raise_reason);
    copy->callee_max_reason = copy_reason(call->callee_max_reason);
}

void ddc_irql_graph_add_passive_project(ddc_irql_graph *graph, const char *project)
{
    if (!ddc_strings_contains(&graph->passive_projects, project))
        ddc_strings_add(&graph->passive_projects, project);
}

/* Does the function with key `usr` belong to a project whose KMDF callbacks
 * run at PASSIVE_LEVEL? */
static bool in_passive_project(const ddc_irql_graph *graph, const char *usr)
{
    const char *bar = strchr(usr, '|');
    size_t length = bar ? (size_t)(bar - usr) : 0;
    for (size_t i = 0; i < graph->passive_projects.count; i++)
        if (strlen(graph->passive_projects.items[i]) == length &&
            strncmp(graph->passive_projects.items[i], usr, length) == 0)
            return true;
    return false;
}

static int compare_functions(const void *a, const void *b)
{
    return strcmp(((const ddc_irql_function *)a)->usr, ((const ddc_irql_function *)b)->usr);
}

static size_t find_function(const ddc_irql_graph *graph, const char *usr)
{
    if (!usr)
        return SIZE_MAX;
    ddc_irql_function key = {.usr = (char *)usr};
    const ddc_irql_function *found =
        bsearch(&key, graph->functions, graph->function_count, sizeof key, compare_functions);
    return found ? (size_t)(found - graph->functions) : SIZE_MAX;
}

/* Keeps the stronger statement of `from` in `into`, and its reason. */
static void merge_function(ddc_irql_function *into, ddc_irql_function *from)
{
    bool entry_stronger = from->entry_min > into->entry_min ||
                          (from->entry_min == into->entry_min && from->entry_may > into->entry_may);
    if (entry_stronger && from->entry_reason.text) {
        into->entry_min = from->entry_min;
        into->entry_may = from->entry_may;
        into->entry_may_is_kmdf = from->entry_may_is_kmdf;
        into->entry_may_is_own = from->entry_may_is_own;
        ddc_irql_reason swap = into->entry_reason;
        into->entry_reason = from->entry_reason;
        from->entry_reason = swap;
    }
    if (from->limit != DDC_IRQL_UNKNOWN && (into->limit == DDC_IRQL_UNKNOWN || from->limit < into->limit)) {
        into->limit = from->limit;
        ddc_irql_reason swap = into->limit_reason;
        into->limit_reason = from->limit_reason;
        from->limit_reason = swap;
    }
}

/* Sorts the functions by USR and merges what several units said about one. */
static void merge_functions(ddc_irql_graph *graph)
{
    if (graph->function_count) /* qsort must not be given NULL */
        qsort(graph->functions, graph->function_count, sizeof *graph->functions, compare_functions);
    size_t kept = 0;
    for (size_t i = 0; i < graph->function_count; i++) {
        ddc_irql_function *f = &graph->functions[i];
        if (kept > 0 && strcmp(graph->functions[kept - 1].usr, f->usr) == 0) {
            merge_function(&graph->functions[kept - 1], f);
            free(f->usr);
            free(f->name);
            free_reason(&f->entry_reason);
            free_reason(&f->limit_reason);
            continue;
        }
        graph->functions[kept++] = *f;
    }
    graph->function_count = kept;
}

static int max_level(int a, int b) { return a > b ? a : b; }

/* The IRQL at a call; `own` also counts the caller's own "may" annotation,
 * which holds at its calls but is not handed on to its callees. */
static int call_level(const ddc_irql_graph *graph, const ddc_irql_call *call, bool may, bool own)
{
    size_t index = (size_t)(call - graph->calls);
    int level = DDC_IRQL_UNKNOWN;
    size_t caller = graph->caller_of[index];
    if (caller != SIZE_MAX) {
        const ddc_irql_solution *s = &graph->solutions[caller];
        const ddc_irql_function *f = &graph->functions[caller];
        level = may ? max_level(s->level, s->may) : s->level;
        if (may && own && f->entry_may_is_own)
            level = max_level(level, f->entry_may);
    }
    level = max_level(level, call->raised);
    if (call->tested_max != DDC_IRQL_UNKNOWN && level > call->tested_max)
        level = call->tested_max;
    return level;
}

int ddc_irql_graph_call_level(const ddc_irql_graph *graph, const ddc_irql_call *call, bool may)
{
    return call_level(graph, call, may, true);
}

/* A callee is entered at the caller's IRQL unless that breaks its own limit:
 * then the call is the finding, and the callee keeps its contract. */
static bool propagate(ddc_irql_graph *graph, size_t index)
{
    size_t callee = graph->callee_of[index];
    if (callee == SIZE_MAX)
        return false;
    const ddc_irql_call *call = &graph->calls[index];
    int limit = graph->functions[callee].limit;
    ddc_irql_solution *s = &graph->solutions[callee];
    bool changed = false;
    int level = call_level(graph, call, false, false);
    if (level != DDC_IRQL_UNKNOWN && (limit == DDC_IRQL_UNKNOWN || level <= limit) && level > s->level) {
        s->level = level;
        s->level_from = (long)index;
        changed = true;
    }
    int may = call_level(graph, call, true, false);
    if (may != DDC_IRQL_UNKNOWN && (limit == DDC_IRQL_UNKNOWN || may <= limit) && may > s->may &&
        may > s->level) {
        s->may = may;
        s->may_from = (long)index;
        changed = true;
    }
    return changed;
}

static void seed_solutions(ddc_irql_graph *graph)
{
    for (size_t i = 0; i < graph->function_count; i++) {
        const ddc_irql_function *f = &graph->functions[i];
        ddc_irql_solution *s = &graph->solutions[i];
        bool passive = (f->entry_may_is_kmdf && in_passive_project(graph, f->usr)) || f->entry_may_is_own;
        *s = (ddc_irql_solution){.level = f->entry_min, .may = passive ? DDC_IRQL_UNKNOWN : f->entry_may,
                                 .level_from = FROM_ENTRY, .may_from = FROM_ENTRY};
        if (f->entry_min == DDC_IRQL_UNKNOWN)
            s->level_from = FROM_NONE;
        if (s->may == DDC_IRQL_UNKNOWN)
            s->may_from = FROM_NONE;
    }
    for (size_t i = 0; i < graph->seed_count; i++) {
        const ddc_irql_seed *seed = &graph->seeds[i];
        size_t index = find_function(graph, seed->usr);
        if (index == SIZE_MAX || (seed->may_is_kmdf && in_passive_project(graph, seed->usr)))
            continue;
        ddc_irql_solution *s = &graph->solutions[index];
        if (!seed->may && seed->level > s->level) {
            s->level = seed->level;
            s->level_from = -2 - (long)i;
        } else if (seed->may && seed->level > s->may) {
            s->may = seed->level;
            s->may_from = -2 - (long)i;
        }
    }
}

void ddc_irql_graph_solve(ddc_irql_graph *graph)
{
    merge_functions(graph);
    graph->solutions = ddc_xcalloc(graph->function_count + 1, sizeof *graph->solutions);
    graph->caller_of = ddc_xcalloc(graph->call_count + 1, sizeof *graph->caller_of);
    graph->callee_of = ddc_xcalloc(graph->call_count + 1, sizeof *graph->callee_of);
    for (size_t i = 0; i < graph->call_count; i++) {
        graph->caller_of[i] = find_function(graph, graph->calls[i].caller_usr);
        graph->callee_of[i] = find_function(graph, graph->calls[i].callee_usr);
    }
    seed_solutions(graph);
    /* Levels only grow and are bounded by HIGH_LEVEL: this ends, cycles
     * included.  Sweeps over the calls, each call evaluated again only
     * when its caller's level grew (sweep_queue.h: a chain of 20,000
     * functions against the call order costs 20,000 steps, not 20,000
     * sweeps). */
    size_t *first = ddc_xcalloc(graph->function_count + 2, sizeof *first); /* calls of function f: */
    size_t *by_caller = ddc_xcalloc(graph->call_count + 1, sizeof *by_caller); /* first[f]..first[f + 1] */
    for (size_t i = 0; i < graph->call_count; i++)
        if (graph->caller_of[i] != SIZE_MAX)
            first[graph->caller_of[i] + 2]++;
    for (size_t f = 0; f < graph->function_count; f++)
        first[f + 2] += first[f + 1];
    for (size_t i = 0; i < graph->call_count; i++)
        if (graph->caller_of[i] != SIZE_MAX)
            by_caller[first[graph->caller_of[i] + 1]++] = i;
    ddc_sweep_queue pending;
    ddc_sweep_queue_init(&pending, graph->call_count);
    for (size_t i = 0; i < graph->call_count; i++)
        ddc_sweep_queue_mark(&pending, i);
    size_t call;
    while (ddc_sweep_queue_take(&pending, &call)) {
        if (!propagate(graph, call))
            continue;
        size_t callee = graph->callee_of[call];
        for (size_t k = first[callee]; k < first[callee + 1]; k++)
            ddc_sweep_queue_mark(&pending, by_caller[k]);
    }
    ddc_sweep_queue_free(&pending);
    free(by_caller);
    free(first);
    graph->solved = true;
}

const ddc_irql_function *ddc_irql_graph_function(const ddc_irql_graph *graph, const char *usr,
                                                 const ddc_irql_solution **solution)
{
    size_t index = find_function(graph, usr);
    if (index == SIZE_MAX)
        return NULL;
    if (solution)
        *solution = &graph->solutions[index];
    return &graph->functions[index];
}

static void explain_call(const ddc_irql_graph *graph, size_t index, bool may, int level, ddc_finding *finding,
                         unsigned depth);

/* Why `function` runs at `level`: its own declaration, a registration, or
 * the call that entered it at that level (explained first, origin first). */
static void explain_function(const ddc_irql_graph *graph, size_t function, bool may, int level,
                             ddc_finding *finding, unsigned depth)
{
    const ddc_irql_solution *s = &graph->solutions[function];
    long from = s->level >= level ? s->level_from : s->may >= level ? s->may_from : FROM_ENTRY;
    bool from_may = s->level < level;
    if (from == FROM_ENTRY) {
        const ddc_irql_reason *r = &graph->functions[function].entry_reason;
        if (r->text)
            ddc_finding_add_note_at(finding, r->where, "%s", r->text);
    } else if (from <= -2 && from != FROM_NONE) {
        const ddc_irql_reason *r = &graph->seeds[-2 - from].reason;
        ddc_finding_add_note_at(finding, r->where, "%s", r->text);
    } else if (from >= 0 && depth < MAX_CHAIN) {
        const ddc_irql_call *call = &graph->calls[from];
        explain_call(graph, (size_t)from, from_may && may, level, finding, depth + 1);
        if (from_may)
            ddc_finding_add_note_at(finding, call->where, "'%s' calls '%s' here, where the IRQL may be %s",
                                    call->caller_name, call->callee_name, ddc_irql_name(level));
        else
            ddc_finding_add_note_at(finding, call->where, "'%s' calls '%s' here, at %s", call->caller_name,
                                    call->callee_name, ddc_irql_name(level));
    }
}

/* Why the IRQL at a call is `level`: a raise held on every path to it, or
 * the level its caller runs at. */
static void explain_call(const ddc_irql_graph *graph, size_t index, bool may, int level, ddc_finding *finding,
                         unsigned depth)
{
    const ddc_irql_call *call = &graph->calls[index];
    size_t caller = graph->caller_of[index];
    bool caller_declares_it = false; /* the caller's own declaration sets the level: say that */
    if (caller != SIZE_MAX) {
        const ddc_irql_solution *s = &graph->solutions[caller];
        const ddc_irql_function *f = &graph->functions[caller];
        caller_declares_it = (s->level >= level && s->level_from == FROM_ENTRY) ||
                             (may && s->level < level && s->may >= level && s->may_from == FROM_ENTRY) ||
                             (may && s->level < level && f->entry_may_is_own && f->entry_may >= level);
    }
    if (call->raised >= level && !caller_declares_it) {
        ddc_finding_add_note_at(finding, call->raise_reason.where, "%s", call->raise_reason.text);
        return;
    }
    if (caller != SIZE_MAX)
        explain_function(graph, caller, may, level, finding, depth);
}

void ddc_irql_graph_explain(const ddc_irql_graph *graph, const ddc_irql_call *call, bool may, int level,
                            ddc_finding *finding)
{
    explain_call(graph, (size_t)(call - graph->calls), may, level, finding, 0);
}

void ddc_irql_graph_free(ddc_irql_graph *graph)
{
    for (size_t i = 0; i < graph->function_count; i++) {
        free(graph->functions[i].usr);
        free(graph->functions[i].name);
        free_reason(&graph->functions[i].entry_reason);
        free_reason(&graph->functions[i].limit_reason);
    }
    for (size_t i = 0; i < graph->seed_count; i++) {
        free(graph->seeds[i].usr);
        free_reason(&graph->seeds[i].reason);
    }
    for (size_t i = 0; i < graph->call_count; i++) {
        ddc_irql_call *c = &graph->calls[i];
        free(c->caller_usr);
        free(c->caller_name);
        free(c->callee_usr);
        free(c->callee_name);
        free(c->where.file);
        free_reason(&c->raise_reason);
        free_reason(&c->callee_max_reason);
    }
    ddc_strings_free(&graph->passive_projects);
    free(graph->functions);
    free(graph->seeds);
    free(graph->calls);
    free(graph->solutions);
    free(graph->caller_of);
    free(graph->callee_of);
    memset(graph, 0, sizeof *graph);
}
