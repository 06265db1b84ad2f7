/* context-allocated-twice: WdfObjectAllocateContext is called for a context
 * type the object already has.  The framework then allocates nothing and
 * returns STATUS_OBJECT_NAME_EXISTS, a success status, with the existing
 * context: the driver initialises a context it believes new, and the
 * cleanup and destroy callbacks and the size of the second attributes are
 * ignored.
 *
 * The path walk follows the attributes (wdf_attributes.h) and which context
 * types each object handle is known to have on every path: from the method
 * that created the object with attributes of a context type (wdf_objects.h)
 * and from earlier WdfObjectAllocateContext calls.  An object is only the
 * same when that can be proved: the same variable (`timer`), what the same
 * pointer variable points to (`*Timer`), or the same member of what the
 * same variable holds (`context->Timer`), with nothing stored into it in
 * between.  A function that tests for STATUS_OBJECT_NAME_EXISTS wants the
 * existing context and is not reported. */
#include <stdlib.h>
#include <string.h>

#include "../core/ast.h"
#include "../core/status_tests.h"
#include "../core/dropped_statements.h"
#include "../core/flow.h"
#include "../core/util.h"
#include "../core/wdf_attributes.h"
#include "../core/wdf_objects.h"
#include "check.h"

static const char check_id[] = "context-allocated-twice";

enum { MAX_CONTEXTS = 8, MAX_ATTACH_PLACES = 4 };

typedef enum handle_kind {
    HANDLE_VARIABLE = 1, /* `timer` */
    HANDLE_POINTEE,      /* `*Timer` */
    HANDLE_MEMBER,       /* `context->Timer`, `holder.Timer` */
} handle_kind;

/* An object handle the walk can prove to be the same one. */
typedef struct handle_ref {
    handle_kind kind;
    CXCursor variable; /* canonical */
    CXCursor field;    /* HANDLE_MEMBER: the member's declaration; else null */
} handle_ref;

/* `object` has a context of type `type_info` on every path. */
typedef struct attached_context {
    handle_ref object;
    CXCursor type_info;
    /* The variable that holds the status of the call that attached it, or
     * null: on a path where that status is a failure, it did not. */
    CXCursor status_variable;
    CXCursor attached_at[MAX_ATTACH_PLACES]; /* the calls that attached it, one per path */
    unsigned attached_count;
    ddc_attr_value typed; /* how the type got into the attributes of those calls */
} attached_context;

typedef struct twice_state {
    ddc_attr_state attributes;
    attached_context contexts[MAX_CONTEXTS];
    unsigned context_count;
} twice_state;

typedef struct twice_walk {
    const ddc_unit_context *context;
    CXCursor function;
    bool wants_existing;  /* the function tests for STATUS_OBJECT_NAME_EXISTS */
    bool unit_has_errors;
} twice_walk;

/* ---- handles ---- */

static bool make_handle(handle_kind kind, CXCursor variable, CXCursor field, handle_ref *ref)
{
    if (clang_Cursor_isNull(variable))
        return false;
    memset(ref, 0, sizeof *ref);
    ref->kind = kind;
    ref->variable = clang_getCanonicalCursor(variable);
    if (!clang_Cursor_isNull(field))
        ref->field = clang_getCanonicalCursor(field);
    return true;
}

/* The handle an expression reads: `timer`, `*Timer`, `context->Timer`. */
static bool handle_of(CXCursor expression, handle_ref *ref)
{
    CXCursor inner = ddc_strip_casts(expression);
    enum CXCursorKind kind = clang_getCursorKind(inner);
    if (kind == CXCursor_DeclRefExpr)
        return make_handle(HANDLE_VARIABLE, ddc_referenced_variable(inner), clang_getNullCursor(), ref);
    if (kind == CXCursor_UnaryOperator && clang_getCursorUnaryOperatorKind(inner) == CXUnaryOperator_Deref)
        return make_handle(HANDLE_POINTEE, ddc_referenced_variable(ddc_child(inner, 0)), clang_getNullCursor(), ref);
    if (kind == CXCursor_MemberRefExpr) {
        CXCursor base = ddc_strip_parens(ddc_child(inner, 0));
        if (clang_getCursorKind(base) != CXCursor_DeclRefExpr)
            return false;
        return make_handle(HANDLE_MEMBER, ddc_referenced_variable(base), clang_getCursorReferenced(inner), ref);
    }
    return false;
}

/* The handle a WDFxxx * out argument receives: `&timer`, `Timer`, `&context->Timer`. */
static bool handle_received(CXCursor pointer, handle_ref *ref)
{
    CXCursor inner = ddc_strip_casts(pointer);
    if (clang_getCursorKind(inner) == CXCursor_UnaryOperator &&
        clang_getCursorUnaryOperatorKind(inner) == CXUnaryOperator_AddrOf)
        return handle_of(ddc_child(inner, 0), ref);
    if (clang_getCursorKind(inner) == CXCursor_DeclRefExpr)
        return make_handle(HANDLE_POINTEE, ddc_referenced_variable(inner), clang_getNullCursor(), ref);
    return false;
}

static bool same_handle(const handle_ref *a, const handle_ref *b)
{
    return a->kind == b->kind && ddc_same_declaration(a->variable, b->variable) &&
           (a->kind != HANDLE_MEMBER || ddc_same_declaration(a->field, b->field));
}

static void drop_context(twice_state *st, unsigned index)
{
    unsigned last = --st->context_count;
    if (index != last)
        memcpy(&st->contexts[index], &st->contexts[last], sizeof st->contexts[index]);
    memset(&st->contexts[last], 0, sizeof st->contexts[last]);
}

/* Forgets what is known of the handles `matches` selects. */
static void forget(twice_state *st, bool (*matches)(const handle_ref *, const void *), const void *data)
{
    for (unsigned i = 0; i < st->context_count;)
        if (matches(&st->contexts[i].object, data))
            drop_context(st, i);
        else
            i++;
}

static bool is_handle(const handle_ref *object, const void *data) { return same_handle(object, data); }

static bool uses_variable(const handle_ref *object, const void *data)
{
    return ddc_same_declaration(object->variable, *(const CXCursor *)data);
}

static bool is_member(const handle_ref *object, const void *data)
{
    return object->kind == HANDLE_MEMBER && ddc_same_declaration(object->field, *(const CXCursor *)data);
}

static bool is_indirect(const handle_ref *object, const void *data)
{
    (void)data;
    return object->kind != HANDLE_VARIABLE;
}

static bool is_global_or_indirect(const handle_ref *object, const void *data)
{
    return is_indirect(object, data) || !ddc_is_stack_variable(object->variable);
}

/* The type of the handle `object` names. */
static CXType handle_type(const handle_ref *object)
{
    if (object->kind == HANDLE_MEMBER)
        return clang_getCanonicalType(clang_getCursorType(object->field));
    CXType type = clang_getCanonicalType(clang_getCursorType(object->variable));
    return object->kind == HANDLE_POINTEE ? clang_getCanonicalType(clang_getPointeeType(type)) : type;
}

/* An indirect handle that a store to an lvalue of type `*data` may change:
 * one of that type, or any when the lvalue is a PVOID. */
static bool may_alias(const handle_ref *object, const void *data)
{
    const CXType *stored = data;
    bool untyped = stored->kind == CXType_Pointer && clang_getPointeeType(*stored).kind == CXType_Void;
    return is_indirect(object, NULL) && (untyped || clang_equalTypes(handle_type(object), *stored));
}

/* A handle reached through the pointer variable `*data`. */
static bool reached_through(const handle_ref *object, const void *data)
{
    return object->kind != HANDLE_VARIABLE && ddc_same_declaration(object->variable, *(const CXCursor *)data);
}

/* The local variable whose own storage `lvalue` is (`local`, `local.m`,
 * `(&local)->m`), or a null cursor when it is reached through a pointer. */
static CXCursor local_storage(CXCursor lvalue)
{
    CXCursor inner = ddc_strip_parens(lvalue);
    while (clang_getCursorKind(inner) == CXCursor_MemberRefExpr) {
        CXCursor base = ddc_strip_casts(ddc_child(inner, 0));
        if (ddc_member_is_arrow(inner)) {
            if (clang_getCursorKind(base) != CXCursor_UnaryOperator ||
                clang_getCursorUnaryOperatorKind(base) != CXUnaryOperator_AddrOf)
                return clang_getNullCursor();
            base = ddc_strip_parens(ddc_child(base, 0));
        }
        inner = base;
    }
    CXCursor variable = ddc_referenced_variable(inner);
    return clang_getCursorKind(variable) == CXCursor_VarDecl && ddc_is_stack_variable(variable)
               ? variable
               : clang_getNullCursor();
}

/* Something is stored into `target`. */
static void on_store(twice_state *st, CXCursor target)
{
    CXCursor inner = ddc_strip_parens(target);
    CXCursor variable = ddc_referenced_variable(inner);
    if (!clang_Cursor_isNull(variable)) {
        forget(st, uses_variable, &variable); /* the handle, or the pointer or structure that leads to it */
        return;
    }
    if (clang_getCursorKind(inner) == CXCursor_MemberRefExpr) {
        CXCursor field = clang_getCursorReferenced(inner);
        forget(st, is_member, &field); /* whichever structure it is */
    }
    CXCursor local = local_storage(inner);
    if (!clang_Cursor_isNull(local)) {
        forget(st, uses_variable, &local); /* a local's own member: nothing reached through pointers */
        return;
    }
    CXType stored = clang_getCanonicalType(clang_getCursorType(inner));
    forget(st, may_alias, &stored); /* *p, p[i], p->m may be any indirect handle of its type */
}

/* `&handle` lets a callee store into it. */
static void on_address_taken(twice_state *st, CXCursor operand)
{
    handle_ref ref;
    if (handle_of(operand, &ref))
        forget(st, is_handle, &ref);
    CXCursor inner = ddc_strip_parens(operand);
    if (clang_getCursorKind(inner) == CXCursor_MemberRefExpr) {
        CXCursor field = clang_getCursorReferenced(inner);
        forget(st, is_member, &field);
    }
}

/* ---- contexts ---- */

/* The index of the context of `type_info` on `object`, or -1. */
static int find_context(const twice_state *st, const handle_ref *object, CXCursor type_info)
{
    for (unsigned i = 0; i < st->context_count; i++)
        if (same_handle(&st->contexts[i].object, object) &&
            ddc_same_declaration(st->contexts[i].type_info, type_info))
            return (int)i;
    return -1;
}

static void attach(twice_state *st, const handle_ref *object, const ddc_attr_value *typed, CXCursor call)
{
    int index = find_context(st, object, typed->type_info);
    if (index < 0) {
        if (st->context_count == MAX_CONTEXTS)
            return;
        index = (int)st->context_count++;
    }
    attached_context *context = &st->contexts[index];
    memset(context, 0, sizeof *context);
    context->object = *object;
    context->type_info = typed->type_info;
    context->attached_at[context->attached_count++] = call;
    memcpy(&context->typed, typed, sizeof context->typed);
}

static void add_places(CXCursor *places, unsigned *count, unsigned capacity, const CXCursor *more, unsigned more_count)
{
    for (unsigned i = 0; i < more_count; i++) {
        bool seen = false;
        for (unsigned j = 0; j < *count; j++)
            seen |= clang_equalCursors(places[j], more[i]);
        if (!seen && *count < capacity)
            places[(*count)++] = more[i];
    }
}

static void join(void *into_blob, const void *other_blob, flow_walk *walk)
{
    (void)walk;
    twice_state *into = into_blob;
    const twice_state *other = other_blob;
    ddc_attr_join(&into->attributes, &other->attributes);
    for (unsigned i = 0; i < into->context_count;) {
        attached_context *mine = &into->contexts[i];
        int match = find_context(other, &mine->object, mine->type_info);
        if (match < 0) {
            drop_context(into, i);
            continue;
        }
        const attached_context *theirs = &other->contexts[match];
        if (clang_Cursor_isNull(mine->status_variable))
            mine->status_variable = theirs->status_variable;
        else if (!clang_Cursor_isNull(theirs->status_variable) &&
                 !clang_equalCursors(mine->status_variable, theirs->status_variable)) {
            drop_context(into, i); /* attached by calls whose statuses are in different variables */
            continue;
        }
        add_places(mine->attached_at, &mine->attached_count, MAX_ATTACH_PLACES, theirs->attached_at,
                   theirs->attached_count);
        add_places(mine->typed.places, &mine->typed.place_count, DDC_ATTR_MAX_PLACES, theirs->typed.places,
                   theirs->typed.place_count);
        i++;
    }
}

/* ---- reporting ---- */

/* Adds a note unless the finding has the same one. */
static void add_note_once(ddc_finding *finding, CXSourceLocation where, const char *text)
{
    ddc_location location = ddc_location_from_clang(where);
    bool seen = false;
    for (size_t i = 0; i < finding->note_count; i++)
        seen |= finding->notes[i].where.line == location.line && finding->notes[i].where.column == location.column &&
                strcmp(finding->notes[i].where.file, location.file) == 0 &&
                strcmp(finding->notes[i].message, text) == 0;
    if (!seen)
        ddc_finding_add_note_at(finding, location, "%s", text);
    free(location.file);
}

static void add_typed_notes(ddc_finding *finding, CXTranslationUnit unit, const ddc_attr_value *typed,
                            const char *type)
{
    char *text = ddc_format("context type '%s' is set here", type);
    for (unsigned i = 0; i < typed->place_count; i++)
        add_note_once(finding, clang_getCursorLocation(typed->places[i]), text);
    for (unsigned i = 0; i < typed->copy_count; i++) {
        char *copy = ddc_attr_copy_note(unit, typed->copies[i]);
        add_note_once(finding, clang_getCursorLocation(typed->copies[i]), copy);
        free(copy);
    }
    free(text);
}

/* The object a call gives a context to, as written: `timer`, `*Timer`
 * (for the out pointer `Timer`), `context->Timer`. */
static char *object_text(const twice_walk *tw, CXCursor call, const ddc_wdf_context_method *method)
{
    CXCursor object = ddc_strip_casts(clang_Cursor_getArgument(call, method->object_arg));
    if (!method->creates)
        return ddc_source_text(tw->context->unit, object);
    if (clang_getCursorKind(object) == CXCursor_UnaryOperator &&
        clang_getCursorUnaryOperatorKind(object) == CXUnaryOperator_AddrOf)
        return ddc_source_text(tw->context->unit, ddc_child(object, 0));
    char *pointer = ddc_source_text(tw->context->unit, object);
    char *text = ddc_format("*%s", pointer);
    free(pointer);
    return text;
}

/* How a call gave its object the context: "'WdfTimerCreate' creates 'timer'
 * with a context of type 'T' here". */
static char *attach_note(const twice_walk *tw, CXCursor call, const char *type)
{
    const ddc_wdf_context_method *method = ddc_wdf_context_method_of(call);
    char *text = object_text(tw, call, method);
    char *note = method->creates
                     ? ddc_format("'%s' creates '%s' with a context of type '%s' here", method->name, text, type)
                     : ddc_format("'%s' gives '%s' a context of type '%s' here", method->name, text, type);
    free(text);
    return note;
}

static void report(const twice_walk *tw, CXCursor call, CXCursor attributes,
                   const attached_context *existing, const ddc_attr_value *typed)
{
    char *type = ddc_attr_type_name(existing->type_info);
    char *text = object_text(tw, call, ddc_wdf_context_method_of(call));
    char *ddi = ddc_call_display_name(tw->context, call);
    ddc_finding *finding = ddc_findings_add(
        tw->context->findings, check_id, clang_getCursorLocation(attributes),
        "'%s' already has a context of type '%s': '%s' returns STATUS_OBJECT_NAME_EXISTS, a success status, and "
        "the existing context instead of a new one; give this context a type of its own, or use the existing one",
        text, type, ddi);
    add_typed_notes(finding, tw->context->unit, &existing->typed, type);
    for (unsigned i = 0; i < existing->attached_count; i++) {
        char *note = attach_note(tw, existing->attached_at[i], type);
        add_note_once(finding, clang_getCursorLocation(existing->attached_at[i]), note);
        free(note);
    }
    add_typed_notes(finding, tw->context->unit, typed, type);
    free(ddi);
    free(text);
    free(type);
}

static void add_value_places(CXCursor *places, unsigned *count, const ddc_attr_value *value)
{
    for (unsigned i = 0; i < value->place_count; i++)
        places[(*count)++] = value->places[i];
    for (unsigned i = 0; i < value->copy_count; i++)
        places[(*count)++] = value->copies[i];
}

/* True when the parser may have dropped a statement that changed the
 * handle or the attributes between the first context and `call`. */
static bool unreliable(const twice_walk *tw, const twice_state *st, CXCursor call, const handle_ref *handle,
                       ddc_attr_ref attributes, const attached_context *existing, const ddc_attr_value *typed)
{
    if (!tw->unit_has_errors)
        return false;
    enum { PLACES = 2 * (DDC_ATTR_MAX_PLACES + DDC_ATTR_MAX_COPIES) + MAX_ATTACH_PLACES };
    CXCursor places[PLACES];
    unsigned place_count = 0;
    add_value_places(places, &place_count, &existing->typed);
    add_value_places(places, &place_count, typed);
    for (unsigned i = 0; i < existing->attached_count; i++)
        places[place_count++] = existing->attached_at[i];
    enum { CAPACITY = 1 + DDC_ATTR_MAX_ALIASES + DDC_ATTR_MAX_COPIES };
    CXCursor variables[1 + CAPACITY];
    variables[0] = handle->variable;
    unsigned variable_count = 1 + ddc_attr_variables_of(&st->attributes, attributes, typed, variables + 1, CAPACITY);
    return ddc_dropped_mention(tw->context->unit, tw->function, places, place_count, call, variables,
                                    variable_count);
}

/* ---- events ---- */

static void on_method(twice_state *st, const twice_walk *tw, CXCursor call, const ddc_wdf_context_method *method,
                      flow_walk *walk)
{
    unsigned count = (unsigned)clang_Cursor_getNumArguments(call);
    if (method->attributes_arg >= count || method->object_arg >= count)
        return;
    CXCursor object = clang_Cursor_getArgument(call, method->object_arg);
    CXCursor attributes = clang_Cursor_getArgument(call, method->attributes_arg);
    handle_ref handle;
    bool known = method->creates ? handle_received(object, &handle) : handle_of(object, &handle);
    if (!known)
        return;
    if (method->creates)
        forget(st, is_handle, &handle); /* a new object */
    ddc_attr_ref ref;
    if (!ddc_attr_designated(&st->attributes, attributes, &ref))
        return;
    const ddc_attr_value *typed = ddc_attr_member_value(&st->attributes, ref, DDC_ATTR_CONTEXT_TYPE);
    if (typed->kind != DDC_ATTR_SET || clang_Cursor_isNull(typed->type_info))
        return;
    int found = method->creates ? -1 : find_context(st, &handle, typed->type_info);
    const attached_context *existing = found < 0 ? NULL : &st->contexts[found];
    if (existing && flow_reporting(walk) && !tw->wants_existing &&
        !unreliable(tw, st, call, &handle, ref, existing, typed))
        report(tw, call, attributes, existing, typed);
    attach(st, &handle, typed, call);
}

/* A routine of the system (a DDI with a contract, or declared in a system
 * header) stores only into what it is given; the driver's own code may
 * store into anything it can reach. */
static bool is_system_routine(const twice_walk *tw, CXCursor call)
{
    CXCursor callee = clang_getCursorReferenced(call);
    if (clang_getCursorKind(callee) != CXCursor_FunctionDecl || !ddc_attr_is_driver_call(call))
        return false;
    char *name = ddc_spelling(callee);
    bool system = ddc_contracts_find_ddi(tw->context->contracts, name) ||
                  clang_Location_isInSystemHeader(clang_getCursorLocation(callee));
    free(name);
    return system;
}

/* WdfObjectDelete: https://learn.microsoft.com/windows-hardware/drivers/ddi/wdfobject/nf-wdfobject-wdfobjectdelete */
static bool is_delete(CXCursor call)
{
    char *callee = ddc_callee_name(call);
    bool delete = callee && strcmp(callee, "WdfObjectDelete") == 0 && clang_Cursor_getNumArguments(call) == 1;
    free(callee);
    return delete;
}

static void on_call(twice_state *st, const twice_walk *tw, CXCursor call, flow_walk *walk)
{
    const ddc_wdf_context_method *method = ddc_wdf_context_method_of(call);
    char *callee = ddc_callee_name(call);
    bool framework = callee && ddc_attr_is_framework_name(callee);
    free(callee);
    if (framework || is_system_routine(tw, call)) {
        /* A pointer it is given may receive a handle (WDFxxx *), or lead to one. */
        int count = clang_Cursor_getNumArguments(call);
        for (int i = 0; i < count; i++) {
            CXCursor variable = ddc_referenced_variable(clang_Cursor_getArgument(call, (unsigned)i));
            if (!clang_Cursor_isNull(variable))
                forget(st, reached_through, &variable);
        }
    } else {
        forget(st, is_global_or_indirect, NULL); /* the driver's code may store into them */
    }
    handle_ref deleted;
    if (is_delete(call) && handle_of(clang_Cursor_getArgument(call, 0), &deleted))
        forget(st, is_handle, &deleted); /* the handle no longer names that object */
    if (method)
        on_method(st, tw, call, method, walk);
}

/* ---- statuses ---- */

/* `variable` receives the status of `value`: when that is a call that
 * attached contexts, their fate is tied to the variable; a status stored
 * over an earlier one unties that one's contexts. */
static void on_status_store(twice_state *st, CXCursor variable, CXCursor value)
{
    CXCursor canonical = clang_getCanonicalCursor(variable);
    CXCursor call = clang_Cursor_isNull(value) ? value : ddc_strip_casts(value);
    for (unsigned i = 0; i < st->context_count; i++) {
        attached_context *context = &st->contexts[i];
        bool by_call = false;
        for (unsigned p = 0; p < context->attached_count && !clang_Cursor_isNull(call); p++)
            by_call |= clang_equalCursors(context->attached_at[p], call);
        if (by_call)
            context->status_variable = canonical;
        else if (clang_equalCursors(context->status_variable, canonical))
            memset(&context->status_variable, 0, sizeof context->status_variable);
    }
}

/* Reads a test of a status variable (status_tests.h): the variable and
 * whether each branch implies success. */
static bool read_status_test(CXCursor tested, CXCursor *variable, bool *succeeds_when_nonzero,
                             bool *succeeds_when_zero)
{
    CXCursor status;
    if (!ddc_read_status_test(tested, &status, succeeds_when_nonzero, succeeds_when_zero))
        return false;
    *variable = ddc_referenced_variable(status);
    return !clang_Cursor_isNull(*variable);
}

static void drop_linked(twice_state *st, CXCursor variable)
{
    CXCursor canonical = clang_getCanonicalCursor(variable);
    for (unsigned i = 0; i < st->context_count;)
        if (clang_equalCursors(st->contexts[i].status_variable, canonical))
            drop_context(st, i);
        else
            i++;
}

typedef struct status_mention {
    const twice_state *st;
    CXCursor found;
} status_mention;

static enum CXChildVisitResult find_status(CXCursor cursor, CXCursor parent, CXClientData data)
{
    (void)parent;
    status_mention *mention = data;
    CXCursor variable = ddc_referenced_variable(cursor);
    for (unsigned i = 0; !clang_Cursor_isNull(variable) && i < mention->st->context_count; i++)
        if (ddc_same_declaration(mention->st->contexts[i].status_variable, variable)) {
            mention->found = variable;
            return CXChildVisit_Break;
        }
    return CXChildVisit_Recurse;
}

/* A branch on a status: where it may be a failure, the call that returned
 * it attached nothing.  A test that uses a status in another way drops its
 * contexts on both branches. */
static void on_test(void *when_nonzero, void *when_zero, CXCursor tested, flow_walk *walk)
{
    (void)walk;
    CXCursor variable;
    bool nonzero_succeeds, zero_succeeds;
    if (read_status_test(tested, &variable, &nonzero_succeeds, &zero_succeeds)) {
        if (!nonzero_succeeds)
            drop_linked(when_nonzero, variable);
        if (!zero_succeeds)
            drop_linked(when_zero, variable);
        return;
    }
    status_mention mention = {.st = when_nonzero, .found = clang_getNullCursor()};
    clang_visitChildren(tested, find_status, &mention);
    if (!clang_Cursor_isNull(mention.found)) {
        drop_linked(when_nonzero, mention.found);
        drop_linked(when_zero, mention.found);
    }
}

static void on_expression(void *blob, CXCursor expression, flow_walk *walk)
{
    twice_state *st = blob;
    const twice_walk *tw = flow_user(walk);
    enum CXCursorKind kind = clang_getCursorKind(expression);
    if (kind == CXCursor_CallExpr) {
        on_call(st, tw, expression, walk);
    } else if (kind == CXCursor_BinaryOperator &&
               clang_getCursorBinaryOperatorKind(expression) == CXBinaryOperator_Assign) {
        on_store(st, ddc_child(expression, 0));
        CXCursor variable = ddc_referenced_variable(ddc_strip_parens(ddc_child(expression, 0)));
        if (!clang_Cursor_isNull(variable))
            on_status_store(st, variable, ddc_child(expression, 1));
    } else if (kind == CXCursor_CompoundAssignOperator) {
        on_store(st, ddc_child(expression, 0));
    } else if (kind == CXCursor_UnaryOperator) {
        enum CXUnaryOperatorKind op = clang_getCursorUnaryOperatorKind(expression);
        if (op == CXUnaryOperator_AddrOf)
            on_address_taken(st, ddc_child(expression, 0));
        else if (op == CXUnaryOperator_PreInc || op == CXUnaryOperator_PreDec || op == CXUnaryOperator_PostInc ||
                 op == CXUnaryOperator_PostDec)
            on_store(st, ddc_child(expression, 0));
    }
    ddc_attr_on_expression(&st->attributes, tw->context, expression);
}

static void on_variable(void *blob, CXCursor variable, flow_walk *walk)
{
    (void)walk;
    twice_state *st = blob;
    forget(st, uses_variable, &variable);
    unsigned count = ddc_child_count(variable);
    CXCursor initializer = count ? ddc_child(variable, count - 1) : clang_getNullCursor();
    on_status_store(st, variable,
                    clang_isExpression(clang_getCursorKind(initializer)) ? initializer : clang_getNullCursor());
    ddc_attr_on_variable(&st->attributes, variable);
}

static const flow_analysis analysis = {
    .state_size = sizeof(twice_state),
    .join = join,
    .on_expression = on_expression,
    .on_variable = on_variable,
    .on_test = on_test,
};

/* ---- the function ---- */

typedef struct body_search {
    bool allocates;
} body_search;

static enum CXChildVisitResult find_allocation(CXCursor cursor, CXCursor parent, CXClientData data)
{
    (void)parent;
    body_search *search = data;
    if (clang_getCursorKind(cursor) == CXCursor_CallExpr &&
        ddc_wdf_context_method_of(cursor) == ddc_wdf_allocate_context()) {
        search->allocates = true;
        return CXChildVisit_Break;
    }
    return CXChildVisit_Recurse;
}

/* True when the body names STATUS_OBJECT_NAME_EXISTS (a macro, so only the
 * tokens show it). */
static bool names_name_exists(CXTranslationUnit unit, CXCursor body)
{
    char *tokens = ddc_spaced_token_text(unit, clang_getCursorExtent(body));
    bool found = strstr(tokens, " STATUS_OBJECT_NAME_EXISTS ") != NULL ||
                 strncmp(tokens, "STATUS_OBJECT_NAME_EXISTS ", 26) == 0;
    free(tokens);
    return found;
}

static void check_function(const ddc_unit_context *context, CXCursor function)
{
    CXCursor body = ddc_function_body(function);
    if (clang_Cursor_isNull(body))
        return;
    body_search search = {0};
    clang_visitChildren(body, find_allocation, &search);
    if (!search.allocates)
        return;
    twice_walk tw = {.context = context,
                     .function = function,
                     .wants_existing = names_name_exists(context->unit, body),
                     .unit_has_errors = context->has_parse_errors};
    twice_state *initial = ddc_xcalloc(1, sizeof *initial);
    ddc_attr_state_start(&initial->attributes, function);
    flow_walk_function(ddc_cfg_cache_get(context->graphs, context->unit, function), &analysis, initial, &tw);
    free(initial);
}

const ddc_check context_allocated_twice_check = {
    .id = check_id,
    .name = "ContextAllocatedTwice",
    .summary = "WdfObjectAllocateContext is called for a context type the object already has.",
    .on_function = check_function,
};
