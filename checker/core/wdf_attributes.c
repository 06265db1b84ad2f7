/* The per-path state of WDF_OBJECT_ATTRIBUTES structures (see wdf_attributes.h). */
#include "wdf_attributes.h"

#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "util.h"

static const char *const member_names[DDC_ATTR_MEMBER_COUNT] = {"ParentObject", "ContextTypeInfo"};

/* ---- types ---- */

static bool is_record_named(CXType type, const char *name)
{
    CXType canonical = clang_getCanonicalType(type);
    if (canonical.kind != CXType_Record)
        return false;
    char *spelling = ddc_spelling(clang_getTypeDeclaration(canonical));
    bool match = strcmp(spelling, name) == 0;
    free(spelling);
    return match;
}

bool ddc_attr_is_attributes_type(CXType type) { return is_record_named(type, "_WDF_OBJECT_ATTRIBUTES"); }

bool ddc_attr_is_attributes_pointer(CXType type)
{
    CXType canonical = clang_getCanonicalType(type);
    return canonical.kind == CXType_Pointer && ddc_attr_is_attributes_type(clang_getPointeeType(canonical));
}

static bool is_type_info_variable(CXCursor declaration)
{
    return clang_getCursorKind(declaration) == CXCursor_VarDecl &&
           is_record_named(clang_getCursorType(declaration), "_WDF_OBJECT_CONTEXT_TYPE_INFO");
}

char *ddc_attr_type_name(CXCursor type_info)
{
    char *name = ddc_spelling(type_info);
    static const char prefix[] = "_WDF_", suffix[] = "_TYPE_INFO";
    size_t length = strlen(name);
    if (length > strlen(prefix) + strlen(suffix) && strncmp(name, prefix, strlen(prefix)) == 0 &&
        strcmp(name + length - strlen(suffix), suffix) == 0) {
        name[length - strlen(suffix)] = '\0';
        memmove(name, name + strlen(prefix), strlen(name + strlen(prefix)) + 1);
    }
    return name;
}

bool ddc_attr_is_framework_name(const char *name)
{
    return strncmp(name, "Wdf", 3) == 0 || strncmp(name, "WDF_", 4) == 0;
}

/* A memory routine the state follows: which arguments are the destination,
 * the source (copies), the fill value (fills) and the size. */
typedef struct memory_routine {
    const char *name;
    int destination, source, fill, size;
} memory_routine;

/* The callees as the headers declare them: RtlZeroMemory, RtlCopyMemory,
 * RtlMoveMemory and RtlFillMemory are macros for memset, memcpy and memmove
 * in both the WDK and mingw-w64; RtlSecureZeroMemory is a function. */
static const memory_routine memory_routines[] = {
    {"memset", 0, -1, 1, 2},
    {"memcpy", 0, 1, -1, 2},
    {"memmove", 0, 1, -1, 2},
    {"RtlSecureZeroMemory", 0, -1, -1, 1},
    {"RtlZeroMemory", 0, -1, -1, 1},
    {"RtlCopyMemory", 0, 1, -1, 2},
    {"RtlMoveMemory", 0, 1, -1, 2},
    {"RtlFillMemory", 0, -1, 2, 1},
};

static const memory_routine *memory_routine_of(CXCursor call)
{
    char *callee = ddc_callee_name(call);
    const memory_routine *found = NULL;
    for (size_t i = 0; callee && i < sizeof memory_routines / sizeof memory_routines[0]; i++)
        if (strcmp(callee, memory_routines[i].name) == 0 ||
            (strncmp(callee, "__builtin_", 10) == 0 && strcmp(callee + 10, memory_routines[i].name) == 0))
            found = &memory_routines[i];
    free(callee);
    return found;
}

bool ddc_attr_is_driver_call(CXCursor call)
{
    if (clang_getCursorKind(clang_getCursorReferenced(call)) != CXCursor_FunctionDecl)
        return false;
    char *callee = ddc_callee_name(call);
    bool driver = callee && !ddc_attr_is_framework_name(callee) && !memory_routine_of(call);
    free(callee);
    return driver;
}

/* ---- values, objects and aliases ---- */

static ddc_attr_ref make_ref(CXCursor variable, bool through_pointer)
{
    ddc_attr_ref ref;
    memset(&ref, 0, sizeof ref);
    ref.variable = clang_getCanonicalCursor(variable);
    ref.through_pointer = through_pointer;
    return ref;
}

static bool same_ref(ddc_attr_ref a, ddc_attr_ref b)
{
    return a.through_pointer == b.through_pointer && ddc_same_declaration(a.variable, b.variable);
}

static void set_value(ddc_attr_value *value, ddc_attr_kind kind, CXCursor place)
{
    memset(value, 0, sizeof *value);
    value->kind = kind;
    if (!clang_Cursor_isNull(place))
        value->places[value->place_count++] = place;
}

static void add_place(ddc_attr_value *value, CXCursor place)
{
    for (unsigned i = 0; i < value->place_count; i++)
        if (clang_equalCursors(value->places[i], place))
            return;
    if (value->place_count < DDC_ATTR_MAX_PLACES)
        value->places[value->place_count++] = place;
}

static int find_object(const ddc_attr_state *state, ddc_attr_ref ref)
{
    for (unsigned i = 0; i < state->object_count; i++)
        if (same_ref(state->objects[i].ref, ref))
            return (int)i;
    return -1;
}

static void drop_object(ddc_attr_state *state, unsigned index)
{
    unsigned last = --state->object_count;
    if (index != last)
        memcpy(&state->objects[index], &state->objects[last], sizeof state->objects[index]);
    memset(&state->objects[last], 0, sizeof state->objects[last]);
}

static void forget_object(ddc_attr_state *state, ddc_attr_ref ref)
{
    int index = find_object(state, ref);
    if (index >= 0)
        drop_object(state, (unsigned)index);
}

/* Sets one member; an unknown value removes what was known. */
static void set_member(ddc_attr_state *state, ddc_attr_ref ref, ddc_attr_member member, const ddc_attr_value *value)
{
    int index = find_object(state, ref);
    if (value->kind == DDC_ATTR_UNKNOWN) {
        if (index < 0)
            return;
        ddc_attr_object *object = &state->objects[index];
        memset(&object->members[member], 0, sizeof object->members[member]);
        bool any = false;
        for (unsigned m = 0; m < DDC_ATTR_MEMBER_COUNT; m++)
            any |= object->members[m].kind != DDC_ATTR_UNKNOWN;
        if (!any)
            drop_object(state, (unsigned)index);
        return;
    }
    if (index < 0) {
        if (state->object_count == DDC_ATTR_MAX_OBJECTS)
            return; /* not tracked: unknown, which is always safe */
        index = (int)state->object_count++;
        memset(&state->objects[index], 0, sizeof state->objects[index]);
        state->objects[index].ref = ref;
    }
    memcpy(&state->objects[index].members[member], value, sizeof *value);
}

static void remove_alias(ddc_attr_state *state, unsigned index)
{
    unsigned last = --state->alias_count;
    if (index != last)
        memcpy(&state->aliases[index], &state->aliases[last], sizeof state->aliases[index]);
    memset(&state->aliases[last], 0, sizeof state->aliases[last]);
}

static void add_alias(ddc_attr_state *state, CXCursor pointer, ddc_attr_ref target, bool maybe)
{
    for (unsigned i = 0; i < state->alias_count; i++)
        if (ddc_same_declaration(state->aliases[i].pointer, pointer) && same_ref(state->aliases[i].target, target)) {
            state->aliases[i].maybe |= maybe;
            return;
        }
    if (state->alias_count == DDC_ATTR_MAX_ALIASES) {
        forget_object(state, target); /* cannot follow it: know nothing of it */
        return;
    }
    ddc_attr_alias *alias = &state->aliases[state->alias_count++];
    memset(alias, 0, sizeof *alias);
    alias->pointer = clang_getCanonicalCursor(pointer);
    alias->target = target;
    alias->maybe = maybe;
}

/* `pointer` gets a new value: it points to `target` (NULL: to something the
 * state cannot name), or to whatever `source`, another pointer variable,
 * may point to (null cursor: none).  What was known through it, and the
 * aliases that named its old target through it, are gone. */
static void repoint(ddc_attr_state *state, CXCursor pointer, const ddc_attr_ref *target, CXCursor source)
{
    ddc_attr_ref through = make_ref(pointer, true);
    ddc_attr_alias copied[DDC_ATTR_MAX_ALIASES];
    unsigned copied_count = 0;
    for (unsigned i = 0; i < state->alias_count && !clang_Cursor_isNull(source); i++)
        if (ddc_same_declaration(state->aliases[i].pointer, source))
            memcpy(&copied[copied_count++], &state->aliases[i], sizeof copied[0]);
    forget_object(state, through);
    for (unsigned i = 0; i < state->alias_count;)
        if (ddc_same_declaration(state->aliases[i].pointer, pointer) || same_ref(state->aliases[i].target, through))
            remove_alias(state, i);
        else
            i++;
    if (copied_count > 0) {
        for (unsigned i = 0; i < copied_count; i++)
            if (!same_ref(copied[i].target, through))
                add_alias(state, pointer, copied[i].target, copied[i].maybe);
        return;
    }
    if (target && !same_ref(*target, through))
        add_alias(state, pointer, *target, false);
}

/* The one alias `pointer` is known to have on every path, or NULL. */
static const ddc_attr_alias *definite_alias(const ddc_attr_state *state, CXCursor pointer)
{
    const ddc_attr_alias *only = NULL;
    unsigned count = 0;
    for (unsigned i = 0; i < state->alias_count; i++)
        if (ddc_same_declaration(state->aliases[i].pointer, pointer)) {
            only = &state->aliases[i];
            count++;
        }
    return count == 1 && !only->maybe ? only : NULL;
}

static ddc_attr_ref resolve_pointer(const ddc_attr_state *state, CXCursor pointer)
{
    const ddc_attr_alias *alias = definite_alias(state, pointer);
    return alias ? alias->target : make_ref(pointer, true);
}

/* A store through the pointer expression `pointer`: when it is a pointer
 * variable that may point to several structures, none of them is known any
 * more. */
static void forget_possible_targets(ddc_attr_state *state, CXCursor pointer)
{
    CXCursor variable = ddc_referenced_variable(pointer);
    if (clang_Cursor_isNull(variable))
        return;
    if (definite_alias(state, variable))
        return; /* one known target: the store is exact */
    for (unsigned i = 0; i < state->alias_count; i++)
        if (ddc_same_declaration(state->aliases[i].pointer, variable))
            forget_object(state, state->aliases[i].target);
}

/* ---- what expressions designate ---- */

/* The attributes structure an lvalue of type WDF_OBJECT_ATTRIBUTES names:
 * `attributes` or `*p`. */
/* The structure `cursor` designates: when `through_pointer`, a pointer to
 * it (`&attributes`, `p`), else the structure itself (`attributes`, `*p`).
 * `&*&*p` goes back and forth as a loop, however long. */
static bool designate(const ddc_attr_state *state, CXCursor cursor, bool through_pointer, ddc_attr_ref *ref)
{
    for (;;) {
        if (through_pointer) {
            CXCursor inner = ddc_strip_casts(cursor);
            if (clang_getCursorKind(inner) == CXCursor_UnaryOperator &&
                clang_getCursorUnaryOperatorKind(inner) == CXUnaryOperator_AddrOf) {
                cursor = ddc_child(inner, 0);
                through_pointer = false;
                continue;
            }
            CXCursor variable = ddc_referenced_variable(inner);
            if (clang_Cursor_isNull(variable) || !ddc_attr_is_attributes_pointer(clang_getCursorType(variable)))
                return false;
            *ref = resolve_pointer(state, variable);
            return true;
        }
        CXCursor inner = ddc_strip_parens(cursor);
        enum CXCursorKind kind = clang_getCursorKind(inner);
        if (kind == CXCursor_UnaryOperator && clang_getCursorUnaryOperatorKind(inner) == CXUnaryOperator_Deref) {
            cursor = ddc_child(inner, 0);
            through_pointer = true;
            continue;
        }
        if (kind != CXCursor_DeclRefExpr)
            return false;
        CXCursor variable = ddc_referenced_variable(inner);
        if (clang_Cursor_isNull(variable) || !ddc_attr_is_attributes_type(clang_getCursorType(variable)))
            return false;
        *ref = make_ref(variable, false);
        return true;
    }
}

static bool designated_structure(const ddc_attr_state *state, CXCursor expression, ddc_attr_ref *ref)
{
    return designate(state, expression, false, ref);
}

bool ddc_attr_designated(const ddc_attr_state *state, CXCursor pointer, ddc_attr_ref *ref)
{
    return designate(state, pointer, true, ref);
}

/* The structure and member of `attributes.M` / `p->M`, for a member the
 * state follows. */
static bool designated_member(const ddc_attr_state *state, CXCursor member_ref, ddc_attr_ref *ref,
                              ddc_attr_member *member)
{
    if (clang_getCursorKind(member_ref) != CXCursor_MemberRefExpr)
        return false;
    char *name = ddc_spelling(member_ref);
    int found = -1;
    for (int m = 0; m < DDC_ATTR_MEMBER_COUNT; m++)
        if (strcmp(name, member_names[m]) == 0)
            found = m;
    free(name);
    if (found < 0)
        return false;
    CXCursor base = ddc_child(member_ref, 0);
    bool designated = ddc_member_is_arrow(member_ref) ? ddc_attr_designated(state, base, ref)
                                                      : designated_structure(state, base, ref);
    *member = (ddc_attr_member)found;
    return designated;
}

const ddc_attr_value *ddc_attr_member_value(const ddc_attr_state *state, ddc_attr_ref ref, ddc_attr_member member)
{
    static const ddc_attr_value unknown;
    int index = find_object(state, ref);
    return index < 0 ? &unknown : &state->objects[index].members[member];
}

/* ---- values of expressions ---- */

/* NULL, or a ?: with a NULL arm: not set on every path. */
static bool may_be_null(CXCursor value)
{
    /* The arms still to look at (nested ?: of any depth: a stack, not recursion). */
    CXCursor *pending = ddc_xmalloc(16 * sizeof *pending);
    size_t count = 0, capacity = 16;
    bool found = false;
    pending[count++] = value;
    while (count && !found) {
        CXCursor inner = ddc_strip_casts(pending[--count]);
        if (clang_getCursorKind(inner) == CXCursor_ConditionalOperator && ddc_child_count(inner) == 3) {
            if (count + 2 > capacity)
                pending = ddc_xrealloc(pending, (capacity *= 2) * sizeof *pending);
            pending[count++] = ddc_child(inner, 2);
            pending[count++] = ddc_child(inner, 1); /* the true arm first, as before */
        } else {
            found = ddc_is_null_constant(inner);
        }
    }
    free(pending);
    return found;
}

typedef struct type_info_search {
    CXCursor found;
    unsigned count; /* distinct type-info variables seen */
} type_info_search;

static void see_type_info(type_info_search *search, CXCursor cursor)
{
    if (clang_getCursorKind(cursor) != CXCursor_DeclRefExpr)
        return;
    CXCursor declaration = clang_getCursorReferenced(cursor);
    if (!is_type_info_variable(declaration))
        return;
    if (search->count == 0 || !ddc_same_declaration(search->found, declaration)) {
        search->found = clang_getCanonicalCursor(declaration);
        search->count++;
    }
}

static enum CXChildVisitResult find_type_info(CXCursor cursor, CXCursor parent, CXClientData data)
{
    (void)parent;
    see_type_info(data, cursor);
    return CXChildVisit_Recurse;
}

/* The value `expression` gives `member` when assigned at `place`. */
static void value_of(ddc_attr_member member, CXCursor expression, CXCursor place, ddc_attr_value *value)
{
    if (ddc_is_null_constant(expression)) {
        set_value(value, DDC_ATTR_CLEARED, place);
        return;
    }
    if (may_be_null(expression)) {
        set_value(value, DDC_ATTR_UNKNOWN, clang_getNullCursor());
        return;
    }
    set_value(value, DDC_ATTR_SET, place);
    if (member != DDC_ATTR_CONTEXT_TYPE)
        return;
    /* WDF_GET_CONTEXT_TYPE_INFO(T)->UniqueType, &_WDF_T_TYPE_INFO... */
    type_info_search search = {.found = clang_getNullCursor()};
    see_type_info(&search, expression);
    clang_visitChildren(expression, find_type_info, &search);
    if (search.count == 1)
        value->type_info = search.found;
}

/* ---- events ---- */

static void clear_structure(ddc_attr_state *state, ddc_attr_ref ref, CXCursor place)
{
    ddc_attr_value cleared;
    set_value(&cleared, DDC_ATTR_CLEARED, place);
    for (unsigned m = 0; m < DDC_ATTR_MEMBER_COUNT; m++)
        set_member(state, ref, (ddc_attr_member)m, &cleared);
}

/* `destination` := `source` (has_source false: something the state cannot
 * name), by the copy `copy`. */
static void copy_structure(ddc_attr_state *state, ddc_attr_ref destination, bool has_source, ddc_attr_ref source,
                           CXCursor copy)
{
    if (has_source && same_ref(destination, source))
        return;
    ddc_attr_value values[DDC_ATTR_MEMBER_COUNT];
    for (unsigned m = 0; m < DDC_ATTR_MEMBER_COUNT; m++) {
        ddc_attr_value *value = &values[m];
        set_value(value, DDC_ATTR_UNKNOWN, clang_getNullCursor());
        if (!has_source)
            continue;
        memcpy(value, ddc_attr_member_value(state, source, (ddc_attr_member)m), sizeof *value);
        if (value->kind != DDC_ATTR_UNKNOWN && value->copy_count < DDC_ATTR_MAX_COPIES)
            value->copies[value->copy_count++] = copy;
    }
    for (unsigned m = 0; m < DDC_ATTR_MEMBER_COUNT; m++)
        set_member(state, destination, (ddc_attr_member)m, &values[m]);
}

/* True when the constant `size` covers the whole structure `pointer` points to. */
static bool covers_structure(CXCursor pointer, CXCursor size)
{
    long long bytes = 0;
    CXType type = clang_getCanonicalType(clang_getCursorType(ddc_strip_casts(pointer)));
    long long needed = type.kind == CXType_Pointer ? clang_Type_getSizeOf(clang_getPointeeType(type)) : -1;
    return needed > 0 && ddc_integer_value(size, &bytes) && bytes >= needed;
}

static CXCursor argument(CXCursor call, int index)
{
    return clang_Cursor_getArgument(call, (unsigned)index);
}

static bool on_memory_routine(ddc_attr_state *state, CXCursor call)
{
    const memory_routine *routine = memory_routine_of(call);
    int count = clang_Cursor_getNumArguments(call);
    if (!routine || routine->destination >= count || routine->size >= count || routine->source >= count ||
        routine->fill >= count)
        return false;
    ddc_attr_ref destination;
    if (!ddc_attr_designated(state, argument(call, routine->destination), &destination))
        return true;
    forget_possible_targets(state, argument(call, routine->destination));
    bool whole = covers_structure(argument(call, routine->destination), argument(call, routine->size));
    long long fill = 0;
    if (routine->fill >= 0 && (!ddc_integer_value(argument(call, routine->fill), &fill) || fill != 0))
        whole = false; /* filled with something else than zero */
    if (!whole) {
        forget_object(state, destination);
        return true;
    }
    if (routine->source < 0) {
        clear_structure(state, destination, call);
        return true;
    }
    ddc_attr_ref source;
    bool has_source = ddc_attr_designated(state, argument(call, routine->source), &source);
    copy_structure(state, destination, has_source, source, call);
    return true;
}

/* A call to the driver's own code may change what it is given, and global
 * attributes and what pointers other than parameters point to. */
static void forget_at_driver_call(ddc_attr_state *state, CXCursor call)
{
    int count = clang_Cursor_getNumArguments(call);
    for (int i = 0; i < count; i++) {
        CXCursor passed = ddc_strip_casts(argument(call, i));
        ddc_attr_ref ref;
        ddc_attr_member member;
        if (ddc_attr_designated(state, passed, &ref)) {
            forget_object(state, ref);
            forget_possible_targets(state, passed);
        } else if (clang_getCursorKind(passed) == CXCursor_UnaryOperator &&
                   clang_getCursorUnaryOperatorKind(passed) == CXUnaryOperator_AddrOf &&
                   designated_member(state, ddc_strip_parens(ddc_child(passed, 0)), &ref, &member)) {
            ddc_attr_value unknown;
            set_value(&unknown, DDC_ATTR_UNKNOWN, clang_getNullCursor());
            set_member(state, ref, member, &unknown);
        }
    }
    for (unsigned i = 0; i < state->object_count;) {
        CXCursor variable = state->objects[i].ref.variable;
        bool local = state->objects[i].ref.through_pointer
                         ? clang_getCursorKind(variable) == CXCursor_ParmDecl
                         : ddc_is_stack_variable(variable);
        if (local)
            i++;
        else
            drop_object(state, i);
    }
}

static void on_call(ddc_attr_state *state, const ddc_unit_context *context, CXCursor call)
{
    if (on_memory_routine(state, call))
        return;
    const ddc_ddi_contract *contract = ddc_call_contract(context, call);
    int count = clang_Cursor_getNumArguments(call);
    if (contract && contract->resets_arg != DDC_NO_ARG && contract->resets_arg < count) {
        ddc_attr_ref ref;
        if (!ddc_attr_designated(state, argument(call, contract->resets_arg), &ref))
            return;
        forget_possible_targets(state, argument(call, contract->resets_arg));
        clear_structure(state, ref, call);
        /* WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE sets a type right after
         * (the assignment says which); the macro's name says so even when
         * the parser dropped that assignment (a context type declared in a
         * header that failed to parse). */
        char *written = ddc_written_name(context->unit, call);
        if (written && strcmp(written, "WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE") == 0) {
            ddc_attr_value typed;
            set_value(&typed, DDC_ATTR_SET, call);
            set_member(state, ref, DDC_ATTR_CONTEXT_TYPE, &typed);
        }
        free(written);
        return;
    }
    char *callee = ddc_callee_name(call);
    bool framework = callee && ddc_attr_is_framework_name(callee);
    free(callee);
    if (!framework)
        forget_at_driver_call(state, call);
}

/* Something is stored into `target` (=, +=, ++...). */
/* The pointer an lvalue goes through: `p` of `p->M` and `*p`; else a null cursor. */
static CXCursor pointer_of(CXCursor lvalue)
{
    for (;;) { /* s.a.b.c: down the dots to the arrow or star */
        CXCursor inner = ddc_strip_parens(lvalue);
        if (clang_getCursorKind(inner) == CXCursor_MemberRefExpr) {
            if (ddc_member_is_arrow(inner))
                return ddc_child(inner, 0);
            lvalue = ddc_child(inner, 0);
            continue;
        }
        if (clang_getCursorKind(inner) == CXCursor_UnaryOperator &&
            clang_getCursorUnaryOperatorKind(inner) == CXUnaryOperator_Deref)
            return ddc_child(inner, 0);
        return clang_getNullCursor();
    }
}

/* The pointer variable an expression copies, for a pointer assignment. */
static CXCursor pointer_variable(CXCursor value)
{
    CXCursor variable = ddc_referenced_variable(value);
    return !clang_Cursor_isNull(variable) && ddc_attr_is_attributes_pointer(clang_getCursorType(variable))
               ? variable
               : clang_getNullCursor();
}

static void on_store(ddc_attr_state *state, CXCursor target, CXCursor value, CXCursor store)
{
    ddc_attr_ref ref;
    ddc_attr_member member;
    CXCursor through = pointer_of(target);
    if (designated_member(state, target, &ref, &member)) {
        ddc_attr_value assigned;
        if (clang_Cursor_isNull(value))
            set_value(&assigned, DDC_ATTR_UNKNOWN, clang_getNullCursor());
        else
            value_of(member, value, store, &assigned);
        set_member(state, ref, member, &assigned);
        if (!clang_Cursor_isNull(through))
            forget_possible_targets(state, through);
        return;
    }
    if (designated_structure(state, target, &ref)) {
        ddc_attr_ref source;
        bool has_source = !clang_Cursor_isNull(value) && designated_structure(state, value, &source);
        copy_structure(state, ref, has_source, source, store);
        if (!clang_Cursor_isNull(through))
            forget_possible_targets(state, through);
        return;
    }
    CXCursor variable = ddc_referenced_variable(target);
    if (clang_Cursor_isNull(variable) || !ddc_attr_is_attributes_pointer(clang_getCursorType(variable)))
        return;
    ddc_attr_ref pointee;
    bool named = !clang_Cursor_isNull(value) && ddc_attr_designated(state, value, &pointee);
    repoint(state, variable, named ? &pointee : NULL,
            clang_Cursor_isNull(value) ? clang_getNullCursor() : pointer_variable(value));
}

void ddc_attr_on_expression(ddc_attr_state *state, const ddc_unit_context *context, CXCursor expression)
{
    enum CXCursorKind kind = clang_getCursorKind(expression);
    if (kind == CXCursor_CallExpr) {
        on_call(state, context, expression);
    } else if (kind == CXCursor_BinaryOperator &&
               clang_getCursorBinaryOperatorKind(expression) == CXBinaryOperator_Assign) {
        on_store(state, ddc_strip_parens(ddc_child(expression, 0)), ddc_child(expression, 1), expression);
    } else if (kind == CXCursor_CompoundAssignOperator) {
        on_store(state, ddc_strip_parens(ddc_child(expression, 0)), clang_getNullCursor(), expression);
    } else if (kind == CXCursor_UnaryOperator) {
        enum CXUnaryOperatorKind op = clang_getCursorUnaryOperatorKind(expression);
        if (op == CXUnaryOperator_PreInc || op == CXUnaryOperator_PreDec || op == CXUnaryOperator_PostInc ||
            op == CXUnaryOperator_PostDec)
            on_store(state, ddc_strip_parens(ddc_child(expression, 0)), clang_getNullCursor(), expression);
    }
}

typedef struct field_search {
    const char *member;
    unsigned index;
    bool found;
} field_search;

static enum CXVisitorResult find_field(CXCursor field, CXClientData data)
{
    field_search *search = data;
    char *name = ddc_spelling(field);
    bool match = strcmp(name, search->member) == 0;
    free(name);
    if (match) {
        search->found = true;
        return CXVisit_Break;
    }
    search->index++;
    return CXVisit_Continue;
}

static bool is_designated(CXCursor element)
{
    return clang_getCursorKind(element) == CXCursor_UnexposedExpr &&
           clang_getCursorKind(ddc_child(element, 0)) == CXCursor_MemberRef;
}

/* `WDF_OBJECT_ATTRIBUTES a = {...}`: members the list does not reach are
 * zero.  A list that mixes designated and positional elements only tells
 * the designated members. */
static void from_initializer(ddc_attr_state *state, CXCursor variable, CXCursor list)
{
    ddc_attr_ref ref = make_ref(variable, false);
    unsigned count = ddc_child_count(list);
    unsigned designated = 0;
    for (unsigned i = 0; i < count; i++)
        designated += is_designated(ddc_child(list, i));
    bool mixed = designated > 0 && designated < count;
    for (unsigned m = 0; m < DDC_ATTR_MEMBER_COUNT; m++) {
        field_search search = {.member = member_names[m]};
        clang_Type_visitFields(clang_getCanonicalType(clang_getCursorType(variable)), find_field, &search);
        CXCursor element = clang_getNullCursor(), value = clang_getNullCursor();
        for (unsigned i = 0; i < count; i++) {
            CXCursor candidate = ddc_child(list, i);
            if (is_designated(candidate)) {
                char *name = ddc_spelling(ddc_child(candidate, 0));
                if (strcmp(name, member_names[m]) == 0) {
                    element = candidate;
                    value = ddc_child(candidate, ddc_child_count(candidate) - 1);
                }
                free(name);
            } else if (designated == 0 && search.found && i == search.index) {
                element = value = candidate;
            }
        }
        ddc_attr_value assigned;
        if (!clang_Cursor_isNull(value))
            value_of((ddc_attr_member)m, value, element, &assigned);
        else if (mixed)
            set_value(&assigned, DDC_ATTR_UNKNOWN, clang_getNullCursor());
        else
            set_value(&assigned, DDC_ATTR_CLEARED, variable);
        set_member(state, ref, (ddc_attr_member)m, &assigned);
    }
}

void ddc_attr_on_variable(ddc_attr_state *state, CXCursor variable)
{
    /* A new variable (or the same one in a new iteration of a loop). */
    forget_object(state, make_ref(variable, false));
    repoint(state, variable, NULL, clang_getNullCursor());
    for (unsigned i = 0; i < state->alias_count;)
        if (same_ref(state->aliases[i].target, make_ref(variable, false)))
            remove_alias(state, i);
        else
            i++;
    unsigned count = ddc_child_count(variable);
    CXCursor initializer = count ? ddc_child(variable, count - 1) : clang_getNullCursor();
    if (clang_Cursor_isNull(initializer) || !clang_isExpression(clang_getCursorKind(initializer)))
        return; /* uninitialised: unknown */
    CXType type = clang_getCursorType(variable);
    if (ddc_attr_is_attributes_type(type)) {
        if (!ddc_is_stack_variable(variable))
            return; /* a static local keeps what earlier calls left */
        if (clang_getCursorKind(initializer) == CXCursor_InitListExpr) {
            from_initializer(state, variable, initializer);
            return;
        }
        ddc_attr_ref source;
        bool has_source = designated_structure(state, initializer, &source);
        copy_structure(state, make_ref(variable, false), has_source, source, variable);
    } else if (ddc_attr_is_attributes_pointer(type)) {
        ddc_attr_ref pointee;
        if (ddc_attr_designated(state, initializer, &pointee))
            repoint(state, variable, &pointee, pointer_variable(initializer));
    }
}

/* ---- paths ---- */

void ddc_attr_state_start(ddc_attr_state *state, CXCursor function)
{
    memset(state, 0, sizeof *state);
    int count = clang_Cursor_getNumArguments(function);
    for (int i = 0; i < count; i++) {
        CXCursor parameter = clang_Cursor_getArgument(function, (unsigned)i);
        if (!ddc_attr_is_attributes_pointer(clang_getCursorType(parameter)))
            continue;
        ddc_attr_value from_caller;
        set_value(&from_caller, DDC_ATTR_FROM_CALLER, clang_getNullCursor());
        from_caller.parameter = (unsigned)i;
        for (unsigned m = 0; m < DDC_ATTR_MEMBER_COUNT; m++)
            set_member(state, make_ref(parameter, true), (ddc_attr_member)m, &from_caller);
    }
}

static void join_value(ddc_attr_value *into, const ddc_attr_value *other)
{
    bool same = into->kind == other->kind && into->kind != DDC_ATTR_UNKNOWN &&
                (into->kind != DDC_ATTR_FROM_CALLER || into->parameter == other->parameter);
    if (!same) {
        set_value(into, DDC_ATTR_UNKNOWN, clang_getNullCursor());
        return;
    }
    if (!clang_Cursor_isNull(into->type_info) && !ddc_same_declaration(into->type_info, other->type_info))
        memset(&into->type_info, 0, sizeof into->type_info); /* set on both paths, to different types */
    for (unsigned i = 0; i < other->place_count; i++)
        add_place(into, other->places[i]);
    for (unsigned i = 0; i < other->copy_count && into->copy_count < DDC_ATTR_MAX_COPIES; i++) {
        bool seen = false;
        for (unsigned j = 0; j < into->copy_count; j++)
            seen |= clang_equalCursors(into->copies[j], other->copies[i]);
        if (!seen)
            into->copies[into->copy_count++] = other->copies[i];
    }
}

void ddc_attr_join(ddc_attr_state *into, const ddc_attr_state *other)
{
    for (unsigned i = 0; i < into->object_count;) {
        int match = find_object(other, into->objects[i].ref);
        bool any = false;
        for (unsigned m = 0; m < DDC_ATTR_MEMBER_COUNT; m++) {
            ddc_attr_value *value = &into->objects[i].members[m];
            if (match < 0)
                set_value(value, DDC_ATTR_UNKNOWN, clang_getNullCursor());
            else
                join_value(value, &other->objects[match].members[m]);
            any |= value->kind != DDC_ATTR_UNKNOWN;
        }
        if (any)
            i++;
        else
            drop_object(into, i);
    }
    /* An alias on one path only, or with another target on the other path,
     * becomes a maybe. */
    for (unsigned i = 0; i < into->alias_count; i++) {
        bool same = false;
        for (unsigned j = 0; j < other->alias_count; j++)
            if (ddc_same_declaration(into->aliases[i].pointer, other->aliases[j].pointer) &&
                same_ref(into->aliases[i].target, other->aliases[j].target))
                same = !other->aliases[j].maybe;
        into->aliases[i].maybe |= !same;
    }
    for (unsigned j = 0; j < other->alias_count; j++) {
        bool known = false;
        for (unsigned i = 0; i < into->alias_count; i++)
            known |= ddc_same_declaration(into->aliases[i].pointer, other->aliases[j].pointer) &&
                     same_ref(into->aliases[i].target, other->aliases[j].target);
        if (!known)
            add_alias(into, other->aliases[j].pointer, other->aliases[j].target, true);
    }
}
