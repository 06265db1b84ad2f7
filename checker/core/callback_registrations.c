/* Finding callbacks registered through role-typed pointers. */
#include "callback_registrations.h"

#include <stdbool.h>
#include <string.h>

#include "ast.h"

enum { MAX_TYPEDEF_STEPS = 6 };

static const ddc_role_contract *role_by_spelling(const ddc_contracts *contracts, CXType type, bool pointee)
{
    CXString spelling = clang_getTypeSpelling(type);
    const char *name = clang_getCString(spelling);
    if (name && strncmp(name, "const ", 6) == 0)
        name += 6;
    const ddc_role_contract *role = NULL;
    if (name)
        role = pointee ? ddc_contracts_find_role(contracts, name) : ddc_contracts_find_role_by_pointer(contracts, name);
    clang_disposeString(spelling);
    return role;
}

/* The role type a value of `type` has when it is a role-typed function
 * pointer (PKDEFERRED_ROUTINE, PFN_WDF_DPC, EVT_WDF_DPC *...); NULL when none. */
static const ddc_role_contract *role_of_pointer_type(const ddc_contracts *contracts, CXType type)
{
    for (int step = 0; step < MAX_TYPEDEF_STEPS; step++) {
        const ddc_role_contract *role = role_by_spelling(contracts, type, false);
        if (role)
            return role;
        if (type.kind == CXType_Pointer)
            return role_by_spelling(contracts, clang_getPointeeType(type), true);
        if (type.kind == CXType_Elaborated)
            type = clang_Type_getNamedType(type);
        else if (type.kind == CXType_Typedef)
            type = clang_getTypedefDeclUnderlyingType(clang_getTypeDeclaration(type));
        else
            return NULL;
    }
    return NULL;
}

/* The function `expression` names (Foo, &Foo, (PFN)Foo), or a null cursor. */
static CXCursor named_function(CXCursor expression)
{
    CXCursor inner = ddc_strip_casts(expression);
    if (clang_getCursorKind(inner) == CXCursor_UnaryOperator &&
        clang_getCursorUnaryOperatorKind(inner) == CXUnaryOperator_AddrOf)
        inner = ddc_strip_casts(ddc_child(inner, 0));
    if (clang_getCursorKind(inner) != CXCursor_DeclRefExpr)
        return clang_getNullCursor();
    CXCursor referenced = clang_getCursorReferenced(inner);
    return clang_getCursorKind(referenced) == CXCursor_FunctionDecl ? referenced : clang_getNullCursor();
}

static void registers_in_call(const ddc_contracts *contracts, CXCursor call, ddc_registration_found *found,
                              void *data)
{
    CXCursor callee = clang_getCursorReferenced(call);
    if (clang_getCursorKind(callee) != CXCursor_FunctionDecl)
        return;
    CXType callee_type = clang_getCursorType(callee);
    int parameters = clang_getNumArgTypes(callee_type);
    int arguments = clang_Cursor_getNumArguments(call);
    for (int i = 0; i < arguments && i < parameters; i++) {
        CXCursor argument = clang_Cursor_getArgument(call, (unsigned)i);
        CXCursor function = named_function(argument);
        if (clang_Cursor_isNull(function))
            continue;
        const ddc_role_contract *role = role_of_pointer_type(contracts, clang_getArgType(callee_type, (unsigned)i));
        if (role)
            found(function, role, argument, data);
    }
}

static void registers_in_assignment(const ddc_contracts *contracts, CXCursor assignment,
                                    ddc_registration_found *found, void *data)
{
    CXCursor right = ddc_child(assignment, 1);
    CXCursor function = named_function(right);
    if (clang_Cursor_isNull(function))
        return;
    const ddc_role_contract *role = role_of_pointer_type(contracts, clang_getCursorType(ddc_child(assignment, 0)));
    if (role)
        found(function, role, right, data);
}

void ddc_find_registrations(const ddc_contracts *contracts, CXCursor expression, ddc_registration_found *found,
                            void *data)
{
    enum CXCursorKind kind = clang_getCursorKind(expression);
    if (kind == CXCursor_CallExpr)
        registers_in_call(contracts, expression, found, data);
    else if (kind == CXCursor_BinaryOperator && clang_getCursorBinaryOperatorKind(expression) == CXBinaryOperator_Assign)
        registers_in_assignment(contracts, expression, found, data);
}
