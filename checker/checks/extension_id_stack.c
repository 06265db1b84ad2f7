/* extension-id-stack: the ClientIdentificationAddress of
 * IoAllocateDriverObjectExtension / IoGetDriverObjectExtension lives on the
 * stack: the address of a non-static local or a parameter, a local array or
 * a compound literal, written in the DDI call or passed to one of the
 * driver's wrappers that hands it on.  The address is reused by later calls,
 * so the key is neither unique nor stable, and a Get with it finds another
 * extension or none. */
#include <stdlib.h>

#include "../core/extension_key.h"
#include "../core/util.h"
#include "check.h"

static const char check_id[] = "extension-id-stack";

static void collect(const ddc_unit_context *context)
{
    ddc_key_facts_collect(context, check_id);
}

static const char *describe(const ddc_key_value *key)
{
    switch (key->kind) {
    case DDC_KEY_STACK_VARIABLE:
        return key->is_parameter ? "the address of a parameter" : "the address of a local variable";
    case DDC_KEY_LOCAL_ARRAY:
        return "a local array";
    case DDC_KEY_COMPOUND_LITERAL:
        return "a compound literal";
    default:
        return NULL;
    }
}

/* True when the origin of `use` was already reported by an earlier use. */
static bool origin_seen(const ddc_key_facts *facts, size_t index)
{
    const ddc_key_arg *origin = ddc_key_use_origin(facts, &facts->uses[index]);
    for (size_t i = 0; i < index; i++)
        if (describe(facts->uses[i].key) && ddc_key_use_origin(facts, &facts->uses[i]) == origin)
            return true;
    return false;
}

static void report(const ddc_link_context *context)
{
    ddc_key_facts *facts = context->program->keys;
    if (!facts)
        return;
    ddc_key_facts_link(facts, context->whole_program);
    for (size_t i = 0; i < facts->use_count; i++) {
        const ddc_key_use *use = &facts->uses[i];
        const char *what = describe(use->key);
        if (!what || origin_seen(facts, i))
            continue;
        const ddc_key_arg *origin = ddc_key_use_origin(facts, use);
        char *subject = ddc_key_use_subject(facts, use);
        ddc_finding *finding = ddc_findings_add_at(
            context->findings, check_id, origin->where,
            "%s is %s on the stack; use the address of a global or static variable, or of a function such as "
            "DriverEntry",
            subject, what);
        if (use->key->name)
            ddc_finding_add_note_at(finding, use->key->declared, "'%s' is declared here", use->key->name);
        ddc_key_use_add_notes(facts, use, NULL, finding);
        free(subject);
    }
}

const ddc_check extension_id_stack_check = {
    .id = check_id,
    .name = "ExtensionIdStack",
    .summary = "The ClientIdentificationAddress of IoAllocateDriverObjectExtension or "
               "IoGetDriverObjectExtension is the address of a stack variable.",
    .on_unit = collect,
    .on_link = report,
    .free_facts = ddc_key_facts_free,
};
