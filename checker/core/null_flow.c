/* The null-state dataflow of one function (see null_flow.h). */
#include "null_flow.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "assert_macros.h"
#include "ast.h"
#include "contract_eval.h"
#include "flow.h"
#include "util.h"

enum { MAX_TRACKED = 16, MAX_TRACKED_PARAMETERS = 8, MAX_PATH = 96 };

/* A value's state on one path.  Joining keeps the higher: a value unchecked
 * on some path is unchecked after the join; a parameter is dereferenced on
 * every path only when every path says so. */
enum value_state { DEREFERENCED = 1, PASSED_ON = 2, CHECKED = 3, MAYBE_NULL = 4 };

typedef struct tracked {
    uint16_t place;  /* index + 1 into null_walk.places */
    uint16_t source; /* index into null_walk.sources */
    uint8_t state;
    uint8_t unused;
} tracked;

/* Sorted by place; unused entries are zero, so that states compare with memcmp. */
typedef struct null_state {
    tracked values[MAX_TRACKED];
    uint8_t count;
} null_state;

/* Where a value can live: a variable, or a path from it ("->Buffer", ".Lock", "@" for *). */
typedef struct place {
    CXCursor base;
    char path[MAX_PATH];
    char *name;   /* "ext->Buffer", for messages */
    char *spaced; /* "ext -> Buffer", to match ASSERT texts */
    bool global;  /* the base is a file-scope variable: any call of the driver's may change it */
} place;

typedef enum source_kind {
    SOURCE_DDI,        /* the result of a DDI that may return NULL: maybe NULL for sure */
    SOURCE_FUNCTION,   /* the result of a driver function: maybe NULL if it is a may-return-NULL function */
    SOURCE_STATUS_OUT, /* set through an out parameter, valid only when the call succeeds */
    SOURCE_PARAMETER,  /* the function's own parameter, for its summary */
} source_kind;

typedef struct source {
    source_kind kind;
    CXCursor call;         /* the call that produced the value (not for a parameter) */
    char *lookaside_list;  /* SOURCE_DDI from a lookaside list: the list's key ("" when not known) */
    char *callee;          /* the name to show */
    char *callee_key;      /* SOURCE_FUNCTION: the callee's whole-program key */
    unsigned first_place;  /* the place the value was first stored in, or 0 */
    unsigned status_place; /* SOURCE_STATUS_OUT: the place its status was stored in, or 0 */
    bool return_recorded;
    /* SOURCE_PARAMETER: the first dereference and the first hand-over seen. */
    int parameter;
    bool dereference_seen;
    CXSourceLocation dereference_where;
    bool hand_over_seen, hand_over_ambiguous;
    char *hand_over_key, *hand_over_name;
    int hand_over_parameter;
    CXSourceLocation hand_over_where;
} source;

typedef struct pending_use {
    ddc_null_use use;
    unsigned place; /* 0 for a call's result used directly */
    unsigned offset;
} pending_use;

typedef struct test_seen {
    unsigned place;
    unsigned offset;
    CXSourceLocation where;
} test_seen;

typedef struct null_walk {
    const ddc_unit_context *context;
    ddc_null_facts *facts;
    char *function_key;
    char *function_name;
    ddc_asserts asserts;
    place *places;
    size_t place_count;
    source *sources;
    size_t source_count;
    pending_use *pending;
    size_t pending_count;
    test_seen *tests;
    size_t test_count;
} null_walk;

/* Lookaside lists: an allocation from one returns NULL only when the list
 * was initialised without a raise-on-failure flag (then it raises instead).
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/wdm/nf-wdm-exinitializenpagedlookasidelist
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/wdm/nf-wdm-exinitializelookasidelistex */
static const struct {
    const char *name;
    unsigned flags_arg;
    unsigned long long raise_bits; /* POOL_RAISE_IF_ALLOCATION_FAILURE, EX_LOOKASIDE_LIST_EX_FLAGS_RAISE_ON_FAIL */
} lookaside_initializers[] = {
    {"ExInitializeNPagedLookasideList", 3, 0x10},
    {"ExInitializePagedLookasideList", 3, 0x10},
    {"ExInitializeLookasideListEx", 4, 0x1},
};

static const char *const lookaside_allocators[] = {
    "ExAllocateFromNPagedLookasideList",
    "ExAllocateFromPagedLookasideList",
    "ExAllocateFromLookasideListEx",
};

/* ---- places ---- */

static unsigned intern_place(null_walk *nw, CXCursor base, const char *path, const char *name, const char *spaced)
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

static const place *place_at(const null_walk *nw, unsigned id) { return &nw->places[id - 1]; }

/* The place `expression` names, or 0. */
static unsigned place_of(null_walk *nw, CXCursor expression)
{
    CXCursor e = ddc_strip_casts(expression);
    switch (clang_getCursorKind(e)) {
    case CXCursor_DeclRefExpr: {
        CXCursor variable = ddc_referenced_variable(e);
        if (clang_Cursor_isNull(variable))
            return 0;
        char *name = ddc_spelling(variable);
        unsigned id = intern_place(nw, variable, "", name, name);
        free(name);
        return id;
    }
    case CXCursor_MemberRefExpr: {
        unsigned inner = place_of(nw, ddc_child(e, 0));
        if (!inner)
            return 0;
        bool arrow = ddc_member_is_arrow(e);
        char *member = ddc_spelling(e);
        const place *p = place_at(nw, inner);
        char *path = ddc_format("%s%s%s", p->path, arrow ? "->" : ".", member);
        char *name = ddc_format("%s%s%s", p->name, arrow ? "->" : ".", member);
        char *spaced = ddc_format("%s %s %s", p->spaced, arrow ? "->" : ".", member);
        unsigned id = strlen(path) < MAX_PATH ? intern_place(nw, p->base, path, name, spaced) : 0;
        free(member);
        free(path);
        free(name);
        free(spaced);
        return id;
    }
    case CXCursor_UnaryOperator: {
        if (clang_getCursorUnaryOperatorKind(e) != CXUnaryOperator_Deref)
            return 0;
        unsigned inner = place_of(nw, ddc_child(e, 0));
        if (!inner)
            return 0;
        const place *p = place_at(nw, inner);
        char *path = ddc_format("%s@", p->path);
        char *name = ddc_format("*%s", p->name);
        char *spaced = ddc_format("* %s", p->spaced);
        unsigned id = strlen(path) < MAX_PATH ? intern_place(nw, p->base, path, name, spaced) : 0;
        free(path);
        free(name);
        free(spaced);
        return id;
    }
    default:
        return 0;
    }
}

/* Is `inner` a path within `outer` (ext->Buffer within ext)? */
static bool extends(const null_walk *nw, unsigned outer, unsigned inner)
{
    const place *a = place_at(nw, outer), *b = place_at(nw, inner);
    size_t length = strlen(a->path);
    return outer != inner && strlen(b->path) > length && strncmp(a->path, b->path, length) == 0 &&
           ddc_same_declaration(a->base, b->base);
}

/* ---- states ---- */

static tracked *find(null_state *st, unsigned place)
{
    for (unsigned i = 0; i < st->count; i++)
        if (st->values[i].place == place)
            return &st->values[i];
    return NULL;
}

static void remove_at(null_state *st, unsigned index)
{
    memmove(&st->values[index], &st->values[index + 1], (st->count - index - 1) * sizeof *st->values);
    st->count--;
    memset(&st->values[st->count], 0, sizeof *st->values);
}

static void untrack(null_state *st, unsigned place)
{
    for (unsigned i = 0; i < st->count; i++)
        if (st->values[i].place == place) {
            remove_at(st, i);
            return;
        }
}

/* Forgets `place` and every path within it. */
static void forget(null_walk *nw, null_state *st, unsigned place)
{
    for (unsigned i = 0; i < st->count;) {
        if (st->values[i].place == place || extends(nw, place, st->values[i].place))
            remove_at(st, i);
        else
            i++;
    }
}

static void track(null_state *st, unsigned place, unsigned source, enum value_state state)
{
    if (!place)
        return;
    untrack(st, place);
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
static void set_state(null_state *st, unsigned source, enum value_state state)
{
    for (unsigned i = 0; i < st->count; i++)
        if (st->values[i].source == source)
            st->values[i].state = (uint8_t)state;
}

static void join(void *into_blob, const void *other_blob, flow_walk *walk)
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
            remove_at(into, i);
            continue;
        }
        if (match->state > into->values[i].state)
            into->values[i].state = match->state;
        i++;
    }
}

/* ---- sources ---- */

/* The whole-program key of the lookaside list a call's first argument
 * names (`&List`, `&Extension->List`), or NULL. */
static char *list_key(const null_walk *nw, CXCursor call)
{
    if (clang_Cursor_getNumArguments(call) < 1)
        return NULL;
    CXCursor list = ddc_strip_casts(clang_Cursor_getArgument(call, 0));
    if (clang_getCursorKind(list) == CXCursor_UnaryOperator &&
        clang_getCursorUnaryOperatorKind(list) == CXUnaryOperator_AddrOf)
        list = ddc_strip_casts(ddc_child(list, 0));
    enum CXCursorKind kind = clang_getCursorKind(list);
    if (kind != CXCursor_DeclRefExpr && kind != CXCursor_MemberRefExpr)
        return NULL;
    return ddc_program_key(nw->context, clang_getCursorReferenced(list));
}

/* Records how a lookaside list is initialised. */
static void note_list_initializer(null_walk *nw, CXCursor call)
{
    char *name = ddc_callee_name(call);
    for (size_t i = 0; name && i < sizeof lookaside_initializers / sizeof *lookaside_initializers; i++) {
        if (strcmp(name, lookaside_initializers[i].name) != 0)
            continue;
        char *list = list_key(nw, call);
        long long flags = 0;
        bool known = lookaside_initializers[i].flags_arg < (unsigned)clang_Cursor_getNumArguments(call) &&
                     ddc_integer_value(clang_Cursor_getArgument(call, lookaside_initializers[i].flags_arg), &flags);
        if (list)
            ddc_strings_add(known && !((unsigned long long)flags & lookaside_initializers[i].raise_bits)
                                ? &nw->facts->plain_lists
                                : &nw->facts->raising_lists,
                            list);
        free(list);
    }
    free(name);
}

static unsigned source_for(null_walk *nw, source_kind kind, CXCursor call)
{
    for (size_t i = 0; i < nw->source_count; i++)
        if (nw->sources[i].kind == kind && clang_equalCursors(nw->sources[i].call, call))
            return (unsigned)i;
    nw->sources = ddc_xrealloc(nw->sources, (nw->source_count + 1) * sizeof *nw->sources);
    source *s = &nw->sources[nw->source_count];
    *s = (source){.kind = kind, .call = call, .parameter = -1};
    s->callee = ddc_call_display_name(nw->context, call);
    for (size_t i = 0; kind == SOURCE_DDI && i < sizeof lookaside_allocators / sizeof *lookaside_allocators; i++)
        if (strcmp(s->callee, lookaside_allocators[i]) == 0) {
            char *list = list_key(nw, call);
            s->lookaside_list = list ? list : ddc_strdup("");
        }
    if (kind == SOURCE_FUNCTION)
        s->callee_key = ddc_program_key(nw->context, clang_getCursorReferenced(call));
    return (unsigned)nw->source_count++;
}

/* A function of the driver's own (declared outside system headers) that
 * returns a pointer: its result may be NULL if it is a may-return-NULL
 * function. */
static bool is_driver_function(const null_walk *nw, CXCursor call)
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
static int call_source(null_walk *nw, CXCursor expression)
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
                return (int)source_for(nw, SOURCE_DDI, call);
        }
        return -1;
    }
    if (clang_getCursorKind(call) != CXCursor_CallExpr)
        return -1;
    const ddc_ddi_contract *contract = ddc_call_contract(nw->context, call);
    if (contract && ddc_call_may_return_null(contract, call))
        return (int)source_for(nw, SOURCE_DDI, call);
    if ((!contract || !contract->maybe_null) && is_driver_function(nw, call) && returns_pointer(call))
        return (int)source_for(nw, SOURCE_FUNCTION, call);
    return -1;
}

/* ---- unchecked uses ---- */

static CXSourceLocation use_location(CXCursor use) { return clang_getRangeStart(clang_getCursorExtent(use)); }

static char *origin_of(CXCursor call)
{
    ddc_location where = ddc_location_from_clang(clang_getCursorLocation(call));
    char *text = ddc_format("%s:%u:%u", where.file ? where.file : "", where.line, where.column);
    free(where.file);
    return text;
}

static ddc_null_note note_at(CXSourceLocation where, char *text)
{
    ddc_location location = ddc_location_from_clang(where);
    ddc_null_note note = ddc_null_note_make(location, text);
    free(location.file);
    return note;
}

/* Records an unchecked use of the value of `source_index` held in `place_id`
 * (0: the call's result itself) at `use`.  `helper` is the function it is
 * passed to (with `helper_key` and `parameter` when the finding waits for
 * the whole program to say whether it dereferences it), or NULL. */
static void add_use(null_walk *nw, flow_walk *walk, unsigned place_id, unsigned source_index, CXCursor use,
                    const char *helper, const char *helper_key, int parameter)
{
    if (!flow_reporting(walk))
        return;
    const source *s = &nw->sources[source_index];
    unsigned use_offset = ddc_offset(use_location(use));
    unsigned source_offset = ddc_offset(clang_getCursorLocation(s->call));
    ddc_null_use record = {
        .source_function = s->kind == SOURCE_FUNCTION ? ddc_strdup(s->callee_key) : NULL,
        .passed_to = helper_key ? ddc_strdup(helper_key) : NULL,
        .passed_parameter = parameter,
        .lookaside_list = s->lookaside_list ? ddc_strdup(s->lookaside_list) : NULL,
        .value_origin = origin_of(s->call),
        .where = ddc_location_from_clang(use_location(use)),
    };
    if (!place_id) {
        record.message = helper ? ddc_format("the result of '%s' may be NULL and '%s' dereferences it", s->callee, helper)
                                : ddc_format("the result of '%s' may be NULL and is dereferenced here without a check",
                                             s->callee);
    } else {
        const place *p = place_at(nw, place_id);
        const place *stored = s->first_place ? place_at(nw, s->first_place) : p;
        if (ddc_asserts_testing(&nw->asserts, p->spaced, source_offset, use_offset, true) ||
            ddc_asserts_testing(&nw->asserts, stored->spaced, source_offset, use_offset, true)) {
            ddc_null_use_free(&record);
            return; /* _Analysis_assume_: the author's word */
        }
        const ddc_assert_use *asserted = ddc_asserts_testing(&nw->asserts, p->spaced, source_offset, use_offset, false);
        char *suffix = asserted ? ddc_format(": it is checked only by '%s', which %s", asserted->macro,
                                             asserted->free_build)
                                : ddc_strdup("");
        record.message = helper ? ddc_format("'%s' from '%s' may be NULL here and '%s' dereferences it%s", p->name,
                                             s->callee, helper, suffix)
                                : ddc_format("'%s' from '%s' may be NULL here%s", p->name, s->callee, suffix);
        free(suffix);
        const char *first = s->first_place ? place_at(nw, s->first_place)->name : p->name;
        record.assigned = note_at(clang_getCursorLocation(s->call),
                                  s->kind == SOURCE_STATUS_OUT
                                      ? ddc_format("'%s' is set by '%s' here, and is valid only when it returns a "
                                                   "success status",
                                                   first, s->callee)
                                      : ddc_format("'%s' is assigned the result of '%s' here, which may be NULL", first,
                                                   s->callee));
        if (asserted)
            record.asserted = note_at(asserted->where, ddc_format("'%s' is checked only by '%s' here", p->name,
                                                                  asserted->macro));
    }
    nw->pending = ddc_xrealloc(nw->pending, (nw->pending_count + 1) * sizeof *nw->pending);
    nw->pending[nw->pending_count++] = (pending_use){.use = record, .place = place_id, .offset = use_offset};
}

/* A dereference of `base` (the pointer operand of ->, * or []) at `use`. */
static void on_dereference(null_walk *nw, null_state *st, CXCursor base, CXCursor use, flow_walk *walk)
{
    int direct = call_source(nw, base);
    if (direct >= 0) {
        add_use(nw, walk, 0, (unsigned)direct, use, NULL, NULL, -1);
        return;
    }
    unsigned place_id = place_of(nw, base);
    tracked *t = place_id ? find(st, place_id) : NULL;
    if (!t || t->state != MAYBE_NULL)
        return;
    source *s = &nw->sources[t->source];
    if (s->kind == SOURCE_PARAMETER) {
        if (flow_reporting(walk) && !s->dereference_seen) {
            s->dereference_seen = true;
            s->dereference_where = use_location(use);
        }
        set_state(st, t->source, DEREFERENCED);
        return;
    }
    add_use(nw, walk, place_id, t->source, use, NULL, NULL, -1);
}

/* A parameter of the function is handed on to `helper` (a driver function
 * that may dereference it). */
static void hand_over(null_state *st, tracked *t, source *s, const char *helper, const char *helper_key,
                      unsigned index, CXCursor argument, flow_walk *walk)
{
    if (flow_reporting(walk)) {
        if (!s->hand_over_seen) {
            s->hand_over_seen = true;
            s->hand_over_key = ddc_strdup(helper_key);
            s->hand_over_name = ddc_strdup(helper);
            s->hand_over_parameter = (int)index;
            s->hand_over_where = use_location(argument);
        } else if (strcmp(s->hand_over_key, helper_key) != 0 || s->hand_over_parameter != (int)index) {
            s->hand_over_ambiguous = true;
        }
    }
    set_state(st, t->source, PASSED_ON);
}

/* The value of `argument` is passed as parameter `index` of `call`: a use
 * when a DDI's contract says it dereferences it, a use that waits for the
 * whole program when it goes to a driver function. */
static void on_argument(null_walk *nw, null_state *st, CXCursor call, const ddc_ddi_contract *contract,
                        unsigned index, CXCursor argument, flow_walk *walk)
{
    bool ddi_dereferences = contract && index < 32 && (contract->derefs_args & (1u << index));
    bool to_driver = !ddi_dereferences && is_driver_function(nw, call);
    if (!ddi_dereferences && !to_driver)
        return;
    int direct = call_source(nw, argument);
    unsigned place_id = direct >= 0 ? 0 : place_of(nw, argument);
    tracked *t = place_id ? find(st, place_id) : NULL;
    if (direct < 0 && (!t || t->state != MAYBE_NULL))
        return;
    char *helper = ddc_call_display_name(nw->context, call);
    char *helper_key = to_driver ? ddc_program_key(nw->context, clang_getCursorReferenced(call)) : NULL;
    if (direct >= 0) {
        add_use(nw, walk, 0, (unsigned)direct, argument, helper, helper_key, (int)index);
    } else if (nw->sources[t->source].kind != SOURCE_PARAMETER) {
        add_use(nw, walk, place_id, t->source, argument, helper, helper_key, (int)index);
    } else if (helper_key) {
        hand_over(st, t, &nw->sources[t->source], helper, helper_key, index, argument, walk);
    } else {
        on_dereference(nw, st, argument, argument, walk);
    }
    free(helper);
    free(helper_key);
}

/* ---- events ---- */

static void on_call(null_walk *nw, null_state *st, CXCursor call, flow_walk *walk)
{
    if (flow_reporting(walk))
        note_list_initializer(nw, call);
    const ddc_ddi_contract *contract = ddc_call_contract(nw->context, call);
    int count = clang_Cursor_getNumArguments(call);
    for (int i = 0; i < count; i++)
        on_argument(nw, st, call, contract, (unsigned)i, clang_Cursor_getArgument(call, (unsigned)i), walk);
    if (is_driver_function(nw, call)) {
        /* The callee may change what the arguments point to, and globals. */
        for (int i = 0; i < count; i++) {
            CXCursor argument = ddc_strip_casts(clang_Cursor_getArgument(call, (unsigned)i));
            unsigned base = place_of(nw, argument);
            for (unsigned v = 0; base && v < st->count;)
                if (extends(nw, base, st->values[v].place))
                    remove_at(st, v);
                else
                    v++;
        }
        for (unsigned v = 0; v < st->count;)
            if (place_at(nw, st->values[v].place)->global)
                remove_at(st, v);
            else
                v++;
    }
    if (contract && contract->null_out_arg != DDC_NO_ARG && contract->null_out_arg < count) {
        CXCursor out = ddc_strip_casts(clang_Cursor_getArgument(call, (unsigned)contract->null_out_arg));
        if (clang_getCursorKind(out) == CXCursor_UnaryOperator &&
            clang_getCursorUnaryOperatorKind(out) == CXUnaryOperator_AddrOf) {
            unsigned place_id = place_of(nw, ddc_child(out, 0));
            if (place_id) {
                unsigned s = source_for(nw, SOURCE_STATUS_OUT, call);
                if (!nw->sources[s].first_place)
                    nw->sources[s].first_place = place_id;
                track(st, place_id, s, MAYBE_NULL);
            }
        }
    }
}

/* `target` := `value`. */
static void assign(null_walk *nw, null_state *st, unsigned target, CXCursor value)
{
    if (!target)
        return;
    CXCursor stripped = ddc_strip_casts(value);
    /* A status stored again no longer says whether an earlier out parameter is valid. */
    for (size_t i = 0; i < nw->source_count; i++) {
        source *s = &nw->sources[i];
        if (s->kind != SOURCE_STATUS_OUT || s->status_place != target || clang_equalCursors(s->call, stripped))
            continue;
        for (unsigned v = 0; v < st->count;) {
            if (st->values[v].source == i)
                remove_at(st, v);
            else
                v++;
        }
    }
    int from_call = call_source(nw, value);
    unsigned from_place = from_call < 0 ? place_of(nw, value) : 0;
    tracked *copied = from_place ? find(st, from_place) : NULL;
    tracked copy = copied ? *copied : (tracked){0};
    forget(nw, st, target);
    if (from_call >= 0) {
        source *s = &nw->sources[from_call];
        if (!s->first_place)
            s->first_place = target;
        track(st, target, (unsigned)from_call, MAYBE_NULL);
    } else if (copied) {
        track(st, target, copy.source, copy.state);
    } else if (clang_getCursorKind(stripped) == CXCursor_CallExpr) {
        for (size_t i = 0; i < nw->source_count; i++)
            if (nw->sources[i].kind == SOURCE_STATUS_OUT && clang_equalCursors(nw->sources[i].call, stripped))
                nw->sources[i].status_place = target;
    }
}

static void on_expression(void *blob, CXCursor expression, flow_walk *walk)
{
    null_state *st = blob;
    null_walk *nw = flow_user(walk);
    switch (clang_getCursorKind(expression)) {
    case CXCursor_MemberRefExpr:
        if (ddc_member_is_arrow(expression))
            on_dereference(nw, st, ddc_child(expression, 0), expression, walk);
        return;
    case CXCursor_ArraySubscriptExpr:
        on_dereference(nw, st, ddc_child(expression, 0), expression, walk);
        return;
    case CXCursor_UnaryOperator: {
        enum CXUnaryOperatorKind op = clang_getCursorUnaryOperatorKind(expression);
        CXCursor operand = ddc_child(expression, 0);
        if (op == CXUnaryOperator_Deref) {
            on_dereference(nw, st, operand, expression, walk);
        } else if (op == CXUnaryOperator_AddrOf || op == CXUnaryOperator_PostInc || op == CXUnaryOperator_PreInc ||
                   op == CXUnaryOperator_PostDec || op == CXUnaryOperator_PreDec) {
            unsigned place_id = place_of(nw, operand);
            if (place_id)
                forget(nw, st, place_id); /* may change behind our back */
        }
        return;
    }
    case CXCursor_CompoundAssignOperator: {
        unsigned place_id = place_of(nw, ddc_child(expression, 0));
        if (place_id)
            forget(nw, st, place_id);
        return;
    }
    case CXCursor_BinaryOperator:
        if (clang_getCursorBinaryOperatorKind(expression) == CXBinaryOperator_Assign)
            assign(nw, st, place_of(nw, ddc_child(expression, 0)), ddc_child(expression, 1));
        return;
    case CXCursor_CallExpr:
        on_call(nw, st, expression, walk);
        return;
    default:
        return;
    }
}

static void on_variable(void *blob, CXCursor variable, flow_walk *walk)
{
    null_state *st = blob;
    null_walk *nw = flow_user(walk);
    char *name = ddc_spelling(variable);
    unsigned place_id = intern_place(nw, variable, "", name, name);
    free(name);
    unsigned count = ddc_child_count(variable);
    CXCursor initializer = count ? ddc_child(variable, count - 1) : clang_getNullCursor();
    if (!clang_Cursor_isNull(initializer) && clang_isExpression(clang_getCursorKind(initializer)))
        assign(nw, st, place_id, initializer);
    else if (place_id)
        forget(nw, st, place_id);
}

/* `if (&ext->Field)` tests an address that is never NULL, not `ext`. */
static void before_test(void *blob, CXCursor tested, flow_walk *walk)
{
    null_state *st = blob;
    null_walk *nw = flow_user(walk);
    CXCursor inner = ddc_strip_casts(tested);
    if (clang_getCursorKind(inner) != CXCursor_UnaryOperator ||
        clang_getCursorUnaryOperatorKind(inner) != CXUnaryOperator_AddrOf)
        return;
    CXCursor member = ddc_strip_parens(ddc_child(inner, 0));
    while (clang_getCursorKind(member) == CXCursor_MemberRefExpr && !ddc_member_is_arrow(member))
        member = ddc_strip_parens(ddc_child(member, 0));
    if (clang_getCursorKind(member) != CXCursor_MemberRefExpr &&
        clang_getCursorKind(member) != CXCursor_ArraySubscriptExpr)
        return;
    unsigned place_id = place_of(nw, ddc_child(member, 0));
    tracked *t = place_id ? find(st, place_id) : NULL;
    if (!t || t->state != MAYBE_NULL || nw->sources[t->source].kind == SOURCE_PARAMETER ||
        ddc_asserts_contain(&nw->asserts, ddc_offset(clang_getCursorLocation(tested))))
        return;
    unsigned source_index = t->source;
    set_state(st, source_index, CHECKED);
    if (!flow_reporting(walk))
        return;
    const source *s = &nw->sources[source_index];
    const place *p = place_at(nw, place_id);
    char *text = ddc_source_text(nw->context->unit, inner);
    ddc_null_use record = {
        .source_function = s->kind == SOURCE_FUNCTION ? ddc_strdup(s->callee_key) : NULL,
        .passed_parameter = -1,
        .lookaside_list = s->lookaside_list ? ddc_strdup(s->lookaside_list) : NULL,
        .value_origin = origin_of(s->call),
        .where = ddc_location_from_clang(clang_getCursorLocation(inner)),
        .message = ddc_format("checking '%s' for NULL does not check '%s' from '%s', which may be NULL: test '%s' "
                              "itself",
                              text, p->name, s->callee, p->name),
        .assigned = note_at(clang_getCursorLocation(s->call),
                            ddc_format("'%s' is assigned the result of '%s' here, which may be NULL",
                                       s->first_place ? place_at(nw, s->first_place)->name : p->name, s->callee)),
    };
    free(text);
    nw->pending = ddc_xrealloc(nw->pending, (nw->pending_count + 1) * sizeof *nw->pending);
    nw->pending[nw->pending_count++] = (pending_use){.use = record, .place = 0};
}

/* A comparison of a status with 0 (STATUS_SUCCESS): `NT_SUCCESS(s)` is
 * `s >= 0`.  Stores the status and whether the test is true on success.
 * (`s != STATUS_SUCCESS` reaches on_test as a test of `s` itself.) */
static bool status_test(CXCursor tested, CXCursor *status, bool *success_when_true)
{
    CXCursor e = ddc_strip_parens(tested);
    if (clang_getCursorKind(e) != CXCursor_BinaryOperator)
        return false;
    enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(e);
    CXCursor left = ddc_child(e, 0), right = ddc_child(e, 1);
    long long value;
    if (ddc_integer_value(right, &value)) {
        *status = left;
    } else if (ddc_integer_value(left, &value)) {
        *status = right;
        op = op == CXBinaryOperator_GE ? CXBinaryOperator_LE : op == CXBinaryOperator_LT ? CXBinaryOperator_GT : op;
    } else {
        return false;
    }
    if (value != 0)
        return false;
    if (op == CXBinaryOperator_GE || op == CXBinaryOperator_EQ)
        *success_when_true = true;
    else if (op == CXBinaryOperator_LT || op == CXBinaryOperator_NE)
        *success_when_true = false;
    else
        return false;
    *status = ddc_strip_casts(*status);
    if (clang_getCursorKind(*status) == CXCursor_BinaryOperator &&
        clang_getCursorBinaryOperatorKind(*status) == CXBinaryOperator_Assign)
        *status = ddc_strip_casts(ddc_child(*status, 0));
    return true;
}

/* On the branch where the status tested is a success, the out parameters it
 * vouches for are valid. */
static void on_status_test(null_walk *nw, void *when_nonzero, void *when_zero, CXCursor tested)
{
    CXCursor status = ddc_strip_casts(tested);
    bool success_when_true = false; /* a status tested as a truth value: zero is STATUS_SUCCESS */
    status_test(tested, &status, &success_when_true);
    null_state *success = success_when_true ? when_nonzero : when_zero;
    unsigned status_place = place_of(nw, status);
    for (size_t i = 0; i < nw->source_count; i++) {
        const source *s = &nw->sources[i];
        if (s->kind == SOURCE_STATUS_OUT &&
            ((status_place && s->status_place == status_place) || clang_equalCursors(s->call, status)))
            set_state(success, (unsigned)i, CHECKED);
    }
}

static void on_test(void *when_nonzero, void *when_zero, CXCursor tested, flow_walk *walk)
{
    null_walk *nw = flow_user(walk);
    if (ddc_asserts_contain(&nw->asserts, ddc_offset(clang_getCursorLocation(tested))))
        return;
    on_status_test(nw, when_nonzero, when_zero, tested);
    unsigned place_id = place_of(nw, tested);
    if (!place_id)
        return;
    if (flow_reporting(walk)) {
        nw->tests = ddc_xrealloc(nw->tests, (nw->test_count + 1) * sizeof *nw->tests);
        nw->tests[nw->test_count++] = (test_seen){.place = place_id,
                                                  .offset = ddc_offset(clang_getCursorLocation(tested)),
                                                  .where = clang_getCursorLocation(tested)};
    }
    null_state *branches[2] = {when_nonzero, when_zero};
    for (int b = 0; b < 2; b++) {
        tracked *t = find(branches[b], place_id);
        if (t && t->state == MAYBE_NULL)
            set_state(branches[b], t->source, CHECKED);
    }
}

/* `return value;`: a maybe-NULL value handed back unchecked makes this a
 * may-return-NULL function for its callers. */
static void on_return(void *blob, CXCursor statement, flow_walk *walk)
{
    null_state *st = blob;
    null_walk *nw = flow_user(walk);
    if (!flow_reporting(walk) || ddc_child_count(statement) == 0)
        return;
    CXCursor value = ddc_child(statement, 0);
    int source_index = call_source(nw, value);
    if (source_index < 0) {
        unsigned place_id = place_of(nw, value);
        tracked *t = place_id ? find(st, place_id) : NULL;
        if (!t || t->state != MAYBE_NULL)
            return;
        source_index = t->source;
    }
    source *s = &nw->sources[source_index];
    if ((s->kind != SOURCE_DDI && s->kind != SOURCE_FUNCTION) || s->return_recorded || !nw->function_key)
        return;
    s->return_recorded = true;
    ddc_null_facts_add_return(
        nw->facts, (ddc_null_return){
                       .function = ddc_strdup(nw->function_key),
                       .from_function = s->kind == SOURCE_FUNCTION ? ddc_strdup(s->callee_key) : NULL,
                       .lookaside_list = s->lookaside_list ? ddc_strdup(s->lookaside_list) : NULL,
                       .note = note_at(use_location(value),
                                       ddc_format("'%s' returns the result of '%s' here without a NULL check",
                                                  nw->function_name, s->callee)),
                   });
}

/* Where the function ends: the parameters dereferenced on every path. */
static void on_function_end(void *blob, flow_walk *walk)
{
    null_state *st = blob;
    null_walk *nw = flow_user(walk);
    if (!nw->function_key)
        return;
    for (unsigned i = 0; i < st->count; i++) {
        const source *s = &nw->sources[st->values[i].source];
        if (s->kind != SOURCE_PARAMETER || st->values[i].place != s->first_place)
            continue;
        ddc_null_deref record = {.function = ddc_strdup(nw->function_key), .parameter = s->parameter,
                                 .via_parameter = -1};
        if (st->values[i].state == DEREFERENCED && s->dereference_seen) {
            record.note = note_at(s->dereference_where,
                                  ddc_format("'%s' dereferences its parameter here without a NULL check",
                                             nw->function_name));
        } else if (st->values[i].state == PASSED_ON && s->hand_over_seen && !s->hand_over_ambiguous) {
            record.via_function = ddc_strdup(s->hand_over_key);
            record.via_parameter = s->hand_over_parameter;
            record.note = note_at(s->hand_over_where,
                                  ddc_format("'%s' passes its parameter to '%s' here, which dereferences it",
                                             nw->function_name, s->hand_over_name));
        } else {
            free(record.function);
            continue;
        }
        ddc_null_facts_add_deref(nw->facts, record);
    }
}

static const flow_analysis analysis = {
    .state_size = sizeof(null_state),
    .join = join,
    .on_expression = on_expression,
    .on_variable = on_variable,
    .before_test = before_test,
    .on_test = on_test,
    .on_return = on_return,
    .on_exit = on_function_end,
};

/* ---- the function ---- */

/* Tracks each pointer parameter from the entry, for the function's summary. */
static void track_parameters(null_walk *nw, CXCursor function, null_state *initial)
{
    int count = clang_Cursor_getNumArguments(function);
    unsigned tracked_parameters = 0;
    for (int i = 0; i < count && tracked_parameters < MAX_TRACKED_PARAMETERS; i++) {
        CXCursor parameter = clang_Cursor_getArgument(function, (unsigned)i);
        if (clang_getCanonicalType(clang_getCursorType(parameter)).kind != CXType_Pointer)
            continue;
        char *name = ddc_spelling(parameter);
        unsigned place_id = *name ? intern_place(nw, parameter, "", name, name) : 0;
        free(name);
        if (!place_id)
            continue;
        nw->sources = ddc_xrealloc(nw->sources, (nw->source_count + 1) * sizeof *nw->sources);
        nw->sources[nw->source_count] = (source){.kind = SOURCE_PARAMETER, .call = clang_getNullCursor(),
                                                 .callee = ddc_strdup(""), .first_place = place_id, .parameter = i};
        track(initial, place_id, (unsigned)nw->source_count++, MAYBE_NULL);
        tracked_parameters++;
    }
}

/* A check after the use shows the author meant to check: say where. */
static void add_later_checks(null_walk *nw)
{
    for (size_t u = 0; u < nw->pending_count; u++) {
        pending_use *p = &nw->pending[u];
        if (!p->place)
            continue;
        for (size_t t = 0; t < nw->test_count; t++) {
            if (nw->tests[t].place == p->place && nw->tests[t].offset > p->offset) {
                p->use.later = note_at(nw->tests[t].where,
                                       ddc_format("'%s' is checked for NULL only here, after the use",
                                                  place_at(nw, p->place)->name));
                break;
            }
        }
    }
}

void ddc_null_flow_function(const ddc_unit_context *context, CXCursor function, ddc_null_facts *facts)
{
    null_walk nw = {.context = context, .facts = facts};
    nw.function_key = ddc_program_key(context, function);
    nw.function_name = ddc_spelling(function);
    ddc_asserts_find(&nw.asserts, context->unit, function);
    null_state initial = {0};
    track_parameters(&nw, function, &initial);
    flow_walk_function(context->unit, function, &analysis, &initial, &nw);
    add_later_checks(&nw);
    for (size_t i = 0; i < nw.pending_count; i++)
        ddc_null_facts_add_use(facts, nw.pending[i].use);
    free(nw.pending);
    free(nw.tests);
    for (size_t i = 0; i < nw.place_count; i++) {
        free(nw.places[i].name);
        free(nw.places[i].spaced);
    }
    free(nw.places);
    for (size_t i = 0; i < nw.source_count; i++) {
        free(nw.sources[i].callee);
        free(nw.sources[i].callee_key);
        free(nw.sources[i].lookaside_list);
        free(nw.sources[i].hand_over_key);
        free(nw.sources[i].hand_over_name);
    }
    free(nw.sources);
    ddc_asserts_free(&nw.asserts);
    free(nw.function_key);
    free(nw.function_name);
}
