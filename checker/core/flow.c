/* The structured path walk (see flow.h). */
#include "flow.h"

#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "util.h"

/* A state: a live flag followed by the analysis' blob. */
typedef struct state {
    bool live;
    _Alignas(16) unsigned char data[];
} state;

enum target_kind { TARGET_LOOP, TARGET_SWITCH, TARGET_TRY };

/* Where break, continue, __leave and case labels lead. */
typedef struct target {
    enum target_kind kind;
    state *breaks;
    state *continues;
    state *switch_entry;
    bool has_default;
} target;

typedef struct label_states {
    CXCursor label;
    state *pending;
    bool walked;
} label_states;

/* The deepest nesting of loops that is walked twice; deeper loops are walked
 * once, so the cost stays linear in the function's size. */
enum { MAX_TWICE_WALKED_LOOP_DEPTH = 3 };

struct flow_walk {
    CXTranslationUnit unit;
    const flow_analysis *analysis;
    void *user;
    bool reporting;
    unsigned loop_depth;
    target *targets;
    size_t target_count;
    label_states *labels;
    size_t label_count;
};

void *flow_user(const flow_walk *walk) { return walk->user; }
bool flow_reporting(const flow_walk *walk) { return walk->reporting; }

/* ---- states ---- */

static state *state_new(flow_walk *w)
{
    state *s = ddc_xcalloc(1, sizeof(state) + w->analysis->state_size);
    s->live = false;
    return s;
}

static void state_copy(flow_walk *w, state *into, const state *from)
{
    into->live = from->live;
    memcpy(into->data, from->data, w->analysis->state_size);
}

static state *state_clone(flow_walk *w, const state *from)
{
    state *s = state_new(w);
    state_copy(w, s, from);
    return s;
}

/* into := join(into, other); a dead state is the identity. */
static void state_join(flow_walk *w, state *into, const state *other)
{
    if (!other->live)
        return;
    if (!into->live) {
        state_copy(w, into, other);
        return;
    }
    w->analysis->join(into->data, other->data, w);
}

/* ---- children ---- */

typedef struct children {
    CXCursor *items;
    unsigned count;
    unsigned capacity;
} children;

static enum CXChildVisitResult collect_child(CXCursor child, CXCursor parent, CXClientData data)
{
    (void)parent;
    children *list = data;
    if (list->count == list->capacity) {
        list->capacity = list->capacity ? list->capacity * 2 : 8;
        list->items = ddc_xrealloc(list->items, list->capacity * sizeof *list->items);
    }
    list->items[list->count++] = child;
    return CXChildVisit_Continue;
}

static children children_of(CXCursor cursor)
{
    children list = {0};
    clang_visitChildren(cursor, collect_child, &list);
    return list;
}

/* ---- expressions ---- */

static void walk_statement(flow_walk *w, CXCursor statement, state *st);
static void walk_condition(flow_walk *w, CXCursor condition, state *st, state *when_true, state *when_false);

static void emit(flow_walk *w, state *st, CXCursor expression)
{
    if (st->live && w->analysis->on_expression)
        w->analysis->on_expression(st->data, expression, w);
}

static void walk_expression(flow_walk *w, CXCursor expression, state *st)
{
    if (!st->live)
        return;
    enum CXCursorKind kind = clang_getCursorKind(expression);
    if (kind == CXCursor_UnaryExpr) /* sizeof, alignof: not evaluated */
        return;
    if (kind == CXCursor_StmtExpr) {
        children list = children_of(expression);
        for (unsigned i = 0; i < list.count; i++)
            walk_statement(w, list.items[i], st);
        free(list.items);
        return;
    }
    if (kind == CXCursor_BinaryOperator) {
        enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(expression);
        if (op == CXBinaryOperator_LAnd || op == CXBinaryOperator_LOr) {
            state *t = state_new(w), *f = state_new(w);
            walk_condition(w, expression, st, t, f);
            state_join(w, t, f);
            state_copy(w, st, t);
            free(t);
            free(f);
            emit(w, st, expression);
            return;
        }
    }
    if (kind == CXCursor_ConditionalOperator) {
        children list = children_of(expression);
        if (list.count == 3) {
            state *t = state_new(w), *f = state_new(w);
            walk_condition(w, list.items[0], st, t, f);
            walk_expression(w, list.items[1], t);
            walk_expression(w, list.items[2], f);
            state_join(w, t, f);
            state_copy(w, st, t);
            free(t);
            free(f);
            free(list.items);
            emit(w, st, expression);
            return;
        }
        free(list.items);
    }
    children list = children_of(expression);
    for (unsigned i = 0; i < list.count; i++)
        if (clang_isExpression(clang_getCursorKind(list.items[i])))
            walk_expression(w, list.items[i], st);
    free(list.items);
    emit(w, st, expression);
}

/* What a test tests: `(p = f()) != NULL` tests `p`. */
static CXCursor tested_value(CXCursor expression)
{
    CXCursor inner = ddc_strip_parens(expression);
    if (clang_getCursorKind(inner) == CXCursor_BinaryOperator &&
        clang_getCursorBinaryOperatorKind(inner) == CXBinaryOperator_Assign)
        return ddc_strip_parens(ddc_child(inner, 0));
    return expression;
}

/* Splits `st` into the states where `condition` is true and false. */
static void walk_condition(flow_walk *w, CXCursor condition, state *st, state *when_true, state *when_false)
{
    when_true->live = when_false->live = false;
    if (!st->live)
        return;
    CXCursor inner = ddc_strip_parens(condition);
    enum CXCursorKind kind = clang_getCursorKind(inner);
    if (kind == CXCursor_UnaryOperator && clang_getCursorUnaryOperatorKind(inner) == CXUnaryOperator_LNot) {
        walk_condition(w, ddc_child(inner, 0), st, when_false, when_true);
        return;
    }
    if (kind == CXCursor_BinaryOperator) {
        enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(inner);
        if (op == CXBinaryOperator_LAnd || op == CXBinaryOperator_LOr) {
            CXCursor left = ddc_child(inner, 0), right = ddc_child(inner, 1);
            state *t = state_new(w), *f = state_new(w);
            walk_condition(w, left, st, t, f);
            if (op == CXBinaryOperator_LAnd) {
                walk_condition(w, right, t, when_true, when_false);
                state_join(w, when_false, f);
            } else {
                walk_condition(w, right, f, when_true, when_false);
                state_join(w, when_true, t);
            }
            free(t);
            free(f);
            return;
        }
        if (op == CXBinaryOperator_EQ || op == CXBinaryOperator_NE) {
            CXCursor left = ddc_child(inner, 0), right = ddc_child(inner, 1);
            bool right_null = ddc_is_null_constant(right), left_null = ddc_is_null_constant(left);
            if (right_null != left_null) {
                CXCursor tested = tested_value(right_null ? left : right);
                if (w->analysis->before_test)
                    w->analysis->before_test(st->data, tested, w);
                walk_expression(w, inner, st);
                state_copy(w, when_true, st);
                state_copy(w, when_false, st);
                if (w->analysis->on_test && st->live) {
                    if (op == CXBinaryOperator_NE)
                        w->analysis->on_test(when_true->data, when_false->data, tested, w);
                    else
                        w->analysis->on_test(when_false->data, when_true->data, tested, w);
                }
                return;
            }
        }
    }
    if (w->analysis->before_test)
        w->analysis->before_test(st->data, inner, w);
    walk_expression(w, condition, st);
    state_copy(w, when_true, st);
    state_copy(w, when_false, st);
    if (w->analysis->on_test && st->live)
        w->analysis->on_test(when_true->data, when_false->data, tested_value(inner), w);
}

/* ---- jump targets ---- */

/* Pushes a jump target.  The returned pointer is valid until the next push. */
static target *push_target(flow_walk *w, enum target_kind kind)
{
    w->targets = ddc_xrealloc(w->targets, (w->target_count + 1) * sizeof *w->targets);
    target *t = &w->targets[w->target_count++];
    *t = (target){.kind = kind, .breaks = state_new(w), .continues = state_new(w)};
    return t;
}

static void pop_target(flow_walk *w)
{
    target *t = &w->targets[--w->target_count];
    free(t->breaks);
    free(t->continues);
    free(t->switch_entry);
}

static label_states *label_for(flow_walk *w, CXCursor label)
{
    for (size_t i = 0; i < w->label_count; i++)
        if (clang_equalCursors(w->labels[i].label, label))
            return &w->labels[i];
    w->labels = ddc_xrealloc(w->labels, (w->label_count + 1) * sizeof *w->labels);
    label_states *entry = &w->labels[w->label_count++];
    *entry = (label_states){.label = label, .pending = state_new(w)};
    return entry;
}

/* ---- statements ---- */

/* Positions of the ';' and ')' that end the parts of a for header. */
typedef struct for_header {
    unsigned first_semicolon, second_semicolon, close_paren;
} for_header;

static for_header read_for_header(flow_walk *w, CXCursor statement)
{
    for_header header = {~0u, ~0u, ~0u};
    CXToken *tokens = NULL;
    unsigned count = 0;
    clang_tokenize(w->unit, clang_getCursorExtent(statement), &tokens, &count);
    int depth = 0;
    unsigned semicolons = 0;
    for (unsigned i = 0; i < count; i++) {
        if (clang_getTokenKind(tokens[i]) != CXToken_Punctuation)
            continue;
        CXString spelling = clang_getTokenSpelling(w->unit, tokens[i]);
        const char *text = clang_getCString(spelling);
        unsigned offset = ddc_offset(clang_getTokenLocation(w->unit, tokens[i]));
        if (strcmp(text, "(") == 0)
            depth++;
        else if (strcmp(text, ")") == 0 && --depth == 0)
            header.close_paren = offset;
        else if (strcmp(text, ";") == 0 && depth == 1) {
            if (semicolons++ == 0)
                header.first_semicolon = offset;
            else
                header.second_semicolon = offset;
        }
        clang_disposeString(spelling);
        if (header.close_paren != ~0u)
            break;
    }
    clang_disposeTokens(w->unit, tokens, count);
    return header;
}

/* Walks a loop: `condition` and `increment` may be null cursors. */
static void walk_loop(flow_walk *w, CXCursor condition, CXCursor body, CXCursor increment, bool body_first,
                      state *st)
{
    bool was_reporting = w->reporting;
    unsigned passes = w->loop_depth < MAX_TWICE_WALKED_LOOP_DEPTH ? 2 : 1;
    state *head = state_clone(w, st);
    state *exit = state_new(w);
    w->loop_depth++;
    for (unsigned pass = 0; pass < passes; pass++) {
        w->reporting = was_reporting && pass + 1 == passes;
        state *current = state_clone(w, head);
        state *t = state_new(w), *f = state_new(w);
        /* Nested statements may grow the target stack: refer to it by index. */
        push_target(w, TARGET_LOOP);
        size_t loop = w->target_count - 1;
        if (body_first) {
            walk_statement(w, body, current);
            state_join(w, current, w->targets[loop].continues);
            if (clang_Cursor_isNull(condition))
                state_copy(w, t, current);
            else
                walk_condition(w, condition, current, t, f);
        } else {
            if (clang_Cursor_isNull(condition))
                state_copy(w, t, current);
            else
                walk_condition(w, condition, current, t, f);
            walk_statement(w, body, t);
            state_join(w, t, w->targets[loop].continues);
            if (!clang_Cursor_isNull(increment))
                walk_expression(w, increment, t);
            state_join(w, f, t); /* the next test may fail: leave with the body's state */
        }
        state_join(w, f, w->targets[loop].breaks);
        state_copy(w, exit, f);
        state_join(w, head, t);
        pop_target(w);
        free(current);
        free(t);
        free(f);
    }
    w->loop_depth--;
    w->reporting = was_reporting;
    state_copy(w, st, exit);
    free(head);
    free(exit);
}

static void walk_for(flow_walk *w, CXCursor statement, state *st)
{
    children list = children_of(statement);
    if (list.count == 0) {
        free(list.items);
        return;
    }
    for_header header = read_for_header(w, statement);
    CXCursor condition = clang_getNullCursor(), increment = clang_getNullCursor();
    CXCursor body = list.items[list.count - 1];
    for (unsigned i = 0; i + 1 < list.count; i++) {
        unsigned start = ddc_offset(clang_getRangeStart(clang_getCursorExtent(list.items[i])));
        if (start < header.first_semicolon)
            walk_statement(w, list.items[i], st);
        else if (start < header.second_semicolon)
            condition = list.items[i];
        else
            increment = list.items[i];
    }
    walk_loop(w, condition, body, increment, false, st);
    free(list.items);
}

static void walk_switch(flow_walk *w, CXCursor statement, state *st)
{
    children list = children_of(statement);
    if (list.count < 2) {
        free(list.items);
        return;
    }
    walk_expression(w, list.items[0], st);
    target *t = push_target(w, TARGET_SWITCH);
    t->switch_entry = state_clone(w, st);
    st->live = false;
    walk_statement(w, list.items[list.count - 1], st);
    t = &w->targets[w->target_count - 1];
    state_join(w, st, t->breaks);
    if (!t->has_default)
        state_join(w, st, t->switch_entry);
    pop_target(w);
    free(list.items);
}

static void walk_case(flow_walk *w, CXCursor statement, state *st, bool is_default)
{
    for (size_t i = w->target_count; i-- > 0;) {
        target *t = &w->targets[i];
        if (t->kind == TARGET_SWITCH) {
            state_join(w, st, t->switch_entry);
            t->has_default |= is_default;
            break;
        }
    }
    unsigned count = ddc_child_count(statement);
    if (count > 0)
        walk_statement(w, ddc_child(statement, count - 1), st);
}

/* break, continue and __leave: hand the state to the target and end the path. */
static void jump(flow_walk *w, state *st, enum CXCursorKind kind)
{
    for (size_t i = w->target_count; i-- > 0;) {
        target *t = &w->targets[i];
        bool matches = kind == CXCursor_BreakStmt      ? t->kind != TARGET_TRY
                       : kind == CXCursor_ContinueStmt ? t->kind == TARGET_LOOP
                                                       : t->kind == TARGET_TRY;
        if (matches) {
            state_join(w, kind == CXCursor_ContinueStmt ? t->continues : t->breaks, st);
            break;
        }
    }
    st->live = false;
}

static void walk_try(flow_walk *w, CXCursor statement, state *st)
{
    children list = children_of(statement);
    if (list.count < 2) {
        free(list.items);
        return;
    }
    state *entry = state_clone(w, st);
    push_target(w, TARGET_TRY);
    walk_statement(w, list.items[0], st);
    state_join(w, st, w->targets[w->target_count - 1].breaks);
    pop_target(w);
    CXCursor handler = list.items[1];
    children parts = children_of(handler);
    if (clang_getCursorKind(handler) == CXCursor_SEHExceptStmt && parts.count == 2) {
        /* The exception may come from anywhere in the try block. */
        state *in_handler = state_clone(w, entry);
        state_join(w, in_handler, st);
        walk_expression(w, parts.items[0], in_handler);
        walk_statement(w, parts.items[1], in_handler);
        state_join(w, st, in_handler);
        free(in_handler);
    } else if (parts.count >= 1) {
        walk_statement(w, parts.items[parts.count - 1], st);
    }
    free(parts.items);
    free(entry);
    free(list.items);
}

static void walk_declaration(flow_walk *w, CXCursor statement, state *st)
{
    children variables = children_of(statement);
    for (unsigned i = 0; i < variables.count; i++) {
        CXCursor variable = variables.items[i];
        if (clang_getCursorKind(variable) != CXCursor_VarDecl)
            continue;
        children parts = children_of(variable);
        for (unsigned p = 0; p < parts.count; p++)
            if (clang_isExpression(clang_getCursorKind(parts.items[p])))
                walk_expression(w, parts.items[p], st);
        free(parts.items);
        if (st->live && w->analysis->on_variable)
            w->analysis->on_variable(st->data, variable, w);
    }
    free(variables.items);
}

static void walk_statement(flow_walk *w, CXCursor statement, state *st)
{
    enum CXCursorKind kind = clang_getCursorKind(statement);
    switch (kind) {
    case CXCursor_CompoundStmt: {
        children list = children_of(statement);
        for (unsigned i = 0; i < list.count; i++)
            walk_statement(w, list.items[i], st);
        free(list.items);
        return;
    }
    case CXCursor_IfStmt: {
        children list = children_of(statement);
        if (list.count >= 2) {
            state *t = state_new(w), *f = state_new(w);
            walk_condition(w, list.items[0], st, t, f);
            walk_statement(w, list.items[1], t);
            if (list.count >= 3)
                walk_statement(w, list.items[2], f);
            state_join(w, t, f);
            state_copy(w, st, t);
            free(t);
            free(f);
        }
        free(list.items);
        return;
    }
    case CXCursor_WhileStmt:
    case CXCursor_DoStmt: {
        children list = children_of(statement);
        if (list.count == 2) {
            bool is_do = kind == CXCursor_DoStmt;
            walk_loop(w, list.items[is_do ? 1 : 0], list.items[is_do ? 0 : 1], clang_getNullCursor(), is_do, st);
        }
        free(list.items);
        return;
    }
    case CXCursor_ForStmt:
        walk_for(w, statement, st);
        return;
    case CXCursor_SwitchStmt:
        walk_switch(w, statement, st);
        return;
    case CXCursor_CaseStmt:
    case CXCursor_DefaultStmt:
        walk_case(w, statement, st, kind == CXCursor_DefaultStmt);
        return;
    case CXCursor_BreakStmt:
    case CXCursor_ContinueStmt:
    case CXCursor_SEHLeaveStmt:
        jump(w, st, kind);
        return;
    case CXCursor_ReturnStmt: {
        children list = children_of(statement);
        for (unsigned i = 0; i < list.count; i++)
            walk_expression(w, list.items[i], st);
        free(list.items);
        st->live = false;
        return;
    }
    case CXCursor_GotoStmt: {
        CXCursor label = clang_getCursorReferenced(ddc_child(statement, 0));
        label_states *entry = label_for(w, label);
        if (!entry->walked)
            state_join(w, entry->pending, st);
        st->live = false;
        return;
    }
    case CXCursor_IndirectGotoStmt:
        st->live = false;
        return;
    case CXCursor_LabelStmt: {
        label_states *entry = label_for(w, statement);
        state_join(w, st, entry->pending);
        entry->walked = true;
        unsigned count = ddc_child_count(statement);
        if (count > 0)
            walk_statement(w, ddc_child(statement, count - 1), st);
        return;
    }
    case CXCursor_DeclStmt:
        walk_declaration(w, statement, st);
        return;
    case CXCursor_SEHTryStmt:
        walk_try(w, statement, st);
        return;
    default:
        if (clang_isExpression(kind))
            walk_expression(w, statement, st);
        return;
    }
}

void flow_walk_function(CXTranslationUnit unit, CXCursor function, const flow_analysis *analysis,
                        const void *initial_state, void *user)
{
    flow_walk walk = {.unit = unit, .analysis = analysis, .user = user, .reporting = true};
    state *st = state_new(&walk);
    st->live = true;
    memcpy(st->data, initial_state, analysis->state_size);
    CXCursor body = ddc_function_body(function);
    if (!clang_Cursor_isNull(body))
        walk_statement(&walk, body, st);
    for (size_t i = 0; i < walk.label_count; i++)
        free(walk.labels[i].pending);
    free(walk.labels);
    free(walk.targets);
    free(st);
}
