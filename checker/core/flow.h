/* Path-sensitive walk over a function body's AST.
 *
 * libclang has no control-flow graph, so the walk follows the structure of
 * the statements: it evaluates expressions in order (&&, || and ?: short
 * circuit), splits the state at branches and joins it afterwards, carries
 * states to their labels on goto, break and continue, and runs each loop body
 * twice (once silently, once from the joined head state).  An analysis is a
 * fixed-size state blob plus callbacks; copying the state is memcpy, so a
 * state must not own heap memory. */
#ifndef DDC_FLOW_H
#define DDC_FLOW_H

#include <stdbool.h>
#include <stddef.h>
#include <clang-c/Index.h>

typedef struct flow_walk flow_walk;

/* The callbacks of one analysis.  All are optional except `join`. */
typedef struct flow_analysis {
    size_t state_size;
    /* into := join(into, other); both are live states. */
    void (*join)(void *into, const void *other, flow_walk *walk);
    /* After the children of an expression were walked. */
    void (*on_expression)(void *state, CXCursor expression, flow_walk *walk);
    /* After a variable declaration's initializer was walked. */
    void (*on_variable)(void *state, CXCursor variable, flow_walk *walk);
    /* Before a branch tests `tested` (truth value or comparison with NULL). */
    void (*before_test)(void *state, CXCursor tested, flow_walk *walk);
    /* A branch on `tested`: `when_nonzero` continues where the value is
     * non-zero (non-NULL), `when_zero` where it is zero. */
    void (*on_test)(void *when_nonzero, void *when_zero, CXCursor tested, flow_walk *walk);
} flow_analysis;

/* Walks the body of `function` (a function definition cursor) starting from
 * `initial_state`.  `user` is handed back through flow_user(). */
void flow_walk_function(CXTranslationUnit unit, CXCursor function, const flow_analysis *analysis,
                        const void *initial_state, void *user);

/* The `user` pointer given to flow_walk_function. */
void *flow_user(const flow_walk *walk);

/* False during the silent first pass over a loop body: analyses must not
 * report then (the same code is walked again). */
bool flow_reporting(const flow_walk *walk);

#endif
