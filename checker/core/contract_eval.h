/* Evaluating a DDI contract at one call: the conditions of max_irql_when
 * and not_null_when that depend on a constant argument
 * (rules/contracts/README.md).
 *
 * ExAllocatePoolWithTag(PagedPool, ...) may be called at APC_LEVEL at most,
 * ExAllocatePoolWithTag(NonPagedPoolNx, ...) at DISPATCH_LEVEL;
 * WdfWaitLockAcquire(Lock, NULL) only at PASSIVE_LEVEL.
 * ExAllocatePoolWithTag(NonPagedPoolNx, ...) may return NULL,
 * ExAllocatePoolWithTag(NonPagedPoolMustSucceed, ...) does not (it bug-checks
 * instead).  An argument that is not a constant decides no condition: the
 * plain facts stay as they are (the plain max_irql, or no maximum and the
 * checker stays silent; maybe_null: the call may return NULL). */
#ifndef DDC_CONTRACT_EVAL_H
#define DDC_CONTRACT_EVAL_H

#include <clang-c/Index.h>
#include <stdbool.h>

#include "contracts.h"

/* The highest IRQL `contract` allows its caller at `call` (a CallExpr cursor
 * of the DDI): the lowest of the plain max_irql and of the max_irql_when
 * conditions whose argument is a constant that passes the test.
 * DDC_IRQL_UNKNOWN when nothing applies (no plain maximum, and no condition
 * decided by a constant argument).  *applied is the condition that gave the
 * result, or NULL when the plain max_irql did (or nothing applies). */
int ddc_call_max_irql_explained(const ddc_ddi_contract *contract, CXCursor call,
                                const ddc_irql_condition **applied);

/* Whether the call `call` (a CallExpr cursor of the DDI) may return NULL by
 * `contract`: true when the contract says maybe_null and no not_null_when
 * condition is decided true by a constant argument of the call.  An argument
 * that is not a constant (a variable, a call) decides nothing, so the DDI may
 * still return NULL: ExAllocatePoolWithTag(PoolType, ...) with a variable
 * PoolType may return NULL.  False when the contract does not say maybe_null. */
bool ddc_call_may_return_null(const ddc_ddi_contract *contract, CXCursor call);

/* For a call that initialises a lookaside list (a contract with
 * list_raises_when): true when its flags argument is a constant that fails
 * the raise test, so allocations from the list may return NULL; false when
 * the list raises instead, or the flags are not a constant (nothing can be
 * told, and the checker stays silent). */
bool ddc_call_initializes_list_that_may_run_dry(const ddc_ddi_contract *contract, CXCursor call);

/* A phrase for a note about a condition that applied at `call`, naming the
 * parameter as the DDI's declaration does: "'PoolType' has bits 0x1 set",
 * "'Timeout' is NULL", "'Wait' is nonzero".  Newly allocated. */
char *ddc_irql_condition_text(const ddc_irql_condition *condition, CXCursor call);

#endif
