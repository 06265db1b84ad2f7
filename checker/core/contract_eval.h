/* Evaluating a DDI contract at one call: the conditions of max_irql_when
 * that depend on a constant argument (rules/contracts/README.md).
 *
 * ExAllocatePoolWithTag(PagedPool, ...) may be called at APC_LEVEL at most,
 * ExAllocatePoolWithTag(NonPagedPoolNx, ...) at DISPATCH_LEVEL;
 * WdfWaitLockAcquire(Lock, NULL) only at PASSIVE_LEVEL.  An argument that is
 * not a constant decides nothing: the checker stays silent about what it
 * cannot know. */
#ifndef DDC_CONTRACT_EVAL_H
#define DDC_CONTRACT_EVAL_H

#include <clang-c/Index.h>

#include "contracts.h"

/* The highest IRQL `contract` allows its caller at `call` (a CallExpr cursor
 * of the DDI): the lowest of the plain max_irql and of the max_irql_when
 * conditions whose argument is a constant that passes the test.
 * DDC_IRQL_UNKNOWN when nothing applies (no plain maximum, and no condition
 * decided by a constant argument).  *applied is the condition that gave the
 * result, or NULL when the plain max_irql did (or nothing applies). */
int ddc_call_max_irql_explained(const ddc_ddi_contract *contract, CXCursor call,
                                const ddc_irql_condition **applied);

/* A phrase for a note about a condition that applied at `call`, naming the
 * parameter as the DDI's declaration does: "'PoolType' has bits 0x1 set",
 * "'Timeout' is NULL", "'Wait' is nonzero".  Newly allocated. */
char *ddc_irql_condition_text(const ddc_irql_condition *condition, CXCursor call);

#endif
