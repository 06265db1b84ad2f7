/* Driver object extension keys (see extension_key.h): classifying the key
 * argument of one call. */
#include "extension_key.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "extension_key_parts.h"

/* ---- classification ---- */

static void prepend(char *path, size_t size, const char *part)
{
    size_t part_length = strlen(part), length = strlen(path);
    if (part_length + length + 1 > size)
        return; /* deeper than any real key: keep the innermost part */
    memmove(path + part_length, path, length + 1);
    memcpy(path, part, part_length);
}

/* The variable at the root of `&a.b.c[1]`, or a null cursor; `path`
 * receives ".b.c[1]" (an index that is not a constant gives "[?]") and
 * `offset` its byte offset (-1 when it is not constant). */
static CXCursor root_object(CXCursor expression, char *path, size_t size, long long *offset)
{
    path[0] = '\0';
    *offset = 0;
    for (;;) {
        expression = ddc_strip_parens(expression);
        enum CXCursorKind kind = clang_getCursorKind(expression);
        if (kind == CXCursor_DeclRefExpr)
            return clang_getCursorReferenced(expression);
        char part[80];
        if (kind == CXCursor_MemberRefExpr && !ddc_member_is_arrow(expression)) {
            char *member = ddc_spelling(expression);
            snprintf(part, sizeof part, ".%s", member);
            free(member);
            long long bits = clang_Cursor_getOffsetOfField(clang_getCursorReferenced(expression));
            if (bits < 0 || *offset < 0)
                *offset = -1;
            else
                *offset += bits / 8;
            prepend(path, size, part);
            expression = ddc_child(expression, 0);
            continue;
        }
        if (kind == CXCursor_ArraySubscriptExpr) {
            CXCursor base = ddc_child(expression, 0);
            CXType type = clang_getCanonicalType(clang_getCursorType(ddc_strip_parens(base)));
            if (type.kind == CXType_Pointer)
                return clang_getNullCursor(); /* p[1]: points somewhere else */
            long long index, element = clang_Type_getSizeOf(clang_getCursorType(expression));
            if (ddc_integer_value(ddc_child(expression, 1), &index) && element > 0 && *offset >= 0) {
                snprintf(part, sizeof part, "[%lld]", index);
                *offset += index * element;
            } else {
                snprintf(part, sizeof part, "[?]");
                *offset = -1;
            }
            prepend(path, size, part);
            expression = base;
            continue;
        }
        return clang_getNullCursor();
    }
}

bool ddc_key_is_driver_object_pointer(CXType type)
{
    type = clang_getCanonicalType(type);
    if (type.kind != CXType_Pointer)
        return false;
    CXType pointee = clang_getCanonicalType(clang_getPointeeType(type));
    if (pointee.kind != CXType_Record)
        return false;
    char *name = ddc_spelling(clang_getTypeDeclaration(pointee));
    bool yes = strcmp(name, "_DRIVER_OBJECT") == 0;
    free(name);
    return yes;
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
        else if (kind == CXCursor_ParmDecl)
            key.kind = DDC_KEY_PARAMETER;
        return key;
    }
    if (address_taken || is_array)
        key.kind = DDC_KEY_UNIQUE;
    else if (type.kind == CXType_Pointer)
        key.kind = DDC_KEY_GLOBAL_POINTER;
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
    if (ddc_key_is_driver_object_pointer(clang_getCursorType(expression))) {
        key.kind = DDC_KEY_DRIVER_OBJECT;
        return key;
    }
    char path[sizeof key.path];
    long long offset;
    if (kind == CXCursor_UnaryOperator && clang_getCursorUnaryOperatorKind(expression) == CXUnaryOperator_AddrOf) {
        CXCursor operand = ddc_strip_parens(ddc_child(expression, 0));
        if (clang_getCursorKind(operand) == CXCursor_CompoundLiteralExpr) {
            key.kind = DDC_KEY_COMPOUND_LITERAL;
            return key;
        }
        CXCursor root = root_object(operand, path, sizeof path, &offset);
        if (clang_Cursor_isNull(root))
            return key;
        key = classify_declaration(root, true);
        snprintf(key.path, sizeof key.path, "%s", path);
        key.offset = offset;
        return key;
    }
    if (kind == CXCursor_DeclRefExpr)
        return classify_declaration(clang_getCursorReferenced(expression), false);
    /* An array member of a structure, decaying to a pointer: `holder.Bytes`. */
    CXType type = clang_getCanonicalType(clang_getCursorType(expression));
    if (kind == CXCursor_MemberRefExpr && type.kind == CXType_ConstantArray) {
        CXCursor root = root_object(expression, path, sizeof path, &offset);
        if (clang_Cursor_isNull(root))
            return key;
        key = classify_declaration(root, true);
        if (key.kind == DDC_KEY_STACK_VARIABLE)
            key.kind = DDC_KEY_LOCAL_ARRAY;
        snprintf(key.path, sizeof key.path, "%s", path);
        key.offset = offset;
    }
    return key;
}

