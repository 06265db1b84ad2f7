/* Branches on an NTSTATUS: which way the call that returned it succeeded. */
#ifndef DDC_STATUS_TESTS_H
#define DDC_STATUS_TESTS_H

#include <stdbool.h>
#include <clang-c/Index.h>

/* Reads the branch condition `tested` as a test of a status: the status as a
 * truth value (zero is STATUS_SUCCESS), `NT_SUCCESS(status)` (which expands
 * to `status >= 0`), `status == STATUS_SUCCESS`, `status < 0`, any
 * comparison with a constant.  Stores the status expression (casts
 * stripped; for `(s = Call()) >= 0` the assigned `s`) and whether each
 * branch implies success (NT_SUCCESS holds for every status it admits).
 * A truth value is read as a status whatever its type: callers decide
 * whether the expression holds one.  False for a comparison of two values
 * that are not constants, or a comparison of anything but a value. */
bool ddc_read_status_test(CXCursor tested, CXCursor *status, bool *succeeds_when_nonzero, bool *succeeds_when_zero);

#endif
