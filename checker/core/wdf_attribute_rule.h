/* A rule on one member of the WDF_OBJECT_ATTRIBUTES given to a DDI, checked
 * along every path of a function and through the driver's helpers:
 * context-parent-object (ParentObject must be NULL) and context-type-missing
 * (ContextTypeInfo must be set) are two rules of this kind.
 *
 * In a function, a call to the DDI is reported when the member has the
 * failing value on every path to it.  A helper that hands its attributes
 * parameter on to the DDI, directly or through other helpers, with the
 * member unchanged, makes its callers' calls count as calls to the DDI: a
 * call that gives it attributes with the failing value is reported at the
 * link step (wdf_attribute_facts.h), with a note where the value was set and
 * a note at each hop inside the helpers. */
#ifndef DDC_WDF_ATTRIBUTE_RULE_H
#define DDC_WDF_ATTRIBUTE_RULE_H

#include <stdbool.h>
#include <clang-c/Index.h>

#include "../checks/check.h"
#include "wdf_attributes.h"

typedef struct ddc_attr_rule {
    const char *check_id;
    ddc_attr_member member;
    ddc_attr_kind failing;   /* the value that makes the DDI fail: DDC_ATTR_SET or DDC_ATTR_CLEARED */
    const char *problem;     /* completes "attributes '&a' passed to 'Ddi' ...": "have ParentObject set" */
    const char *fix;         /* "pass attributes whose ParentObject is NULL" */
    const char *origin_note; /* the note where the member got the failing value: "ParentObject is set here" */
    /* True when `call` calls the DDI the rule is about; sets the index of
     * its attributes argument and the status the call fails with. */
    bool (*is_target)(const ddc_unit_context *context, CXCursor call, unsigned *attributes_arg, const char **status);
} ddc_attr_rule;

/* Checks `function` (an on_function hook): reports the DDI calls whose
 * attributes have the failing value on every path, and records for the link
 * step the attributes the function hands on and the failing attributes it
 * gives its own functions. */
void ddc_attr_rule_check_function(const ddc_attr_rule *rule, const ddc_unit_context *context, CXCursor function);

/* The link step (an on_link hook): reports the calls whose failing
 * attributes reach the DDI through the driver's functions. */
void ddc_attr_rule_check_program(const ddc_attr_rule *rule, const ddc_link_context *context);

/* True when `function` calls the DDI of `is_target` or passes attributes to
 * one of its own functions: the only functions a rule needs to walk. */
bool ddc_attr_rule_function_matters(const ddc_unit_context *context, CXCursor function,
                                    bool (*is_target)(const ddc_unit_context *, CXCursor, unsigned *,
                                                      const char **));

#endif
