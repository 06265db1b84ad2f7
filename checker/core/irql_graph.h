/* The whole-program IRQL graph: what each translation unit says about the
 * IRQL its functions run at and the calls they make, joined in the link step.
 *
 * Per translation unit the irql-too-high check adds plain data (no libclang
 * objects): functions with the IRQL their own declarations force or allow,
 * callbacks registered with a role type, and every call with the raises held
 * on all paths to it.  ddc_irql_graph_solve() then propagates the IRQL along
 * the calls, across translation units, until nothing changes (the levels only
 * grow and are bounded, so recursion and cycles end), remembering for each
 * function which seed or call forced its level: that chain becomes a
 * finding's ordered notes. */
#ifndef DDC_IRQL_GRAPH_H
#define DDC_IRQL_GRAPH_H

#include <stdbool.h>
#include <stddef.h>

#include <json-c/json_types.h>

#include "findings.h"
#include "util.h"

/* Where a level comes from and how to explain it: an annotation, a role type,
 * a registration, a raise.  `text` is a complete note message. */
typedef struct ddc_irql_reason {
    ddc_location where;
    char *text;
} ddc_irql_reason;

/* A function seen in some translation unit: what its declarations say. */
typedef struct ddc_irql_function {
    char *usr;
    char *name;
    int entry_min;            /* it always runs at or above this (role type, annotation), or DDC_IRQL_UNKNOWN */
    int entry_may;            /* it may run at up to this, or DDC_IRQL_UNKNOWN */
    bool entry_may_is_kmdf;   /* entry_may is a KMDF callback's: WdfExecutionLevelPassive removes it */
    bool entry_may_is_own;    /* entry_may is an _IRQL_requires_max_ annotation: it holds for the
                                 function's own calls, not for the functions it calls, since a
                                 dispatcher annotated that way rarely sends every path that high */
    ddc_irql_reason entry_reason;
    int limit;                /* callers must be at or below this (annotation, pageable), or DDC_IRQL_UNKNOWN */
    ddc_irql_reason limit_reason;
} ddc_irql_function;

/* A callback registration: `usr` is passed or stored where a role type is
 * expected, so the system calls it at `level` (exactly, or at most when `may`). */
typedef struct ddc_irql_seed {
    char *usr;
    int level;
    bool may;
    bool may_is_kmdf;         /* a KMDF callback's "may": WdfExecutionLevelPassive removes it */
    ddc_irql_reason reason;
} ddc_irql_seed;

/* One call made by a function, with what the path to it says. */
typedef struct ddc_irql_call {
    char *caller_usr;
    char *caller_name;
    char *callee_usr;         /* NULL when the callee has no declaration with a USR */
    char *callee_name;        /* as written (a macro's name), for messages */
    ddc_location where;
    int raised;               /* the IRQL the raises held on every path put it at, or DDC_IRQL_UNKNOWN */
    ddc_irql_reason raise_reason;
    int tested_max;           /* a KeGetCurrentIrql() test bounds the IRQL here, or DDC_IRQL_UNKNOWN */
    int callee_max;           /* the DDI contract's maximum for this call, or DDC_IRQL_UNKNOWN */
    ddc_irql_reason callee_max_reason; /* a _When_ condition that lowered it, or {0} */
} ddc_irql_call;

/* What the solver found for a function: levels and what forced them. */
typedef struct ddc_irql_solution {
    int level;                /* the IRQL it is known to run at on some path, or DDC_IRQL_UNKNOWN */
    int may;                  /* the IRQL it may run at, or DDC_IRQL_UNKNOWN */
    long level_from, may_from; /* index of the call that forced it; -1 own entry; -2-i seed i; -99 none */
} ddc_irql_solution;

/* All of it.  Owned by the program facts; free with ddc_irql_graph_free. */
typedef struct ddc_irql_graph {
    ddc_irql_function *functions;
    size_t function_count, function_capacity;
    ddc_irql_seed *seeds;
    size_t seed_count, seed_capacity;
    ddc_irql_call *calls;
    size_t call_count, call_capacity;
    /* Projects (the part of a key before '|') that set a KMDF object's
     * ExecutionLevel to WdfExecutionLevelPassive: their KMDF callbacks are
     * taken to run at PASSIVE_LEVEL. */
    ddc_strings passive_projects;
    /* Filled by ddc_irql_graph_solve: functions sorted by USR, one solution each. */
    ddc_irql_solution *solutions;
    size_t *caller_of, *callee_of; /* per call: index of its caller / callee function, or SIZE_MAX */
    bool solved;
} ddc_irql_graph;

/* Adds what one declaration says about a function.  Facts about the same USR
 * from several translation units are merged when solving: the highest
 * minimum, the highest "may" and the lowest limit win.  The graph copies
 * every string; `function` stays the caller's. */
void ddc_irql_graph_add_function(ddc_irql_graph *graph, const ddc_irql_function *function);

/* Adds a callback registration (copied). */
void ddc_irql_graph_add_seed(ddc_irql_graph *graph, const ddc_irql_seed *seed);

/* Adds a call (copied). */
void ddc_irql_graph_add_call(ddc_irql_graph *graph, const ddc_irql_call *call);

/* Notes that `project` sets ExecutionLevel = WdfExecutionLevelPassive. */
void ddc_irql_graph_add_passive_project(ddc_irql_graph *graph, const char *project);

/* Propagates levels along the calls until nothing changes.  Call once, after
 * every unit was added. */
void ddc_irql_graph_solve(ddc_irql_graph *graph);

/* The merged facts and solution of the function with `usr`; NULL when no
 * unit declared it.  Valid after ddc_irql_graph_solve. */
const ddc_irql_function *ddc_irql_graph_function(const ddc_irql_graph *graph, const char *usr,
                                                 const ddc_irql_solution **solution);

/* The IRQL at `call` (definite, or "may" when `may`), after solving: its
 * caller's level joined with the raises before it, bounded by an IRQL test. */
int ddc_irql_graph_call_level(const ddc_irql_graph *graph, const ddc_irql_call *call, bool may);

/* Appends to `finding`, origin first, the notes that explain why the IRQL
 * at `call` is `level` (`may`: may be): the role type, annotation or
 * registration that sets it, each call on the way, and the raise in effect. */
void ddc_irql_graph_explain(const ddc_irql_graph *graph, const ddc_irql_call *call, bool may, int level,
                            ddc_finding *finding);

void ddc_irql_graph_free(ddc_irql_graph *graph);

/* The facts of `graph` (functions, seeds, calls, passive projects: what the
 * units added, not the solution) as one JSON object, so that a unit's facts
 * can be cached or computed elsewhere (irql_graph_json.c describes the
 * format).  New reference; the caller owns it. */
json_object *ddc_irql_graph_to_json(const ddc_irql_graph *graph);

/* Adds the facts of `json` (from ddc_irql_graph_to_json) to `graph`, exactly
 * as if the unit they came from had been analysed into it, before
 * ddc_irql_graph_solve.  Returns 0, or -1 when `json` is malformed (a member
 * missing or of the wrong type, a number out of range, a string with a NUL
 * byte) or `graph` is already solved; `graph` may then hold part of it, and
 * the caller discards the whole program.  `json` stays the caller's. */
int ddc_irql_graph_add_json(ddc_irql_graph *graph, json_object *json);

#endif
