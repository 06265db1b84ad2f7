/* Explaining what the attributes state knows: the notes of a value and the
 * variables it went through (see wdf_attributes.h). */
#include "wdf_attributes.h"

#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "util.h"

static CXCursor argument(CXCursor call, unsigned index) { return clang_Cursor_getArgument(call, index); }

static bool same_ref(ddc_attr_ref a, ddc_attr_ref b)
{
    return a.through_pointer == b.through_pointer && ddc_same_declaration(a.variable, b.variable);
}

/* The variable a copy's source operand names, or a null cursor. */
static CXCursor copy_source(CXCursor copy)
{
    enum CXCursorKind kind = clang_getCursorKind(copy);
    CXCursor source = kind == CXCursor_VarDecl    ? ddc_child(copy, ddc_child_count(copy) - 1)
                      : kind == CXCursor_CallExpr ? argument(copy, 1)
                                                  : ddc_child(copy, 1);
    CXCursor inner = ddc_strip_casts(source);
    if (clang_getCursorKind(inner) == CXCursor_UnaryOperator)
        inner = ddc_child(inner, 0);
    return ddc_referenced_variable(inner);
}

unsigned ddc_attr_variables_of(const ddc_attr_state *state, ddc_attr_ref ref, const ddc_attr_value *value,
                               CXCursor *variables, unsigned capacity)
{
    unsigned count = 0;
    if (count < capacity)
        variables[count++] = ref.variable;
    for (unsigned i = 0; i < state->alias_count && count < capacity; i++)
        if (same_ref(state->aliases[i].target, ref))
            variables[count++] = state->aliases[i].pointer;
    for (unsigned i = 0; value && i < value->copy_count && count < capacity; i++) {
        CXCursor source = copy_source(value->copies[i]);
        if (!clang_Cursor_isNull(source))
            variables[count++] = source;
    }
    return count;
}

/* How to show the structure a copy routine's pointer argument designates:
 * `&copy` as `copy`, `p` as `*p`. */
static char *pointed_text(CXTranslationUnit unit, CXCursor pointer)
{
    CXCursor inner = ddc_strip_casts(pointer);
    if (clang_getCursorKind(inner) == CXCursor_UnaryOperator &&
        clang_getCursorUnaryOperatorKind(inner) == CXUnaryOperator_AddrOf)
        return ddc_source_text(unit, ddc_child(inner, 0));
    char *text = ddc_source_text(unit, inner);
    char *pointed = ddc_format("*%s", text);
    free(text);
    return pointed;
}

char *ddc_attr_copy_note(CXTranslationUnit unit, CXCursor copy)
{
    char *destination, *source;
    enum CXCursorKind kind = clang_getCursorKind(copy);
    if (kind == CXCursor_VarDecl) {
        destination = ddc_spelling(copy);
        source = ddc_source_text(unit, ddc_strip_parens(ddc_child(copy, ddc_child_count(copy) - 1)));
    } else if (kind == CXCursor_CallExpr) {
        destination = pointed_text(unit, argument(copy, 0));
        source = pointed_text(unit, argument(copy, 1));
    } else {
        destination = ddc_source_text(unit, ddc_strip_parens(ddc_child(copy, 0)));
        source = ddc_source_text(unit, ddc_strip_parens(ddc_child(copy, 1)));
    }
    char *text = ddc_format("'%s' is copied to '%s' here", source, destination);
    free(destination);
    free(source);
    return text;
}

void ddc_attr_add_value_notes(ddc_finding *finding, CXTranslationUnit unit, const ddc_attr_value *value,
                              const char *origin_note)
{
    for (unsigned i = 0; i < value->place_count; i++)
        ddc_finding_add_note(finding, clang_getCursorLocation(value->places[i]), "%s", origin_note);
    for (unsigned i = 0; i < value->copy_count; i++) {
        char *text = ddc_attr_copy_note(unit, value->copies[i]);
        ddc_finding_add_note(finding, clang_getCursorLocation(value->copies[i]), "%s", text);
        free(text);
    }
}
