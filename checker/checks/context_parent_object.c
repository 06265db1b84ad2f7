/* context-parent-object: WdfObjectAllocateContext is called with a
 * WDF_OBJECT_ATTRIBUTES whose ParentObject is set.  The documentation forbids
 * it, and KMDF 1.11 and later fail the call with
 * STATUS_WDF_PARENT_ASSIGNMENT_NOT_ALLOWED.
 *
 * A path walk follows each attributes variable: set by an assignment to its
 * member (directly or through a pointer to it) or by its initializer, cleared
 * by WDF_OBJECT_ATTRIBUTES_INIT (and ..._INIT_CONTEXT_TYPE, which expands to
 * it), by assigning NULL, by a struct assignment, or by passing its address to
 * a function of the driver's own (which may re-initialise it).  Only a member
 * set on every path to the call is reported. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/ast.h"
#include "../core/flow.h"
#include "../core/util.h"
#include "check.h"

static const char check_id[] = "context-parent-object";

enum { MAX_OBJECTS = 8, MAX_ALIASES = 8, MAX_SET_PLACES = 4 };

/* An attributes structure: a variable, or what a pointer variable points to. */
typedef struct object_ref {
    CXCursor variable;
    bool through_pointer;
} object_ref;

typedef struct member_set {
    object_ref object;
    CXCursor where[MAX_SET_PLACES]; /* the assignments or initializers that set it, one per path */
    unsigned where_count;
    char member[32];
} member_set;

typedef struct alias {
    CXCursor pointer;
    CXCursor target;
} alias;

typedef struct attributes_state {
    member_set sets[MAX_OBJECTS];
    unsigned set_count;
    alias aliases[MAX_ALIASES];
    unsigned alias_count;
} attributes_state;

typedef struct attributes_walk {
    const ddc_unit_context *context;
} attributes_walk;

static void add_place(member_set *set, CXCursor where);

static bool same_object(object_ref a, object_ref b)
{
    return a.through_pointer == b.through_pointer && ddc_same_declaration(a.variable, b.variable);
}

static void join(void *into_blob, const void *other_blob, flow_walk *walk)
{
    (void)walk;
    attributes_state *into = into_blob;
    const attributes_state *other = other_blob;
    unsigned kept = 0;
    for (unsigned i = 0; i < into->set_count; i++) {
        const member_set *match = NULL;
        for (unsigned j = 0; j < other->set_count; j++)
            if (same_object(into->sets[i].object, other->sets[j].object) &&
                strcmp(into->sets[i].member, other->sets[j].member) == 0)
                match = &other->sets[j];
        if (!match)
            continue;
        member_set *kept_set = &into->sets[kept++];
        *kept_set = into->sets[i];
        for (unsigned w = 0; w < match->where_count; w++)
            add_place(kept_set, match->where[w]);
    }
    into->set_count = kept;
    kept = 0;
    for (unsigned i = 0; i < into->alias_count; i++) {
        bool on_both = false;
        for (unsigned j = 0; j < other->alias_count; j++)
            on_both |= ddc_same_declaration(into->aliases[i].pointer, other->aliases[j].pointer) &&
                       ddc_same_declaration(into->aliases[i].target, other->aliases[j].target);
        if (on_both)
            into->aliases[kept++] = into->aliases[i];
    }
    into->alias_count = kept;
}

/* ---- objects and aliases ---- */

static void add_place(member_set *set, CXCursor where)
{
    for (unsigned i = 0; i < set->where_count; i++)
        if (clang_equalCursors(set->where[i], where))
            return;
    if (set->where_count < MAX_SET_PLACES)
        set->where[set->where_count++] = where;
}

static void set_alias(attributes_state *st, CXCursor pointer, CXCursor target)
{
    for (unsigned i = 0; i < st->alias_count; i++)
        if (ddc_same_declaration(st->aliases[i].pointer, pointer)) {
            st->aliases[i] = st->aliases[--st->alias_count];
            break;
        }
    if (!clang_Cursor_isNull(target) && st->alias_count < MAX_ALIASES)
        st->aliases[st->alias_count++] = (alias){.pointer = pointer, .target = target};
}

/* The variable `&x` takes the address of, or a null cursor. */
static CXCursor address_of_variable(CXCursor expression)
{
    CXCursor stripped = ddc_strip_casts(expression);
    if (clang_getCursorKind(stripped) != CXCursor_UnaryOperator ||
        clang_getCursorUnaryOperatorKind(stripped) != CXUnaryOperator_AddrOf)
        return clang_getNullCursor();
    return ddc_referenced_variable(ddc_child(stripped, 0));
}

/* The attributes structure a pointer expression (`&attr`, `p`) designates. */
static bool object_of_pointer(const attributes_state *st, CXCursor expression, object_ref *object)
{
    CXCursor variable = address_of_variable(expression);
    if (!clang_Cursor_isNull(variable)) {
        *object = (object_ref){variable, false};
        return true;
    }
    CXCursor pointer = ddc_referenced_variable(expression);
    if (clang_Cursor_isNull(pointer))
        return false;
    for (unsigned i = 0; i < st->alias_count; i++)
        if (ddc_same_declaration(st->aliases[i].pointer, pointer)) {
            *object = (object_ref){st->aliases[i].target, false};
            return true;
        }
    *object = (object_ref){pointer, true};
    return true;
}

/* The structure a member access `attr.M` / `p->M` belongs to. */
static bool object_of_member(const attributes_state *st, CXCursor member_ref, object_ref *object)
{
    CXCursor base = ddc_child(member_ref, 0);
    if (ddc_member_is_arrow(member_ref))
        return object_of_pointer(st, base, object);
    CXCursor variable = ddc_referenced_variable(base);
    if (clang_Cursor_isNull(variable))
        return false;
    *object = (object_ref){variable, false};
    return true;
}

static void clear(attributes_state *st, object_ref object)
{
    for (unsigned i = 0; i < st->set_count;)
        if (same_object(st->sets[i].object, object))
            st->sets[i] = st->sets[--st->set_count];
        else
            i++;
}

static void record_set(attributes_state *st, object_ref object, const char *member, CXCursor where)
{
    for (unsigned i = 0; i < st->set_count; i++)
        if (same_object(st->sets[i].object, object) && strcmp(st->sets[i].member, member) == 0) {
            st->sets[i].where[0] = where;
            st->sets[i].where_count = 1;
            return;
        }
    if (st->set_count == MAX_OBJECTS)
        return;
    member_set *set = &st->sets[st->set_count++];
    set->object = object;
    set->where[0] = where;
    set->where_count = 1;
    snprintf(set->member, sizeof set->member, "%s", member);
}

static void unset(attributes_state *st, object_ref object, const char *member)
{
    for (unsigned i = 0; i < st->set_count; i++)
        if (same_object(st->sets[i].object, object) && strcmp(st->sets[i].member, member) == 0) {
            st->sets[i] = st->sets[--st->set_count];
            return;
        }
}

/* NULL, or a ?: with a NULL arm: not set on every path. */
static bool may_be_null(CXCursor value)
{
    CXCursor inner = ddc_strip_casts(value);
    if (clang_getCursorKind(inner) == CXCursor_ConditionalOperator && ddc_child_count(inner) == 3)
        return may_be_null(ddc_child(inner, 1)) || may_be_null(ddc_child(inner, 2));
    return ddc_is_null_constant(inner);
}

/* True when some contract forbids setting `member`. */
static bool is_forbidden_member(const ddc_contracts *contracts, const char *member)
{
    for (size_t i = 0; i < contracts->ddi_count; i++)
        if (contracts->ddis[i].forbidden_member && strcmp(contracts->ddis[i].forbidden_member, member) == 0)
            return true;
    return false;
}

/* ---- events ---- */

static void on_assignment(attributes_state *st, const attributes_walk *aw, CXCursor assignment)
{
    CXCursor target = ddc_strip_parens(ddc_child(assignment, 0));
    CXCursor value = ddc_child(assignment, 1);
    if (clang_getCursorKind(target) == CXCursor_MemberRefExpr) {
        char *member = ddc_spelling(target);
        object_ref object;
        if (is_forbidden_member(aw->context->contracts, member) && object_of_member(st, target, &object)) {
            if (may_be_null(value))
                unset(st, object, member);
            else
                record_set(st, object, member, assignment);
        }
        free(member);
        return;
    }
    CXCursor variable = ddc_referenced_variable(target);
    if (clang_Cursor_isNull(variable))
        return;
    CXType type = clang_getCanonicalType(clang_getCursorType(variable));
    if (type.kind == CXType_Pointer)
        set_alias(st, variable, address_of_variable(value));
    clear(st, (object_ref){variable, false}); /* a struct copy or a new pointer */
    clear(st, (object_ref){variable, true});
}

static void report(const attributes_walk *aw, flow_walk *walk, CXCursor call, CXCursor argument,
                   const member_set *set, const ddc_ddi_contract *contract)
{
    if (!flow_reporting(walk))
        return;
    char *ddi = ddc_call_display_name(aw->context, call);
    char *text = ddc_source_text(aw->context->unit, argument);
    ddc_finding *finding = ddc_findings_add(
        aw->context->findings, check_id, clang_getCursorLocation(argument),
        "attributes '%s' passed to '%s' have %s set; the call fails with %s: pass attributes whose %s is NULL", text,
        ddi, set->member, contract->forbidden_status ? contract->forbidden_status : "an error", set->member);
    for (unsigned i = 0; i < set->where_count; i++)
        ddc_finding_add_note(finding, clang_getCursorLocation(set->where[i]), "%s is set here", set->member);
    free(text);
    free(ddi);
}

static bool is_framework_call(const char *name)
{
    return strncmp(name, "Wdf", 3) == 0 || strncmp(name, "WDF_", 4) == 0;
}

static void on_call(attributes_state *st, const attributes_walk *aw, CXCursor call, flow_walk *walk)
{
    const ddc_ddi_contract *contract = ddc_call_contract(aw->context, call);
    int count = clang_Cursor_getNumArguments(call);
    if (contract && contract->forbidden_member && contract->forbidden_member_arg < count) {
        CXCursor argument = clang_Cursor_getArgument(call, (unsigned)contract->forbidden_member_arg);
        object_ref object;
        if (object_of_pointer(st, argument, &object))
            for (unsigned i = 0; i < st->set_count; i++)
                if (same_object(st->sets[i].object, object) &&
                    strcmp(st->sets[i].member, contract->forbidden_member) == 0)
                    report(aw, walk, call, argument, &st->sets[i], contract);
    }
    if (contract && contract->resets_arg != DDC_NO_ARG && contract->resets_arg < count) {
        object_ref object;
        if (object_of_pointer(st, clang_Cursor_getArgument(call, (unsigned)contract->resets_arg), &object))
            clear(st, object);
        return;
    }
    /* The driver's own functions may re-initialise what they are given. */
    char *callee = ddc_call_display_name(aw->context, call);
    bool framework = is_framework_call(callee);
    free(callee);
    if (framework)
        return;
    for (int i = 0; i < count; i++) {
        object_ref object;
        CXCursor argument = clang_Cursor_getArgument(call, (unsigned)i);
        if (clang_getCanonicalType(clang_getCursorType(argument)).kind == CXType_Pointer &&
            object_of_pointer(st, argument, &object))
            clear(st, object);
    }
}

static void on_expression(void *blob, CXCursor expression, flow_walk *walk)
{
    attributes_state *st = blob;
    const attributes_walk *aw = flow_user(walk);
    enum CXCursorKind kind = clang_getCursorKind(expression);
    if (kind == CXCursor_BinaryOperator && clang_getCursorBinaryOperatorKind(expression) == CXBinaryOperator_Assign)
        on_assignment(st, aw, expression);
    else if (kind == CXCursor_CallExpr)
        on_call(st, aw, expression, walk);
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

/* `WDF_OBJECT_ATTRIBUTES a = {.ParentObject = Device}` or a positional
 * initializer that reaches the member. */
static void on_initializer(attributes_state *st, const attributes_walk *aw, CXCursor variable, CXCursor list)
{
    unsigned count = ddc_child_count(list);
    for (size_t c = 0; c < aw->context->contracts->ddi_count; c++) {
        const char *member = aw->context->contracts->ddis[c].forbidden_member;
        if (!member)
            continue;
        field_search search = {.member = member};
        clang_Type_visitFields(clang_getCanonicalType(clang_getCursorType(variable)), find_field, &search);
        for (unsigned i = 0; i < count; i++) {
            CXCursor element = ddc_child(list, i);
            CXCursor designator = ddc_child(element, 0);
            bool designated = clang_getCursorKind(element) == CXCursor_UnexposedExpr &&
                              clang_getCursorKind(designator) == CXCursor_MemberRef;
            CXCursor value = element;
            if (designated) {
                char *name = ddc_spelling(designator);
                bool match = strcmp(name, member) == 0;
                free(name);
                if (!match)
                    continue;
                value = ddc_child(element, ddc_child_count(element) - 1);
            } else if (!(search.found && i == search.index)) {
                continue;
            }
            if (!may_be_null(value))
                record_set(st, (object_ref){variable, false}, member, element);
        }
    }
}

static void on_variable(void *blob, CXCursor variable, flow_walk *walk)
{
    attributes_state *st = blob;
    const attributes_walk *aw = flow_user(walk);
    clear(st, (object_ref){variable, false});
    clear(st, (object_ref){variable, true});
    unsigned count = ddc_child_count(variable);
    CXCursor initializer = count ? ddc_child(variable, count - 1) : clang_getNullCursor();
    if (clang_Cursor_isNull(initializer) || !clang_isExpression(clang_getCursorKind(initializer)))
        return;
    CXType type = clang_getCanonicalType(clang_getCursorType(variable));
    if (type.kind == CXType_Pointer)
        set_alias(st, variable, address_of_variable(initializer));
    else if (type.kind == CXType_Record && clang_getCursorKind(initializer) == CXCursor_InitListExpr)
        on_initializer(st, aw, variable, initializer);
}

static const flow_analysis analysis = {
    .state_size = sizeof(attributes_state),
    .join = join,
    .on_expression = on_expression,
    .on_variable = on_variable,
};

static void check_function(const ddc_unit_context *context, CXCursor function)
{
    attributes_walk aw = {.context = context};
    attributes_state initial = {0};
    flow_walk_function(context->unit, function, &analysis, &initial, &aw);
}

const ddc_check context_parent_object_check = {
    .id = check_id,
    .summary = "WdfObjectAllocateContext is called with object attributes whose ParentObject is set.",
    .on_function = check_function,
};
