/* extension-id-stack: the ClientIdentificationAddress of
 * IoAllocateDriverObjectExtension / IoGetDriverObjectExtension lives on the
 * stack: the address of a non-static local or a parameter, a local array or
 * a compound literal.  The address is reused by later calls, so the key is
 * neither unique nor stable, and a Get with it finds another extension or
 * none. */
#include <stdlib.h>

#include "../core/ast.h"
#include "../core/extension_key.h"
#include "../core/util.h"
#include "check.h"

static const char check_id[] = "extension-id-stack";

static void check_call(const ddc_unit_context *context, CXCursor call, const ddc_ddi_contract *contract)
{
    if (contract->key_arg == DDC_NO_ARG || contract->key_arg >= clang_Cursor_getNumArguments(call))
        return;
    CXCursor argument = clang_Cursor_getArgument(call, (unsigned)contract->key_arg);
    ddc_key key = ddc_classify_key(argument);
    const char *what;
    switch (key.kind) {
    case DDC_KEY_STACK_VARIABLE:
        what = clang_getCursorKind(key.declaration) == CXCursor_ParmDecl ? "the address of a parameter"
                                                                         : "the address of a local variable";
        break;
    case DDC_KEY_LOCAL_ARRAY:
        what = "a local array";
        break;
    case DDC_KEY_COMPOUND_LITERAL:
        what = "a compound literal";
        break;
    default:
        return;
    }
    char *ddi = ddc_call_display_name(context, call);
    char *text = ddc_source_text(context->unit, argument);
    ddc_finding *finding = ddc_findings_add(
        context->findings, check_id, clang_getCursorLocation(argument),
        "ClientIdentificationAddress '%s' of '%s' is %s on the stack; use the address of a global or static "
        "variable, or of a function such as DriverEntry",
        text, ddi, what);
    if (!clang_Cursor_isNull(key.declaration)) {
        char *name = ddc_spelling(key.declaration);
        ddc_finding_add_note(finding, clang_getCursorLocation(key.declaration), "'%s' is declared here", name);
        free(name);
    }
    free(text);
    free(ddi);
}

const ddc_check extension_id_stack_check = {
    .id = check_id,
    .summary = "The ClientIdentificationAddress of IoAllocateDriverObjectExtension or "
               "IoGetDriverObjectExtension is the address of a stack variable.",
    .on_call = check_call,
};
