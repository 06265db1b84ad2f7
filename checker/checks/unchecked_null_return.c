/* unchecked-null-return: a value that may be NULL (the result of a DDI such
 * as IoGetDriverObjectExtension or ExAllocatePool2, of a function annotated
 * _Ret_maybenull_, of a driver function that returns such a value unchecked,
 * or an out parameter valid only on success) is used before it is checked.
 *
 * Each function is analysed by the null-state dataflow (core/null_flow.h);
 * the uses that depend on other functions (a wrapper's result, a helper that
 * dereferences its parameter) are decided at link time, when every unit's
 * summaries are known. */
#include <stdlib.h>

#include "../core/null_flow.h"
#include "../core/util.h"
#include "check.h"

static const char check_id[] = "unchecked-null-return";

static void check_function(const ddc_unit_context *context, CXCursor function)
{
    ddc_program_facts *program = context->program;
    if (!program->nulls)
        program->nulls = ddc_xcalloc(1, sizeof *program->nulls);
    ddc_null_flow_function(context, function, program->nulls);
}

static void report(const ddc_link_context *context)
{
    if (context->program->nulls)
        ddc_null_facts_report(context->program->nulls, check_id, context->findings);
}

static void free_facts(ddc_program_facts *program)
{
    if (!program->nulls)
        return;
    ddc_null_facts_free(program->nulls);
    free(program->nulls);
    program->nulls = NULL;
}

const ddc_check unchecked_null_return_check = {
    .id = check_id,
    .name = "UncheckedNullReturn",
    .code_analysis_warning = 6011,
    .summary = "The result of a DDI that may return NULL, such as IoGetDriverObjectExtension, is used "
               "without a NULL check.",
    .on_function = check_function,
    .on_link = report,
    .free_facts = free_facts,
};
