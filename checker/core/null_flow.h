/* The null-state dataflow of one function (unchecked-null-return's engine).
 *
 * Along the function's control-flow graph it follows the places that hold a
 * value that may be NULL: local variables, parameters, globals and struct
 * members (`ext`, `ext->Buffer`, `*Out`), through copies between them.  A
 * value may be NULL when it comes from a DDI whose contract says so (or a
 * function annotated _Ret_maybenull_), from a driver function that may
 * return NULL (decided for the whole program), or from an out parameter that
 * is valid only when the call succeeds (the contract's null_out fact).  Any
 * test of the value (==, !=, !, a truth value, ?:, && and ||) checks it on
 * both branches, a success test of the status checks an out parameter, and
 * re-assignment ends the state.  Unchecked uses (a dereference, or passing
 * it to a function that dereferences it) become ddc_null_use records.
 *
 * The same walk summarises the function for its callers: a maybe-NULL value
 * it returns unchecked (it becomes a may-return-NULL function), and the
 * pointer parameters it dereferences on every path before any check. */
#ifndef DDC_NULL_FLOW_H
#define DDC_NULL_FLOW_H

#include <clang-c/Index.h>

#include "../checks/check.h"
#include "null_summaries.h"

/* Analyses the definition `function` of the unit in `context`, adding its
 * summaries and unchecked uses to `facts`. */
void ddc_null_flow_function(const ddc_unit_context *context, CXCursor function, ddc_null_facts *facts);

#endif
