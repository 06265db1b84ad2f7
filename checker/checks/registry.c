/* The registry built from checks.def, and helpers every check shares. */
#include "check.h"

#include <stdlib.h>

#include "../core/ast.h"
#include "../core/util.h"

#define DDC_CHECK(name) &name##_check,
const ddc_check *const ddc_checks[] = {
#include "checks.def"
};
#undef DDC_CHECK

const size_t ddc_check_count = sizeof ddc_checks / sizeof ddc_checks[0];

const ddc_ddi_contract *ddc_call_contract(const ddc_unit_context *context, CXCursor call)
{
    char *callee = ddc_callee_name(call);
    const ddc_ddi_contract *contract = callee ? ddc_contracts_find_ddi(context->contracts, callee) : NULL;
    free(callee);
    if (contract)
        return contract;
    char *written = ddc_written_name(context->unit, call);
    contract = written ? ddc_contracts_find_ddi(context->contracts, written) : NULL;
    free(written);
    if (contract)
        return contract;
    /* The driver's own function, annotated like a DDI (_IRQL_raises_...). */
    CXCursor declaration = clang_getCursorReferenced(call);
    if (clang_getCursorKind(declaration) != CXCursor_FunctionDecl)
        return NULL;
    const ddc_function_fact *fact = ddc_function_facts_find(context->functions, declaration);
    return fact ? fact->contract : NULL;
}

char *ddc_call_display_name(const ddc_unit_context *context, CXCursor call)
{
    char *written = ddc_written_name(context->unit, call);
    char *callee = ddc_callee_name(call);
    if (written && (!callee || ddc_contracts_find_ddi(context->contracts, written))) {
        free(callee);
        return written;
    }
    free(written);
    return callee ? callee : ddc_strdup("function pointer");
}

char *ddc_program_key_of_usr(const ddc_unit_context *context, const char *usr)
{
    return ddc_format("%s|%s", context->project ? context->project : "", usr);
}

char *ddc_program_key(const ddc_unit_context *context, CXCursor declaration)
{
    CXString usr = clang_getCursorUSR(declaration);
    const char *text = clang_getCString(usr);
    char *key = text && *text ? ddc_program_key_of_usr(context, text) : NULL;
    clang_disposeString(usr);
    return key;
}
