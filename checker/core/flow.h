/* Dataflow over a function's control-flow graph (cfg.h).
 *
 * An analysis is a fixed-size state blob plus callbacks.  The solver runs
 * the callbacks over the graph's blocks, joining the states where paths
 * meet, until nothing changes (loops and goto converge instead of being
 * unrolled, so the cost stays near-linear in the function's size); then it
 * walks every reachable block once more with the final states, with
 * reporting on: an analysis reports only then (flow_reporting).  Copying a
 * state is memcpy, and states are compared with memcmp, so a state must not
 * own heap memory, and its unused bytes should stay zero. */
#ifndef DDC_FLOW_H
#define DDC_FLOW_H

#include <stdbool.h>
#include <stddef.h>
#include <clang-c/Index.h>

#include "cfg.h"

typedef struct flow_walk flow_walk;

/* The callbacks of one analysis.  All are optional except `join`. */
typedef struct flow_analysis {
    size_t state_size;
    /* into := join(into, other); both are live states.  Must be monotone
     * (the result is at or above both in the analysis' order), or loops may
     * stop converging (the solver then stops after a bounded number of
     * visits per block). */
    void (*join)(void *into, const void *other, flow_walk *walk);
    /* After the operands of an expression were evaluated. */
    void (*on_expression)(void *state, CXCursor expression, flow_walk *walk);
    /* After a variable declaration's initializer was evaluated. */
    void (*on_variable)(void *state, CXCursor variable, flow_walk *walk);
    /* Before a branch tests `tested` (truth value or comparison with NULL). */
    void (*before_test)(void *state, CXCursor tested, flow_walk *walk);
    /* A branch on `tested`: `when_nonzero` continues where the value is
     * non-zero (non-NULL), `when_zero` where it is zero. */
    void (*on_test)(void *when_nonzero, void *when_zero, CXCursor tested, flow_walk *walk);
    /* A return statement, after its value was evaluated. */
    void (*on_return)(void *state, CXCursor return_statement, flow_walk *walk);
    /* The state where the function ends (every return and the end of the
     * body joined); called once, in the reporting walk, when the end is
     * reachable. */
    void (*on_exit)(void *state, flow_walk *walk);
} flow_analysis;

/* Runs `analysis` over the graph of a function body (from
 * ddc_cfg_cache_get) starting from `initial_state`.  `user` is handed back
 * through flow_user(). */
void flow_walk_function(const ddc_cfg *cfg, const flow_analysis *analysis, const void *initial_state, void *user);

/* The `user` pointer given to flow_walk_function. */
void *flow_user(const flow_walk *walk);

/* True only in the final walk over the converged states: analyses must not
 * report before (the same code is visited again). */
bool flow_reporting(const flow_walk *walk);

#endif
