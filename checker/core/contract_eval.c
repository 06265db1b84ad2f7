/* Evaluating the conditions of a contract (max_irql_when, not_null_when) at a call. */
#include "contract_eval.h"

#include <stdbool.h>
#include <stdlib.h>

#include "ast.h"
#include "irql.h"
#include "util.h"

/* An address that cannot be NULL: &object, a function, an array, "text". */
static bool is_address_constant(CXCursor expression)
{
    CXCursor stripped = ddc_strip_casts(expression);
    switch (clang_getCursorKind(stripped)) {
    case CXCursor_StringLiteral:
        return true;
    case CXCursor_UnaryOperator:
        return clang_getCursorUnaryOperatorKind(stripped) == CXUnaryOperator_AddrOf;
    case CXCursor_DeclRefExpr: {
        CXCursor declaration = clang_getCursorReferenced(stripped);
        enum CXCursorKind kind = clang_getCursorKind(declaration);
        if (kind == CXCursor_FunctionDecl)
            return true;
        return kind == CXCursor_VarDecl &&
               clang_getCanonicalType(clang_getCursorType(declaration)).kind == CXType_ConstantArray;
    }
    default:
        return false;
    }
}

/* Is `argument` a constant that passes `test` (with `operand`)?  An argument
 * that is not a constant passes nothing. */
static bool passes(ddc_arg_test test, unsigned long long operand, CXCursor argument)
{
    long long value = 0;
    bool constant = ddc_integer_value(argument, &value);
    unsigned long long bits = (unsigned long long)value;
    switch (test) {
    case DDC_ARG_NULL:
        return ddc_is_null_constant(argument);
    case DDC_ARG_NONNULL:
        return constant ? value != 0 : is_address_constant(argument);
    case DDC_ARG_ZERO:
        return constant && value == 0;
    case DDC_ARG_NONZERO:
        return constant && value != 0;
    case DDC_ARG_BITS:
        return constant && (bits & operand) != 0;
    case DDC_ARG_NOBITS:
        return constant && (bits & operand) == 0;
    case DDC_ARG_EQ:
        return constant && bits == operand;
    case DDC_ARG_NE:
        return constant && bits != operand;
    }
    return false;
}

/* Does argument `arg` of `call` exist and pass `test`? */
static bool argument_passes(CXCursor call, int arg, ddc_arg_test test, unsigned long long operand)
{
    return arg < clang_Cursor_getNumArguments(call) &&
           passes(test, operand, clang_Cursor_getArgument(call, (unsigned)arg));
}

bool ddc_call_initializes_list_that_may_run_dry(const ddc_ddi_contract *contract, CXCursor call)
{
    const ddc_arg_condition *raises = &contract->list_raises_when;
    long long flags;
    return contract->has_list_raises_when && raises->arg < clang_Cursor_getNumArguments(call) &&
           ddc_integer_value(clang_Cursor_getArgument(call, (unsigned)raises->arg), &flags) &&
           !argument_passes(call, raises->arg, raises->test, raises->operand);
}

int ddc_call_max_irql_explained(const ddc_ddi_contract *contract, CXCursor call,
                                const ddc_irql_condition **applied)
{
    int max = contract->max_irql;
    *applied = NULL;
    for (unsigned i = 0; i < contract->max_irql_when_count; i++) {
        const ddc_irql_condition *condition = &contract->max_irql_when[i];
        if (!argument_passes(call, condition->arg, condition->test, condition->operand))
            continue;
        if (max == DDC_IRQL_UNKNOWN || condition->max_irql < max) {
            max = condition->max_irql;
            *applied = condition;
        }
    }
    return max;
}

bool ddc_call_may_return_null(const ddc_ddi_contract *contract, CXCursor call)
{
    if (!contract->maybe_null)
        return false;
    for (unsigned i = 0; i < contract->not_null_when_count; i++) {
        const ddc_arg_condition *condition = &contract->not_null_when[i];
        if (argument_passes(call, condition->arg, condition->test, condition->operand))
            return false;
    }
    return true;
}

char *ddc_irql_condition_text(const ddc_irql_condition *condition, CXCursor call)
{
    CXCursor callee = clang_getCursorReferenced(call);
    char *name = NULL;
    if (clang_getCursorKind(callee) == CXCursor_FunctionDecl &&
        condition->arg < clang_Cursor_getNumArguments(callee))
        name = ddc_spelling(clang_Cursor_getArgument(callee, (unsigned)condition->arg));
    if (!name || !*name) {
        free(name);
        name = ddc_format("argument %d", condition->arg + 1);
    } else {
        char *quoted = ddc_format("'%s'", name);
        free(name);
        name = quoted;
    }
    char *text = NULL;
    switch (condition->test) {
    case DDC_ARG_NULL:
        text = ddc_format("%s is NULL", name);
        break;
    case DDC_ARG_NONNULL:
        text = ddc_format("%s is not NULL", name);
        break;
    case DDC_ARG_ZERO:
        text = ddc_format("%s is 0", name);
        break;
    case DDC_ARG_NONZERO:
        text = ddc_format("%s is nonzero", name);
        break;
    case DDC_ARG_BITS:
        text = ddc_format("%s has bits 0x%llx set", name, condition->operand);
        break;
    case DDC_ARG_NOBITS:
        text = ddc_format("%s has bits 0x%llx clear", name, condition->operand);
        break;
    case DDC_ARG_EQ:
        text = ddc_format("%s is %llu", name, condition->operand);
        break;
    case DDC_ARG_NE:
        text = ddc_format("%s is not %llu", name, condition->operand);
        break;
    }
    free(name);
    return text ? text : ddc_strdup("");
}
