/* The null-state dataflow of one function (see null_flow.h): the events
 * along the control-flow graph, unchecked uses and the function's summary. */
#include "null_flow.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "contract_eval.h"
#include "null_flow_parts.h"
#include "status_tests.h"
#include "util.h"

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
        const place *p = ddc_null_place_at(nw, place_id);
        const place *stored = s->first_place ? ddc_null_place_at(nw, s->first_place) : p;
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
        const char *first = s->first_place ? ddc_null_place_at(nw, s->first_place)->name : p->name;
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
    int direct = ddc_null_call_source(nw, base);
    if (direct >= 0) {
        add_use(nw, walk, 0, (unsigned)direct, use, NULL, NULL, -1);
        return;
    }
    unsigned place_id = ddc_null_place_of(nw, base);
    tracked *t = place_id ? ddc_null_find(st, place_id) : NULL;
    if (!t || t->state != MAYBE_NULL)
        return;
    source *s = &nw->sources[t->source];
    if (s->kind == SOURCE_PARAMETER) {
        if (flow_reporting(walk) && !s->dereference_seen) {
            s->dereference_seen = true;
            s->dereference_where = use_location(use);
        }
        ddc_null_set_state(st, t->source, DEREFERENCED);
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
    ddc_null_set_state(st, t->source, PASSED_ON);
}

/* The value of `argument` is passed as parameter `index` of `call`: a use
 * when a DDI's contract says it dereferences it, a use that waits for the
 * whole program when it goes to a driver function. */
static void on_argument(null_walk *nw, null_state *st, CXCursor call, const ddc_ddi_contract *contract,
                        unsigned index, CXCursor argument, flow_walk *walk)
{
    bool ddi_dereferences = contract && index < 32 && (contract->derefs_args & (1u << index));
    bool to_driver = !ddi_dereferences && ddc_null_is_driver_function(nw, call);
    if (!ddi_dereferences && !to_driver)
        return;
    int direct = ddc_null_call_source(nw, argument);
    unsigned place_id = direct >= 0 ? 0 : ddc_null_place_of(nw, argument);
    tracked *t = place_id ? ddc_null_find(st, place_id) : NULL;
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
        ddc_null_note_list_initializer(nw, call);
    const ddc_ddi_contract *contract = ddc_call_contract(nw->context, call);
    int count = clang_Cursor_getNumArguments(call);
    for (int i = 0; i < count; i++)
        on_argument(nw, st, call, contract, (unsigned)i, clang_Cursor_getArgument(call, (unsigned)i), walk);
    if (ddc_null_is_driver_function(nw, call)) {
        /* The callee may change what the arguments point to, and globals. */
        for (int i = 0; i < count; i++) {
            CXCursor argument = ddc_strip_casts(clang_Cursor_getArgument(call, (unsigned)i));
            unsigned base = ddc_null_place_of(nw, argument);
            for (unsigned v = 0; base && v < st->count;)
                if (ddc_null_extends(nw, base, st->values[v].place))
                    ddc_null_remove_at(st, v);
                else
                    v++;
        }
        for (unsigned v = 0; v < st->count;)
            if (ddc_null_place_at(nw, st->values[v].place)->global)
                ddc_null_remove_at(st, v);
            else
                v++;
    }
    if (contract && contract->null_out_arg != DDC_NO_ARG && contract->null_out_arg < count) {
        CXCursor out = ddc_strip_casts(clang_Cursor_getArgument(call, (unsigned)contract->null_out_arg));
        if (clang_getCursorKind(out) == CXCursor_UnaryOperator &&
            clang_getCursorUnaryOperatorKind(out) == CXUnaryOperator_AddrOf) {
            unsigned place_id = ddc_null_place_of(nw, ddc_child(out, 0));
            if (place_id) {
                unsigned s = ddc_null_source_for(nw, SOURCE_STATUS_OUT, call);
                if (!nw->sources[s].first_place)
                    nw->sources[s].first_place = place_id;
                ddc_null_track(st, place_id, s, MAYBE_NULL);
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
                ddc_null_remove_at(st, v);
            else
                v++;
        }
    }
    int from_call = ddc_null_call_source(nw, value);
    unsigned from_place = from_call < 0 ? ddc_null_place_of(nw, value) : 0;
    tracked *copied = from_place ? ddc_null_find(st, from_place) : NULL;
    tracked copy = copied ? *copied : (tracked){0};
    ddc_null_forget(nw, st, target);
    if (from_call >= 0) {
        source *s = &nw->sources[from_call];
        if (!s->first_place)
            s->first_place = target;
        ddc_null_track(st, target, (unsigned)from_call, MAYBE_NULL);
    } else if (copied) {
        ddc_null_track(st, target, copy.source, copy.state);
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
            unsigned place_id = ddc_null_place_of(nw, operand);
            if (place_id)
                ddc_null_forget(nw, st, place_id); /* may change behind our back */
        }
        return;
    }
    case CXCursor_CompoundAssignOperator: {
        unsigned place_id = ddc_null_place_of(nw, ddc_child(expression, 0));
        if (place_id)
            ddc_null_forget(nw, st, place_id);
        return;
    }
    case CXCursor_BinaryOperator:
        if (clang_getCursorBinaryOperatorKind(expression) == CXBinaryOperator_Assign)
            assign(nw, st, ddc_null_place_of(nw, ddc_child(expression, 0)), ddc_child(expression, 1));
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
    unsigned place_id = ddc_null_intern_place(nw, variable, "", name, name);
    free(name);
    unsigned count = ddc_child_count(variable);
    CXCursor initializer = count ? ddc_child(variable, count - 1) : clang_getNullCursor();
    if (!clang_Cursor_isNull(initializer) && clang_isExpression(clang_getCursorKind(initializer)))
        assign(nw, st, place_id, initializer);
    else if (place_id)
        ddc_null_forget(nw, st, place_id);
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
    unsigned place_id = ddc_null_place_of(nw, ddc_child(member, 0));
    tracked *t = place_id ? ddc_null_find(st, place_id) : NULL;
    if (!t || t->state != MAYBE_NULL || nw->sources[t->source].kind == SOURCE_PARAMETER ||
        ddc_asserts_contain(&nw->asserts, ddc_offset(clang_getCursorLocation(tested))))
        return;
    unsigned source_index = t->source;
    ddc_null_set_state(st, source_index, CHECKED);
    if (!flow_reporting(walk))
        return;
    const source *s = &nw->sources[source_index];
    const place *p = ddc_null_place_at(nw, place_id);
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
                                       s->first_place ? ddc_null_place_at(nw, s->first_place)->name : p->name, s->callee)),
    };
    free(text);
    nw->pending = ddc_xrealloc(nw->pending, (nw->pending_count + 1) * sizeof *nw->pending);
    nw->pending[nw->pending_count++] = (pending_use){.use = record, .place = 0};
}

/* On the branch where the status tested is a success, the out parameters it
 * vouches for are valid. */
static void on_status_test(null_walk *nw, void *when_nonzero, void *when_zero, CXCursor tested)
{
    CXCursor status;
    bool succeeds[2];
    if (!ddc_read_status_test(tested, &status, &succeeds[0], &succeeds[1]))
        return;
    null_state *branches[2] = {when_nonzero, when_zero};
    unsigned status_place = ddc_null_place_of(nw, status);
    for (size_t i = 0; i < nw->source_count; i++) {
        const source *s = &nw->sources[i];
        if (s->kind != SOURCE_STATUS_OUT ||
            !((status_place && s->status_place == status_place) || clang_equalCursors(s->call, status)))
            continue;
        for (int b = 0; b < 2; b++)
            if (succeeds[b])
                ddc_null_set_state(branches[b], (unsigned)i, CHECKED);
    }
}

static void on_test(void *when_nonzero, void *when_zero, CXCursor tested, flow_walk *walk)
{
    null_walk *nw = flow_user(walk);
    if (ddc_asserts_contain(&nw->asserts, ddc_offset(clang_getCursorLocation(tested))))
        return;
    on_status_test(nw, when_nonzero, when_zero, tested);
    unsigned place_id = ddc_null_place_of(nw, tested);
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
        tracked *t = ddc_null_find(branches[b], place_id);
        if (t && t->state == MAYBE_NULL)
            ddc_null_set_state(branches[b], t->source, CHECKED);
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
    int source_index = ddc_null_call_source(nw, value);
    if (source_index < 0) {
        unsigned place_id = ddc_null_place_of(nw, value);
        tracked *t = place_id ? ddc_null_find(st, place_id) : NULL;
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
    .join = ddc_null_join,
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
        unsigned place_id = *name ? ddc_null_intern_place(nw, parameter, "", name, name) : 0;
        free(name);
        if (!place_id)
            continue;
        nw->sources = ddc_xrealloc(nw->sources, (nw->source_count + 1) * sizeof *nw->sources);
        nw->sources[nw->source_count] = (source){.kind = SOURCE_PARAMETER, .call = clang_getNullCursor(),
                                                 .callee = ddc_strdup(""), .first_place = place_id, .parameter = i};
        ddc_null_track(initial, place_id, (unsigned)nw->source_count++, MAYBE_NULL);
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
                                                  ddc_null_place_at(nw, p->place)->name));
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
    flow_walk_function(ddc_cfg_cache_get(context->graphs, context->unit, function), &analysis, &initial, &nw);
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
