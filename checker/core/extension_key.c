/* Key classification (see extension_key.h). */
#include "extension_key.h"

#include "ast.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void prepend(char *path, size_t size, const char *part)
{
    size_t part_length = strlen(part), length = strlen(path);
    if (part_length + length + 1 > size)
        return; /* deeper than any real key: keep the innermost part */
    memmove(path + part_length, path, length + 1);
    memcpy(path, part, part_length);
}

/* The variable at the root of `&a.b.c[1]`, or a null cursor; `path`
 * receives ".b.c[1]" (an index that is not a constant gives "[?]"). */
static CXCursor root_object(CXCursor expression, char *path, size_t size)
{
    path[0] = '\0';
    for (;;) {
        expression = ddc_strip_parens(expression);
        enum CXCursorKind kind = clang_getCursorKind(expression);
        if (kind == CXCursor_DeclRefExpr)
            return clang_getCursorReferenced(expression);
        if (kind == CXCursor_MemberRefExpr && !ddc_member_is_arrow(expression)) {
            char *member = ddc_spelling(expression);
            char part[64];
            snprintf(part, sizeof part, ".%s", member);
            free(member);
            prepend(path, size, part);
            expression = ddc_child(expression, 0);
            continue;
        }
        if (kind == CXCursor_ArraySubscriptExpr) {
            CXCursor base = ddc_child(expression, 0);
            CXType type = clang_getCanonicalType(clang_getCursorType(ddc_strip_parens(base)));
            if (type.kind == CXType_Pointer)
                return clang_getNullCursor(); /* p[1]: points somewhere else */
            long long index;
            char part[32];
            if (ddc_integer_value(ddc_child(expression, 1), &index))
                snprintf(part, sizeof part, "[%lld]", index);
            else
                snprintf(part, sizeof part, "[?]");
            prepend(path, size, part);
            expression = base;
            continue;
        }
        return clang_getNullCursor();
    }
}

static ddc_key classify_declaration(CXCursor declaration, bool address_taken)
{
    ddc_key key = {.kind = DDC_KEY_UNKNOWN, .declaration = declaration};
    enum CXCursorKind kind = clang_getCursorKind(declaration);
    if (kind == CXCursor_FunctionDecl) {
        key.kind = DDC_KEY_UNIQUE;
        return key;
    }
    if (kind != CXCursor_VarDecl && kind != CXCursor_ParmDecl)
        return key;
    CXType type = clang_getCanonicalType(clang_getCursorType(declaration));
    bool is_array = type.kind == CXType_ConstantArray || type.kind == CXType_IncompleteArray;
    if (ddc_is_stack_variable(declaration)) {
        if (address_taken)
            key.kind = DDC_KEY_STACK_VARIABLE;
        else if (is_array && kind == CXCursor_VarDecl)
            key.kind = DDC_KEY_LOCAL_ARRAY;
        return key;
    }
    if (address_taken || is_array)
        key.kind = DDC_KEY_UNIQUE;
    return key;
}

ddc_key ddc_classify_key(CXCursor argument)
{
    ddc_key key = {.kind = DDC_KEY_UNKNOWN, .declaration = clang_getNullCursor()};
    CXCursor expression = ddc_strip_casts(argument);
    enum CXCursorKind kind = clang_getCursorKind(expression);
    if (kind == CXCursor_StringLiteral) {
        key.kind = DDC_KEY_STRING;
        return key;
    }
    if (kind == CXCursor_CompoundLiteralExpr) {
        key.kind = DDC_KEY_COMPOUND_LITERAL; /* a call argument is inside a function: automatic storage */
        return key;
    }
    long long value;
    if (ddc_integer_value(expression, &value)) {
        key.kind = value == 0 ? DDC_KEY_NULL : DDC_KEY_CONSTANT;
        key.value = value;
        return key;
    }
    if (kind == CXCursor_UnaryOperator && clang_getCursorUnaryOperatorKind(expression) == CXUnaryOperator_AddrOf) {
        CXCursor operand = ddc_strip_parens(ddc_child(expression, 0));
        if (clang_getCursorKind(operand) == CXCursor_CompoundLiteralExpr) {
            key.kind = DDC_KEY_COMPOUND_LITERAL;
            return key;
        }
        char path[96];
        CXCursor root = root_object(operand, path, sizeof path);
        if (clang_Cursor_isNull(root))
            return key;
        key = classify_declaration(root, true);
        snprintf(key.path, sizeof key.path, "%s", path);
        return key;
    }
    if (kind == CXCursor_DeclRefExpr)
        return classify_declaration(clang_getCursorReferenced(expression), false);
    /* An array member of a structure, decaying to a pointer: `holder.Bytes`. */
    CXType type = clang_getCanonicalType(clang_getCursorType(expression));
    if (kind == CXCursor_MemberRefExpr && type.kind == CXType_ConstantArray) {
        char path[96];
        CXCursor root = root_object(expression, path, sizeof path);
        if (clang_Cursor_isNull(root))
            return key;
        key = classify_declaration(root, true);
        if (key.kind == DDC_KEY_STACK_VARIABLE)
            key.kind = DDC_KEY_LOCAL_ARRAY;
        snprintf(key.path, sizeof key.path, "%s", path);
    }
    return key;
}
