/* extension-id-not-unique: the ClientIdentificationAddress of
 * IoAllocateDriverObjectExtension / IoGetDriverObjectExtension is not a
 * unique address: NULL, an integer constant, a string literal (identical
 * literals may be merged), or one key allocated twice with different sizes
 * (the second allocation fails with STATUS_OBJECT_NAME_COLLISION). */
#include <stdlib.h>
#include <string.h>

#include "../core/ast.h"
#include "../core/extension_key.h"
#include "../core/util.h"
#include "check.h"

static const char check_id[] = "extension-id-not-unique";

static void remember_allocation(const ddc_unit_context *context, CXCursor call, const ddc_ddi_contract *contract,
                                const ddc_key *key, CXCursor argument)
{
    char *declaration_key = ddc_program_key(context, key->declaration);
    if (!declaration_key)
        return;
    long long size = -1;
    if (contract->size_arg != DDC_NO_ARG && contract->size_arg < clang_Cursor_getNumArguments(call) &&
        !ddc_integer_value(clang_Cursor_getArgument(call, (unsigned)contract->size_arg), &size))
        size = -1;
    ddc_program_facts *program = context->program;
    program->key_allocations = ddc_xrealloc(program->key_allocations,
                                            (program->key_allocation_count + 1) * sizeof *program->key_allocations);
    ddc_location where = ddc_location_from_clang(clang_getCursorLocation(argument));
    program->key_allocations[program->key_allocation_count++] = (ddc_key_allocation){
        .key = ddc_format("%s%s", declaration_key, key->path),
        .key_text = ddc_source_text(context->unit, argument),
        .size = size,
        .file = where.file,
        .line = where.line,
        .column = where.column,
    };
    free(declaration_key);
}

static void check_call(const ddc_unit_context *context, CXCursor call, const ddc_ddi_contract *contract)
{
    if (contract->key_arg == DDC_NO_ARG || contract->key_arg >= clang_Cursor_getNumArguments(call))
        return;
    CXCursor argument = clang_Cursor_getArgument(call, (unsigned)contract->key_arg);
    ddc_key key = ddc_classify_key(argument);
    if (key.kind == DDC_KEY_UNIQUE && contract->key_allocates)
        remember_allocation(context, call, contract, &key, argument);
    char *what = NULL;
    switch (key.kind) {
    case DDC_KEY_NULL:
        what = ddc_strdup("NULL");
        break;
    case DDC_KEY_CONSTANT:
        what = ddc_format("the integer constant 0x%llX cast to a pointer, which any other code may use too", key.value);
        break;
    case DDC_KEY_STRING:
        what = ddc_strdup("a string literal, which the linker may merge with an identical one");
        break;
    default:
        return;
    }
    char *ddi = ddc_call_display_name(context, call);
    char *text = ddc_source_text(context->unit, argument);
    ddc_findings_add(context->findings, check_id, clang_getCursorLocation(argument),
                     "ClientIdentificationAddress '%s' of '%s' is %s, not a unique key; use the address of a "
                     "global or static variable, or of a function such as DriverEntry",
                     text, ddi, what);
    free(text);
    free(ddi);
    free(what);
}

static int compare_allocations(const void *left, const void *right)
{
    const ddc_key_allocation *a = left, *b = right;
    int by_key = strcmp(a->key, b->key);
    if (by_key)
        return by_key;
    int by_file = strcmp(a->file, b->file);
    if (by_file)
        return by_file;
    return a->line != b->line ? (a->line < b->line ? -1 : 1) : (a->column > b->column) - (a->column < b->column);
}

/* One key allocated with two different sizes: two extensions under one key. */
static void link_allocations(const ddc_link_context *context)
{
    const ddc_program_facts *program = context->program;
    size_t count = program->key_allocation_count;
    ddc_key_allocation *sorted = ddc_xmalloc((count ? count : 1) * sizeof *sorted);
    memcpy(sorted, program->key_allocations, count * sizeof *sorted);
    qsort(sorted, count, sizeof *sorted, compare_allocations);
    for (size_t first = 0; first < count;) {
        size_t end = first + 1;
        while (end < count && strcmp(sorted[end].key, sorted[first].key) == 0)
            end++;
        for (size_t i = first + 1; i < end; i++) {
            const ddc_key_allocation *a = &sorted[first], *b = &sorted[i];
            if (a->size < 0 || b->size < 0 || a->size == b->size)
                continue;
            ddc_finding *finding = ddc_findings_add_at(
                context->findings, check_id, (ddc_location){b->file, b->line, b->column},
                "ClientIdentificationAddress '%s' is allocated again with another size (%lld bytes, first %lld); "
                "the second IoAllocateDriverObjectExtension fails with STATUS_OBJECT_NAME_COLLISION: use one key per "
                "extension",
                b->key_text, b->size, a->size);
            ddc_finding_add_note_at(finding, (ddc_location){a->file, a->line, a->column},
                                    "'%s' is first allocated here with %lld bytes", a->key_text, a->size);
        }
        first = end;
    }
    free(sorted);
}

const ddc_check extension_id_not_unique_check = {
    .id = check_id,
    .summary = "The ClientIdentificationAddress of IoAllocateDriverObjectExtension or "
               "IoGetDriverObjectExtension is not a unique address.",
    .on_call = check_call,
    .on_link = link_allocations,
};
