/* Reading a branch on an NTSTATUS (see status_tests.h). */
#include "status_tests.h"

#include "ast.h"

/* Does every status in the range `status op constant` pass NT_SUCCESS (>= 0)? */
static bool range_succeeds(enum CXBinaryOperatorKind op, long long constant)
{
    switch (op) {
    case CXBinaryOperator_GE:
    case CXBinaryOperator_EQ:
        return constant >= 0;
    case CXBinaryOperator_GT:
        return constant >= -1;
    default:
        return false; /* <, <=, != reach the failures */
    }
}

static enum CXBinaryOperatorKind negated(enum CXBinaryOperatorKind op)
{
    switch (op) {
    case CXBinaryOperator_GE: return CXBinaryOperator_LT;
    case CXBinaryOperator_GT: return CXBinaryOperator_LE;
    case CXBinaryOperator_LE: return CXBinaryOperator_GT;
    case CXBinaryOperator_LT: return CXBinaryOperator_GE;
    case CXBinaryOperator_EQ: return CXBinaryOperator_NE;
    case CXBinaryOperator_NE: return CXBinaryOperator_EQ;
    default: return op;
    }
}

/* `constant op status` as `status op' constant`. */
static enum CXBinaryOperatorKind mirrored(enum CXBinaryOperatorKind op)
{
    switch (op) {
    case CXBinaryOperator_GE: return CXBinaryOperator_LE;
    case CXBinaryOperator_GT: return CXBinaryOperator_LT;
    case CXBinaryOperator_LE: return CXBinaryOperator_GE;
    case CXBinaryOperator_LT: return CXBinaryOperator_GT;
    default: return op;
    }
}

/* The status a comparison operand holds: `(s = Call())` holds `s`. */
static CXCursor status_of(CXCursor operand)
{
    CXCursor stripped = ddc_strip_casts(operand);
    if (clang_getCursorKind(stripped) == CXCursor_BinaryOperator &&
        clang_getCursorBinaryOperatorKind(stripped) == CXBinaryOperator_Assign)
        return ddc_strip_casts(ddc_child(stripped, 0));
    return stripped;
}

bool ddc_read_status_test(CXCursor tested, CXCursor *status, bool *succeeds_when_nonzero, bool *succeeds_when_zero)
{
    CXCursor inner = ddc_strip_casts(tested);
    enum CXBinaryOperatorKind op = clang_getCursorKind(inner) == CXCursor_BinaryOperator
                                       ? clang_getCursorBinaryOperatorKind(inner)
                                       : CXBinaryOperator_Invalid;
    if (op < CXBinaryOperator_LT || op > CXBinaryOperator_NE) {
        *status = status_of(inner);
        *succeeds_when_nonzero = false;
        *succeeds_when_zero = true;
        return clang_isExpression(clang_getCursorKind(inner));
    }
    CXCursor left = ddc_child(inner, 0), right = ddc_child(inner, 1);
    long long constant;
    if (ddc_integer_value(right, &constant)) {
        *status = status_of(left);
    } else if (ddc_integer_value(left, &constant)) {
        *status = status_of(right);
        op = mirrored(op);
    } else {
        return false;
    }
    *succeeds_when_nonzero = range_succeeds(op, constant);
    *succeeds_when_zero = range_succeeds(negated(op), constant);
    return true;
}
