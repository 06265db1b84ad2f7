/* Places, states and sources of the null-state dataflow (see null_flow_parts.h). */
#include "null_flow_parts.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "contract_eval.h"
#include "util.h"

/* ---- places ---- */

unsigned ddc_null_intern_place(null_walk *nw, CXCursor base, const char *path, const char *name, const char *spaced)
{
    for (size_t i = 0; i < nw->place_count; i++)
        if (strcmp(nw->places[i].path, path) == 0 && ddc_same_declaration(nw->places[i].base, base))
            return (unsigned)i + 1;
    if (nw->place_count >= UINT16_MAX - 1)
        return 0;
    nw->places = ddc_xrealloc(nw->places, (nw->place_count + 1) * sizeof *nw->places);
    place *p = &nw->places[nw->place_count++];
    *p = (place){.base = base, .name = ddc_strdup(name), .spaced = ddc_strdup(spaced)};
    snprintf(p->path, sizeof p->path, "%s", path);
    p->global = clang_getCursorKind(clang_getCursorSemanticParent(base)) == CXCursor_TranslationUnit;
    return (unsigned)nw->place_count;
}

const place *ddc_null_place_at(const null_walk *nw, unsigned id) { return &nw->places[id - 1]; }

/* The place of a variable reference, or 0. */
static unsigned variable_place(null_walk *nw, CXCursor reference)
{
    CXCursor variable = ddc_referenced_variable(reference);
    if (clang_Cursor_isNull(variable))
        return 0;
    char *name = ddc_spelling(variable);
    unsigned id = ddc_null_intern_place(nw, variable, "", name, name);
    free(name);
    return id;
}

/* The place one step (`e`: a member reference or a dereference) leads to
 * from the place `inner`, or 0 when its path would not fit. */
static unsigned step_place(null_walk *nw, CXCursor e, unsigned inner)
{
    const place *p = ddc_null_place_at(nw, inner);
    char *path, *name, *spaced;
    if (clang_getCursorKind(e) == CXCursor_MemberRefExpr) {
        bool arrow = ddc_member_is_arrow(e);
        char *member = ddc_spelling(e);
        path = ddc_format("%s%s%s", p->path, arrow ? "->" : ".", member);
        name = ddc_format("%s%s%s", p->name, arrow ? "->" : ".", member);
        spaced = ddc_format("%s %s %s", p->spaced, arrow ? "->" : ".", member);
        free(member);
    } else {
        path = ddc_format("%s@", p->path);
        name = ddc_format("*%s", p->name);
        spaced = ddc_format("* %s", p->spaced);
    }
    unsigned id = strlen(path) < MAX_PATH ? ddc_null_intern_place(nw, p->base, path, name, spaced) : 0;
    free(path);
    free(name);
    free(spaced);
    return id;
}

/* The place `expression` names, or 0.  The chain of members and
 * dereferences down to the variable is followed without recursion, and no
 * further than a path that fits (each step adds at least one character to
 * it), so `s->q->q->...->v` 10,000 long costs neither stack nor time. */
unsigned ddc_null_place_of(null_walk *nw, CXCursor expression)
{
    CXCursor steps[MAX_PATH];
    unsigned count = 0;
    CXCursor e = ddc_strip_casts(expression);
    for (;;) {
        enum CXCursorKind kind = clang_getCursorKind(e);
        bool step = kind == CXCursor_MemberRefExpr ||
                    (kind == CXCursor_UnaryOperator && clang_getCursorUnaryOperatorKind(e) == CXUnaryOperator_Deref);
        if (!step)
            break;
        if (count == MAX_PATH)
            return 0; /* the path is too long to track */
        steps[count++] = e;
        e = ddc_strip_casts(ddc_child(e, 0));
    }
    if (clang_getCursorKind(e) != CXCursor_DeclRefExpr)
        return 0;
    unsigned id = variable_place(nw, e);
    while (id && count > 0)
        id = step_place(nw, steps[--count], id);
    return id;
}

/* Is `inner` a path within `outer` (ext->Buffer within ext)? */
bool ddc_null_extends(const null_walk *nw, unsigned outer, unsigned inner)
{
    const place *a = ddc_null_place_at(nw, outer), *b = ddc_null_place_at(nw, inner);
    size_t length = strlen(a->path);
    return outer != inner && strlen(b->path) > length && strncmp(a->path, b->path, length) == 0 &&
           ddc_same_declaration(a->base, b->base);
}

/* ---- states ---- */

tracked *ddc_null_find(null_state *st, unsigned place)
{
    for (unsigned i = 0; i < st->count; i++)
        if (st->values[i].place == place)
            return &st->values[i];
    return NULL;
}

void ddc_null_remove_at(null_state *st, unsigned index)
{
    memmove(&st->values[index], &st->values[index + 1], (st->count - index - 1) * sizeof *st->values);
    st->count--;
    memset(&st->values[st->count], 0, sizeof *st->values);
}

void ddc_null_untrack(null_state *st, unsigned place)
{
    for (unsigned i = 0; i < st->count; i++)
        if (st->values[i].place == place) {
            ddc_null_remove_at(st, i);
            return;
        }
}

/* Forgets `place` and every path within it. */
void ddc_null_forget(null_walk *nw, null_state *st, unsigned place)
{
    for (unsigned i = 0; i < st->count;) {
        if (st->values[i].place == place || ddc_null_extends(nw, place, st->values[i].place))
            ddc_null_remove_at(st, i);
        else
            i++;
    }
}

void ddc_null_track(null_state *st, unsigned place, unsigned source, enum value_state state)
{
    if (!place)
        return;
    ddc_null_untrack(st, place);
    if (st->count == MAX_TRACKED)
        return;
    unsigned at = 0;
    while (at < st->count && st->values[at].place < place)
        at++;
    memmove(&st->values[at + 1], &st->values[at], (st->count - at) * sizeof *st->values);
    st->values[at] = (tracked){.place = (uint16_t)place, .source = (uint16_t)source, .state = (uint8_t)state};
    st->count++;
}

/* Sets the state of every place that holds the value of `source`. */
void ddc_null_set_state(null_state *st, unsigned source, enum value_state state)
{
    for (unsigned i = 0; i < st->count; i++)
        if (st->values[i].source == source)
            st->values[i].state = (uint8_t)state;
}

void ddc_null_join(void *into_blob, const void *other_blob, flow_walk *walk)
{
    (void)walk;
    null_state *into = into_blob;
    const null_state *other = other_blob;
    for (unsigned i = 0; i < into->count;) {
        const tracked *match = NULL;
        for (unsigned j = 0; j < other->count && !match; j++)
            if (other->values[j].place == into->values[i].place && other->values[j].source == into->values[i].source)
                match = &other->values[j];
        if (!match) {
            ddc_null_remove_at(into, i);
            continue;
        }
        if (match->state > into->values[i].state)
            into->values[i].state = match->state;
        i++;
    }
}

/* ---- sources ---- */

/* The whole-program key of the lookaside list argument `arg` of `call`
 * names (`&List`, `&Extension->List`), or NULL. */
static char *list_key(const null_walk *nw, CXCursor call, int arg)
{
    if (arg == DDC_NO_ARG || arg >= clang_Cursor_getNumArguments(call))
        return NULL;
    CXCursor list = ddc_strip_casts(clang_Cursor_getArgument(call, (unsigned)arg));
    if (clang_getCursorKind(list) == CXCursor_UnaryOperator &&
        clang_getCursorUnaryOperatorKind(list) == CXUnaryOperator_AddrOf)
        list = ddc_strip_casts(ddc_child(list, 0));
    enum CXCursorKind kind = clang_getCursorKind(list);
    if (kind != CXCursor_DeclRefExpr && kind != CXCursor_MemberRefExpr)
        return NULL;
    return ddc_program_key(nw->context, clang_getCursorReferenced(list));
}

void ddc_null_note_list_initializer(null_walk *nw, CXCursor call)
{
    const ddc_ddi_contract *contract = ddc_call_contract(nw->context, call);
    if (!contract || !contract->has_list_raises_when)
        return;
    char *list = list_key(nw, call, contract->list_arg);
    if (list)
        ddc_strings_take(ddc_call_initializes_list_that_may_run_dry(contract, call) ? &nw->facts->plain_lists
                                                                                     : &nw->facts->raising_lists,
                         list);
}

unsigned ddc_null_source_for(null_walk *nw, source_kind kind, CXCursor call)
{
    for (size_t i = 0; i < nw->source_count; i++)
        if (nw->sources[i].kind == kind && clang_equalCursors(nw->sources[i].call, call))
            return (unsigned)i;
    nw->sources = ddc_xrealloc(nw->sources, (nw->source_count + 1) * sizeof *nw->sources);
    source *s = &nw->sources[nw->source_count];
    *s = (source){.kind = kind, .call = call, .parameter = -1};
    s->callee = ddc_call_display_name(nw->context, call);
    const ddc_ddi_contract *contract = kind == SOURCE_DDI ? ddc_call_contract(nw->context, call) : NULL;
    if (contract && contract->list_arg != DDC_NO_ARG) {
        char *list = list_key(nw, call, contract->list_arg);
        s->lookaside_list = list ? list : ddc_strdup(""); /* "": a list that cannot be told: never confirmed */
    }
    if (kind == SOURCE_FUNCTION)
        s->callee_key = ddc_program_key(nw->context, clang_getCursorReferenced(call));
    return (unsigned)nw->source_count++;
}

/* A function of the driver's own (declared outside system headers) that
 * returns a pointer: its result may be NULL if it is a may-return-NULL
 * function. */
bool ddc_null_is_driver_function(const null_walk *nw, CXCursor call)
{
    CXCursor callee = clang_getCursorReferenced(call);
    return clang_getCursorKind(callee) == CXCursor_FunctionDecl &&
           ddc_function_facts_find(nw->context->functions, callee) != NULL;
}

static bool returns_pointer(CXCursor call)
{
    return clang_getCanonicalType(clang_getCursorType(call)).kind == CXType_Pointer;
}

/* The source of a call's result that may be NULL, or -1. */
int ddc_null_call_source(null_walk *nw, CXCursor expression)
{
    CXCursor call = ddc_strip_casts(expression);
    if (clang_getCursorKind(call) == CXCursor_ConditionalOperator && ddc_child_count(call) == 3) {
        /* `c ? x : Ddi()` may be NULL when an arm may be: the form of DDI
         * macros such as MmGetSystemAddressForMdlSafe. */
        for (unsigned arm = 1; arm < 3; arm++) {
            CXCursor inner = ddc_strip_casts(ddc_child(call, arm));
            if (clang_getCursorKind(inner) != CXCursor_CallExpr)
                continue;
            const ddc_ddi_contract *contract = ddc_call_contract(nw->context, inner);
            if (contract && ddc_call_may_return_null(contract, inner))
                return (int)ddc_null_source_for(nw, SOURCE_DDI, call);
        }
        return -1;
    }
    if (clang_getCursorKind(call) != CXCursor_CallExpr)
        return -1;
    const ddc_ddi_contract *contract = ddc_call_contract(nw->context, call);
    if (contract && ddc_call_may_return_null(contract, call))
        return (int)ddc_null_source_for(nw, SOURCE_DDI, call);
    if ((!contract || !contract->maybe_null) && ddc_null_is_driver_function(nw, call) && returns_pointer(call))
        return (int)ddc_null_source_for(nw, SOURCE_FUNCTION, call);
    return -1;
}

