/* context-type-missing: WdfObjectAllocateContext is called with a
 * WDF_OBJECT_ATTRIBUTES that has no context type.  The framework fails the
 * call with STATUS_OBJECT_NAME_INVALID when ContextTypeInfo is NULL: the
 * attributes were initialised with WDF_OBJECT_ATTRIBUTES_INIT (or zeroed)
 * and never given a type by WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE, on every
 * path to the call.  Followed like context-parent-object, through copies,
 * pointers and helpers (wdf_attribute_rule.h). */
#include "../core/wdf_attribute_rule.h"
#include "../core/wdf_objects.h"
#include "check.h"

/* https://learn.microsoft.com/windows-hardware/drivers/ddi/wdfobject/nf-wdfobject-wdfobjectallocatecontext:
 * "STATUS_OBJECT_NAME_INVALID: The ContextTypeInfo member of the
 * WDF_OBJECT_ATTRIBUTES structure that the ContextAttributes parameter
 * specified was invalid." */
static bool is_target(const ddc_unit_context *context, CXCursor call, unsigned *attributes_arg, const char **status)
{
    (void)context;
    const ddc_wdf_context_method *method = ddc_wdf_context_method_of(call);
    if (method != ddc_wdf_allocate_context())
        return false;
    *attributes_arg = method->attributes_arg;
    *status = "STATUS_OBJECT_NAME_INVALID";
    return true;
}

static const ddc_attr_rule rule = {
    .check_id = "context-type-missing",
    .member = DDC_ATTR_CONTEXT_TYPE,
    .failing = DDC_ATTR_CLEARED,
    .problem = "have no context type",
    .fix = "set one with WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE or WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE",
    .origin_note = "ContextTypeInfo is left NULL here",
    .is_target = is_target,
};

static void check_function(const ddc_unit_context *context, CXCursor function)
{
    ddc_attr_rule_check_function(&rule, context, function);
}

static void check_program(const ddc_link_context *context) { ddc_attr_rule_check_program(&rule, context); }

const ddc_check context_type_missing_check = {
    .id = "context-type-missing",
    .name = "ContextTypeMissing",
    .summary = "WdfObjectAllocateContext is called with object attributes that have no context type.",
    .on_function = check_function,
    .on_link = check_program,
};
