/* context-parent-object: WdfObjectAllocateContext is called with a
 * WDF_OBJECT_ATTRIBUTES whose ParentObject is set.  The documentation forbids
 * it, and KMDF 1.11 and later fail the call with
 * STATUS_WDF_PARENT_ASSIGNMENT_NOT_ALLOWED.
 *
 * The DDI, its attributes argument and the status come from the contract
 * (forbidden_member=ParentObject@1).  The attributes are followed along
 * every path, through copies and pointers (wdf_attributes.h), and through the
 * driver's helpers that hand them on (wdf_attribute_rule.h).  This check owns
 * the whole-program facts the WDF attributes checks share. */
#include <string.h>

#include "../core/wdf_attribute_facts.h"
#include "../core/wdf_attribute_rule.h"
#include "check.h"

static bool is_target(const ddc_unit_context *context, CXCursor call, unsigned *attributes_arg, const char **status)
{
    const ddc_ddi_contract *contract = ddc_call_contract(context, call);
    if (!contract || !contract->forbidden_member || strcmp(contract->forbidden_member, "ParentObject") != 0)
        return false;
    *attributes_arg = (unsigned)contract->forbidden_member_arg;
    *status = contract->forbidden_status ? contract->forbidden_status : "an error";
    return true;
}

static const ddc_attr_rule rule = {
    .check_id = "context-parent-object",
    .member = DDC_ATTR_PARENT,
    .failing = DDC_ATTR_SET,
    .problem = "have ParentObject set",
    .fix = "pass attributes whose ParentObject is NULL",
    .origin_note = "ParentObject is set here",
    .is_target = is_target,
};

static void check_function(const ddc_unit_context *context, CXCursor function)
{
    ddc_attr_rule_check_function(&rule, context, function);
}

static void check_program(const ddc_link_context *context) { ddc_attr_rule_check_program(&rule, context); }

const ddc_check context_parent_object_check = {
    .id = "context-parent-object",
    .name = "ContextParentObject",
    .summary = "WdfObjectAllocateContext is called with object attributes whose ParentObject is set.",
    .on_function = check_function,
    .on_link = check_program,
    .free_facts = ddc_attr_facts_free,
};
