/* Building the control-flow graph of a function body (see cfg.h). */
#include "cfg.h"

#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "util.h"

/* No block: the code being built is unreachable (after a return or a jump). */
#define NO_BLOCK (~0u)

enum target_kind { TARGET_LOOP, TARGET_SWITCH, TARGET_TRY };

/* Where break, continue, __leave and case labels lead. */
typedef struct target {
    enum target_kind kind;
    unsigned break_block;
    unsigned continue_block; /* loops only */
    unsigned dispatch_block; /* switches only: the block that jumps to the cases */
    bool has_default;
} target;

typedef struct label_block {
    CXCursor label;
    unsigned block;
} label_block;

typedef struct builder {
    CXTranslationUnit unit;
    ddc_cfg *cfg;
    unsigned current; /* the block being filled, or NO_BLOCK */
    target *targets;
    size_t target_count;
    label_block *labels;
    size_t label_count;
    struct task *tasks; /* the work list (below) */
    size_t task_count, task_capacity;
} builder;

/* Grows an array whose capacity is the next power of two of its count. */
static void *grow(void *items, size_t count, size_t item_size)
{
    if (count == 0 || (count & (count - 1)) == 0)
        return ddc_xrealloc(items, (count ? count * 2 : 4) * item_size);
    return items;
}

static unsigned new_block(builder *b)
{
    ddc_cfg *cfg = b->cfg;
    cfg->blocks = grow(cfg->blocks, cfg->block_count, sizeof *cfg->blocks);
    cfg->blocks[cfg->block_count] = (ddc_cfg_block){0};
    return (unsigned)cfg->block_count++;
}

static void add_edge(builder *b, unsigned from, unsigned to)
{
    if (from == NO_BLOCK)
        return;
    ddc_cfg_block *block = &b->cfg->blocks[from];
    block->successors = grow(block->successors, block->successor_count, sizeof *block->successors);
    block->successors[block->successor_count++] = to;
}

/* Ends the current block with a jump to `to`, which becomes current. */
static void continue_in(builder *b, unsigned to)
{
    add_edge(b, b->current, to);
    b->current = to;
}

static void append(builder *b, ddc_cfg_element_kind kind, CXCursor cursor)
{
    if (b->current == NO_BLOCK)
        return;
    ddc_cfg_block *block = &b->cfg->blocks[b->current];
    block->elements = grow(block->elements, block->element_count, sizeof *block->elements);
    block->elements[block->element_count++] = (ddc_cfg_element){.kind = kind, .cursor = cursor};
}

/* ---- children ---- */

typedef struct children {
    CXCursor *items;
    unsigned count;
} children;

static enum CXChildVisitResult collect_child(CXCursor child, CXCursor parent, CXClientData data)
{
    (void)parent;
    children *list = data;
    list->items = grow(list->items, list->count, sizeof *list->items);
    list->items[list->count++] = child;
    return CXChildVisit_Continue;
}

static children children_of(CXCursor cursor)
{
    children list = {0};
    clang_visitChildren(cursor, collect_child, &list);
    return list;
}

/* ---- the work list ----
 *
 * The graph is built without recursion: a statement, expression or
 * condition is a task on a stack, and building it pushes the tasks of its
 * parts (and of what happens between them: a block becoming current, an
 * edge, an element) in reverse order, so they run in source order.  Code
 * nested 20,000 deep (a long else-if chain, `a + a + ... + a`, a switch of
 * fall-through case labels) then costs heap, never stack, and the blocks
 * are made in the same order a recursive descent would make them. */

typedef enum task_op {
    TASK_STATEMENT,         /* cursor: build a statement */
    TASK_EXPRESSION,        /* cursor: build an expression */
    TASK_CONDITION,         /* cursor, test: build a condition with edges to test.when_true/when_false */
    TASK_END_IN_TEST,       /* cursor (the tested value), test */
    TASK_SET_CURRENT,       /* block becomes current */
    TASK_CONTINUE_IN,       /* continue_in(block) */
    TASK_EDGE_FROM_CURRENT, /* an edge from the current block to block */
    TASK_EDGE,              /* an edge edge.from -> edge.to */
    TASK_APPEND,            /* append(element, cursor) */
    TASK_RETURN_END,        /* cursor: the return statement, after its value */
    TASK_PUSH_TARGET,       /* pushed */
    TASK_POP_TARGET,
    TASK_SWITCH_BODY,       /* cursor: the body of a switch whose value was built */
    TASK_SWITCH_END,        /* the switch's blocks */
    TASK_FOR_LOOP,          /* cursor: the body; loop: the condition and increment (may be null) */
    TASK_TRY_HANDLER,       /* cursor: the __except / __finally; try_handler: its blocks */
} task_op;

typedef struct task {
    task_op op;
    CXCursor cursor;
    union {
        struct { unsigned when_true, when_false; } test;
        unsigned block;
        struct { unsigned from, to; } edge;
        ddc_cfg_element_kind element;
        target pushed;
        struct { unsigned dispatch, exit; } switch_end;
        struct { unsigned entry, end; } try_handler;
        struct { CXCursor condition, increment; } loop;
    } u;
} task;

static void push(builder *b, task t)
{
    if (b->task_count == b->task_capacity) { /* the stack shrinks and grows: keep its capacity */
        b->task_capacity = b->task_capacity ? b->task_capacity * 2 : 64;
        b->tasks = ddc_xrealloc(b->tasks, b->task_capacity * sizeof *b->tasks);
    }
    b->tasks[b->task_count++] = t;
}

/* Pushes `sequence` so that its tasks run in the order given. */
static void schedule(builder *b, const task *sequence, size_t count)
{
    for (size_t i = count; i-- > 0;)
        push(b, sequence[i]);
}

static task statement_task(CXCursor c) { return (task){.op = TASK_STATEMENT, .cursor = c}; }
static task expression_task(CXCursor c) { return (task){.op = TASK_EXPRESSION, .cursor = c}; }
static task set_current_task(unsigned block) { return (task){.op = TASK_SET_CURRENT, .u.block = block}; }
static task continue_in_task(unsigned block) { return (task){.op = TASK_CONTINUE_IN, .u.block = block}; }
static task edge_task(unsigned from, unsigned to) { return (task){.op = TASK_EDGE, .u.edge = {from, to}}; }

static task condition_task(CXCursor c, unsigned when_true, unsigned when_false)
{
    return (task){.op = TASK_CONDITION, .cursor = c, .u.test = {when_true, when_false}};
}

static task append_task(ddc_cfg_element_kind kind, CXCursor c)
{
    return (task){.op = TASK_APPEND, .cursor = c, .u.element = kind};
}

/* Pushes the statements of `list`, first one first. */
static void push_statements(builder *b, const children *list)
{
    for (unsigned i = list->count; i-- > 0;)
        push(b, statement_task(list->items[i]));
}

/* ---- expressions ---- */

static void build_expression(builder *b, CXCursor expression)
{
    if (b->current == NO_BLOCK)
        return;
    enum CXCursorKind kind = clang_getCursorKind(expression);
    if (kind == CXCursor_UnaryExpr) /* sizeof, alignof: not evaluated */
        return;
    if (kind == CXCursor_StmtExpr) {
        children list = children_of(expression);
        push_statements(b, &list);
        free(list.items);
        return;
    }
    bool short_circuit = kind == CXCursor_BinaryOperator &&
                         (clang_getCursorBinaryOperatorKind(expression) == CXBinaryOperator_LAnd ||
                          clang_getCursorBinaryOperatorKind(expression) == CXBinaryOperator_LOr);
    if (short_circuit) {
        unsigned when_true = new_block(b), when_false = new_block(b), after = new_block(b);
        task sequence[] = {condition_task(expression, when_true, when_false), edge_task(when_true, after),
                           edge_task(when_false, after), set_current_task(after),
                           append_task(DDC_CFG_EXPRESSION, expression)};
        schedule(b, sequence, sizeof sequence / sizeof sequence[0]);
        return;
    }
    children list = children_of(expression);
    if (kind == CXCursor_ConditionalOperator && list.count == 3) {
        unsigned when_true = new_block(b), when_false = new_block(b), after = new_block(b);
        task sequence[] = {condition_task(list.items[0], when_true, when_false), set_current_task(when_true),
                           expression_task(list.items[1]), continue_in_task(after), set_current_task(when_false),
                           expression_task(list.items[2]), continue_in_task(after),
                           append_task(DDC_CFG_EXPRESSION, expression)};
        schedule(b, sequence, sizeof sequence / sizeof sequence[0]);
        free(list.items);
        return;
    }
    /* The operands, then the expression itself. */
    push(b, append_task(DDC_CFG_EXPRESSION, expression));
    for (unsigned i = list.count; i-- > 0;)
        if (clang_isExpression(clang_getCursorKind(list.items[i])))
            push(b, expression_task(list.items[i]));
    free(list.items);
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

/* Ends the current block in a test of `tested`: non-zero goes to
 * `when_nonzero`, zero to `when_zero`. */
static void end_in_test(builder *b, CXCursor tested, unsigned when_nonzero, unsigned when_zero)
{
    if (b->current == NO_BLOCK)
        return;
    ddc_cfg_block *block = &b->cfg->blocks[b->current];
    block->ends_in_test = true;
    block->tested = tested;
    add_edge(b, b->current, when_nonzero);
    add_edge(b, b->current, when_zero);
    b->current = NO_BLOCK;
}

/* Builds the evaluation of `condition` from the current block, with edges to
 * `when_true` and `when_false`; afterwards no block is current. */
static void build_condition(builder *b, CXCursor condition, unsigned when_true, unsigned when_false)
{
    CXCursor inner;
    enum CXCursorKind kind;
    for (;;) { /* `!x` is `x` with the edges swapped, however many there are */
        if (b->current == NO_BLOCK)
            return;
        inner = ddc_strip_parens(condition);
        kind = clang_getCursorKind(inner);
        if (kind != CXCursor_UnaryOperator || clang_getCursorUnaryOperatorKind(inner) != CXUnaryOperator_LNot)
            break;
        condition = ddc_child(inner, 0);
        unsigned swap = when_true;
        when_true = when_false;
        when_false = swap;
    }
    long long constant;
    if (kind == CXCursor_IntegerLiteral || kind == CXCursor_CStyleCastExpr) {
        if (ddc_integer_value(inner, &constant)) {
            continue_in(b, constant ? when_true : when_false);
            b->current = NO_BLOCK;
            return;
        }
    }
    if (kind == CXCursor_BinaryOperator) {
        enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(inner);
        if (op == CXBinaryOperator_LAnd || op == CXBinaryOperator_LOr) {
            unsigned middle = new_block(b);
            task sequence[] = {op == CXBinaryOperator_LAnd ? condition_task(ddc_child(inner, 0), middle, when_false)
                                                           : condition_task(ddc_child(inner, 0), when_true, middle),
                               set_current_task(middle), condition_task(ddc_child(inner, 1), when_true, when_false)};
            schedule(b, sequence, sizeof sequence / sizeof sequence[0]);
            return;
        }
        if (op == CXBinaryOperator_EQ || op == CXBinaryOperator_NE) {
            CXCursor left = ddc_child(inner, 0), right = ddc_child(inner, 1);
            bool right_null = ddc_is_null_constant(right), left_null = ddc_is_null_constant(left);
            if (right_null != left_null) {
                CXCursor tested = tested_value(right_null ? left : right);
                append(b, DDC_CFG_BEFORE_TEST, tested);
                bool equal = op == CXBinaryOperator_EQ;
                task sequence[] = {expression_task(inner),
                                   {.op = TASK_END_IN_TEST, .cursor = tested,
                                    .u.test = {equal ? when_false : when_true, equal ? when_true : when_false}}};
                schedule(b, sequence, sizeof sequence / sizeof sequence[0]);
                return;
            }
        }
    }
    append(b, DDC_CFG_BEFORE_TEST, inner);
    task sequence[] = {expression_task(condition),
                       {.op = TASK_END_IN_TEST, .cursor = tested_value(inner), .u.test = {when_true, when_false}}};
    schedule(b, sequence, sizeof sequence / sizeof sequence[0]);
}

/* ---- jump targets ---- */

static void push_target(builder *b, target t)
{
    b->targets = grow(b->targets, b->target_count, sizeof *b->targets);
    b->targets[b->target_count++] = t;
}

static unsigned label_block_of(builder *b, CXCursor label)
{
    for (size_t i = 0; i < b->label_count; i++)
        if (clang_equalCursors(b->labels[i].label, label))
            return b->labels[i].block;
    b->labels = grow(b->labels, b->label_count, sizeof *b->labels);
    unsigned block = new_block(b);
    b->labels[b->label_count++] = (label_block){.label = label, .block = block};
    return block;
}

/* break, continue and __leave: an edge to the innermost matching target. */
static void jump(builder *b, enum CXCursorKind kind)
{
    for (size_t i = b->target_count; i-- > 0;) {
        const target *t = &b->targets[i];
        bool matches = kind == CXCursor_BreakStmt      ? t->kind != TARGET_TRY
                       : kind == CXCursor_ContinueStmt ? t->kind == TARGET_LOOP
                                                       : t->kind == TARGET_TRY;
        if (matches) {
            add_edge(b, b->current, kind == CXCursor_ContinueStmt ? t->continue_block : t->break_block);
            break;
        }
    }
    b->current = NO_BLOCK;
}

/* ---- statements ---- */

/* Positions of the ';' and ')' that end the parts of a for header. */
typedef struct for_header {
    unsigned first_semicolon, second_semicolon, close_paren;
} for_header;

static for_header read_for_header(CXTranslationUnit unit, CXCursor statement)
{
    for_header header = {~0u, ~0u, ~0u};
    CXToken *tokens = NULL;
    unsigned count = 0;
    clang_tokenize(unit, clang_getCursorExtent(statement), &tokens, &count);
    int depth = 0;
    unsigned semicolons = 0;
    for (unsigned i = 0; i < count && header.close_paren == ~0u; i++) {
        if (clang_getTokenKind(tokens[i]) != CXToken_Punctuation)
            continue;
        CXString spelling = clang_getTokenSpelling(unit, tokens[i]);
        const char *text = clang_getCString(spelling);
        unsigned offset = ddc_offset(clang_getTokenLocation(unit, tokens[i]));
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
    }
    clang_disposeTokens(unit, tokens, count);
    return header;
}

/* A loop: `condition` and `increment` may be null cursors; `body_first` for
 * do-while. */
static void build_loop(builder *b, CXCursor condition, CXCursor body, CXCursor increment, bool body_first)
{
    unsigned head = new_block(b), body_block = new_block(b), exit = new_block(b);
    unsigned next = new_block(b); /* continue: the increment, or the do-while condition */
    continue_in(b, head);
    task sequence[12];
    size_t count = 0;
    if (body_first || clang_Cursor_isNull(condition)) {
        continue_in(b, body_block);
    } else {
        sequence[count++] = condition_task(condition, body_block, exit);
        sequence[count++] = set_current_task(body_block);
    }
    sequence[count++] = (task){.op = TASK_PUSH_TARGET,
                               .u.pushed = {.kind = TARGET_LOOP, .break_block = exit, .continue_block = next}};
    sequence[count++] = statement_task(body);
    sequence[count++] = (task){.op = TASK_POP_TARGET};
    sequence[count++] = continue_in_task(next);
    if (body_first) {
        sequence[count++] = condition_task(condition, head, exit);
    } else {
        if (!clang_Cursor_isNull(increment))
            sequence[count++] = expression_task(increment);
        sequence[count++] = (task){.op = TASK_EDGE_FROM_CURRENT, .u.block = head};
    }
    sequence[count++] = set_current_task(exit);
    schedule(b, sequence, count);
}

static void build_for(builder *b, CXCursor statement)
{
    children list = children_of(statement);
    if (list.count == 0) {
        free(list.items);
        return;
    }
    for_header header = read_for_header(b->unit, statement);
    task loop = {.op = TASK_FOR_LOOP, .cursor = list.items[list.count - 1],
                 .u.loop = {clang_getNullCursor(), clang_getNullCursor()}};
    children initializers = {0};
    for (unsigned i = 0; i + 1 < list.count; i++) {
        unsigned start = ddc_offset(clang_getRangeStart(clang_getCursorExtent(list.items[i])));
        if (start < header.first_semicolon) {
            initializers.items = grow(initializers.items, initializers.count, sizeof *initializers.items);
            initializers.items[initializers.count++] = list.items[i];
        } else if (start < header.second_semicolon) {
            loop.u.loop.condition = list.items[i];
        } else {
            loop.u.loop.increment = list.items[i];
        }
    }
    push(b, loop); /* after the initializers */
    push_statements(b, &initializers);
    free(initializers.items);
    free(list.items);
}

static void build_switch(builder *b, CXCursor statement)
{
    children list = children_of(statement);
    if (list.count >= 2) {
        task sequence[] = {expression_task(list.items[0]),
                           {.op = TASK_SWITCH_BODY, .cursor = list.items[list.count - 1]}};
        schedule(b, sequence, sizeof sequence / sizeof sequence[0]);
    }
    free(list.items);
}

/* The body of a switch, after the value it tests. */
static void build_switch_body(builder *b, CXCursor body)
{
    unsigned dispatch = new_block(b), exit = new_block(b);
    continue_in(b, dispatch);
    b->current = NO_BLOCK; /* the body is entered through its case labels */
    push_target(b, (target){.kind = TARGET_SWITCH, .break_block = exit, .dispatch_block = dispatch});
    task sequence[] = {statement_task(body), {.op = TASK_SWITCH_END, .u.switch_end = {dispatch, exit}}};
    schedule(b, sequence, sizeof sequence / sizeof sequence[0]);
}

static void end_switch(builder *b, unsigned dispatch, unsigned exit)
{
    target done = b->targets[--b->target_count];
    continue_in(b, exit);
    if (!done.has_default)
        add_edge(b, dispatch, exit);
    b->current = exit;
}

static void build_case(builder *b, CXCursor statement, bool is_default)
{
    unsigned label = new_block(b);
    continue_in(b, label); /* fall-through from the case above */
    for (size_t i = b->target_count; i-- > 0;) {
        target *t = &b->targets[i];
        if (t->kind == TARGET_SWITCH) {
            add_edge(b, t->dispatch_block, label);
            t->has_default |= is_default;
            break;
        }
    }
    unsigned count = ddc_child_count(statement);
    if (count > 0)
        push(b, statement_task(ddc_child(statement, count - 1)));
}

/* __try { } __except (filter) { } and __try { } __finally { }. */
static void build_try(builder *b, CXCursor statement)
{
    children list = children_of(statement);
    if (list.count < 2) {
        free(list.items);
        return;
    }
    /* An empty block holds the state on entry: the exception may come
     * before anything in the try block ran. */
    unsigned entry = new_block(b), body = new_block(b), end = new_block(b);
    continue_in(b, entry);
    continue_in(b, body);
    push_target(b, (target){.kind = TARGET_TRY, .break_block = end});
    task sequence[] = {statement_task(list.items[0]), {.op = TASK_POP_TARGET}, continue_in_task(end),
                       {.op = TASK_TRY_HANDLER, .cursor = list.items[1], .u.try_handler = {entry, end}}};
    schedule(b, sequence, sizeof sequence / sizeof sequence[0]);
    free(list.items);
}

static void build_try_handler(builder *b, CXCursor handler, unsigned entry, unsigned end)
{
    children parts = children_of(handler);
    if (clang_getCursorKind(handler) == CXCursor_SEHExceptStmt && parts.count == 2) {
        unsigned in_handler = new_block(b), after = new_block(b);
        add_edge(b, entry, in_handler);
        add_edge(b, end, in_handler);
        add_edge(b, end, after);
        b->current = in_handler;
        task sequence[] = {expression_task(parts.items[0]), statement_task(parts.items[1]), continue_in_task(after)};
        schedule(b, sequence, sizeof sequence / sizeof sequence[0]);
    } else if (parts.count >= 1) {
        push(b, statement_task(parts.items[parts.count - 1]));
    }
    free(parts.items);
}

static void build_declaration(builder *b, CXCursor statement)
{
    children variables = children_of(statement);
    for (unsigned i = variables.count; i-- > 0;) {
        CXCursor variable = variables.items[i];
        if (clang_getCursorKind(variable) != CXCursor_VarDecl)
            continue;
        push(b, append_task(DDC_CFG_VARIABLE, variable)); /* after its initializer */
        children parts = children_of(variable);
        for (unsigned p = parts.count; p-- > 0;)
            if (clang_isExpression(clang_getCursorKind(parts.items[p])))
                push(b, expression_task(parts.items[p]));
        free(parts.items);
    }
    free(variables.items);
}

static void build_if(builder *b, CXCursor statement)
{
    children list = children_of(statement);
    if (list.count >= 2) {
        unsigned then_block = new_block(b), else_block = new_block(b), after = new_block(b);
        task sequence[7] = {condition_task(list.items[0], then_block, else_block), set_current_task(then_block),
                            statement_task(list.items[1]), continue_in_task(after), set_current_task(else_block)};
        size_t count = 5;
        if (list.count >= 3)
            sequence[count++] = statement_task(list.items[2]);
        sequence[count++] = continue_in_task(after);
        schedule(b, sequence, count);
    }
    free(list.items);
}

static void build_statement(builder *b, CXCursor statement)
{
    enum CXCursorKind kind = clang_getCursorKind(statement);
    switch (kind) {
    case CXCursor_CompoundStmt: {
        children list = children_of(statement);
        push_statements(b, &list);
        free(list.items);
        return;
    }
    case CXCursor_IfStmt:
        build_if(b, statement);
        return;
    case CXCursor_WhileStmt:
    case CXCursor_DoStmt: {
        children list = children_of(statement);
        if (list.count == 2) {
            bool is_do = kind == CXCursor_DoStmt;
            build_loop(b, list.items[is_do ? 1 : 0], list.items[is_do ? 0 : 1], clang_getNullCursor(), is_do);
        }
        free(list.items);
        return;
    }
    case CXCursor_ForStmt:
        build_for(b, statement);
        return;
    case CXCursor_SwitchStmt:
        build_switch(b, statement);
        return;
    case CXCursor_CaseStmt:
    case CXCursor_DefaultStmt:
        build_case(b, statement, kind == CXCursor_DefaultStmt);
        return;
    case CXCursor_BreakStmt:
    case CXCursor_ContinueStmt:
    case CXCursor_SEHLeaveStmt:
        jump(b, kind);
        return;
    case CXCursor_ReturnStmt: {
        push(b, (task){.op = TASK_RETURN_END, .cursor = statement}); /* after its value */
        children list = children_of(statement);
        for (unsigned i = list.count; i-- > 0;)
            push(b, expression_task(list.items[i]));
        free(list.items);
        return;
    }
    case CXCursor_GotoStmt: {
        CXCursor label = clang_getCursorReferenced(ddc_child(statement, 0));
        add_edge(b, b->current, label_block_of(b, label));
        b->current = NO_BLOCK;
        return;
    }
    case CXCursor_IndirectGotoStmt:
        b->current = NO_BLOCK;
        return;
    case CXCursor_LabelStmt: {
        continue_in(b, label_block_of(b, statement));
        unsigned count = ddc_child_count(statement);
        if (count > 0)
            push(b, statement_task(ddc_child(statement, count - 1)));
        return;
    }
    case CXCursor_DeclStmt:
        build_declaration(b, statement);
        return;
    case CXCursor_SEHTryStmt:
        build_try(b, statement);
        return;
    default:
        if (clang_isExpression(kind))
            build_expression(b, statement);
        return;
    }
}

/* Runs the task on top of the stack. */
static void run_task(builder *b)
{
    task t = b->tasks[--b->task_count];
    switch (t.op) {
    case TASK_STATEMENT:
        build_statement(b, t.cursor);
        break;
    case TASK_EXPRESSION:
        build_expression(b, t.cursor);
        break;
    case TASK_CONDITION:
        build_condition(b, t.cursor, t.u.test.when_true, t.u.test.when_false);
        break;
    case TASK_END_IN_TEST:
        end_in_test(b, t.cursor, t.u.test.when_true, t.u.test.when_false);
        break;
    case TASK_SET_CURRENT:
        b->current = t.u.block;
        break;
    case TASK_CONTINUE_IN:
        continue_in(b, t.u.block);
        break;
    case TASK_EDGE_FROM_CURRENT:
        add_edge(b, b->current, t.u.block);
        break;
    case TASK_EDGE:
        add_edge(b, t.u.edge.from, t.u.edge.to);
        break;
    case TASK_APPEND:
        append(b, t.u.element, t.cursor);
        break;
    case TASK_RETURN_END:
        append(b, DDC_CFG_RETURN, t.cursor);
        add_edge(b, b->current, b->cfg->exit);
        b->current = NO_BLOCK;
        break;
    case TASK_PUSH_TARGET:
        push_target(b, t.u.pushed);
        break;
    case TASK_POP_TARGET:
        b->target_count--;
        break;
    case TASK_SWITCH_BODY:
        build_switch_body(b, t.cursor);
        break;
    case TASK_SWITCH_END:
        end_switch(b, t.u.switch_end.dispatch, t.u.switch_end.exit);
        break;
    case TASK_FOR_LOOP:
        build_loop(b, t.u.loop.condition, t.cursor, t.u.loop.increment, false);
        break;
    case TASK_TRY_HANDLER:
        build_try_handler(b, t.cursor, t.u.try_handler.entry, t.u.try_handler.end);
        break;
    }
}

void ddc_cfg_build(ddc_cfg *cfg, CXTranslationUnit unit, CXCursor function)
{
    memset(cfg, 0, sizeof *cfg);
    builder b = {.unit = unit, .cfg = cfg};
    cfg->exit = new_block(&b);
    cfg->entry = new_block(&b);
    b.current = cfg->entry;
    CXCursor body = ddc_function_body(function);
    if (!clang_Cursor_isNull(body))
        push(&b, statement_task(body));
    while (b.task_count)
        run_task(&b);
    add_edge(&b, b.current, cfg->exit); /* falling off the end */
    free(b.tasks);
    free(b.targets);
    free(b.labels);
}

/* The slot of `function` in the cache's table: where it is, or the empty
 * slot where it goes. */
static size_t cache_slot(const ddc_cfg_cache *cache, CXCursor function)
{
    size_t mask = cache->slot_count - 1;
    for (size_t slot = clang_hashCursor(function) & mask;; slot = (slot + 1) & mask) {
        size_t entry = cache->slots[slot];
        if (entry == 0 || clang_equalCursors(cache->functions[entry - 1], function))
            return slot;
    }
}

static void cache_rehash(ddc_cfg_cache *cache)
{
    free(cache->slots);
    cache->slot_count = cache->slot_count ? cache->slot_count * 2 : 64;
    cache->slots = ddc_xcalloc(cache->slot_count, sizeof *cache->slots);
    for (size_t i = 0; i < cache->count; i++)
        cache->slots[cache_slot(cache, cache->functions[i])] = i + 1;
}

const ddc_cfg *ddc_cfg_cache_get(ddc_cfg_cache *cache, CXTranslationUnit unit, CXCursor function)
{
    /* A table, not a search: a unit of 80,000 functions asks for each. */
    if (2 * (cache->count + 1) > cache->slot_count)
        cache_rehash(cache);
    size_t slot = cache_slot(cache, function);
    if (cache->slots[slot])
        return cache->graphs[cache->slots[slot] - 1];
    cache->functions = grow(cache->functions, cache->count, sizeof *cache->functions);
    cache->graphs = grow(cache->graphs, cache->count, sizeof *cache->graphs);
    ddc_cfg *cfg = ddc_xmalloc(sizeof *cfg);
    ddc_cfg_build(cfg, unit, function);
    cache->functions[cache->count] = function;
    cache->graphs[cache->count++] = cfg;
    cache->slots[slot] = cache->count;
    return cfg;
}

void ddc_cfg_cache_free(ddc_cfg_cache *cache)
{
    for (size_t i = 0; i < cache->count; i++) {
        ddc_cfg_free(cache->graphs[i]);
        free(cache->graphs[i]);
    }
    free(cache->functions);
    free(cache->graphs);
    free(cache->slots);
    memset(cache, 0, sizeof *cache);
}

void ddc_cfg_free(ddc_cfg *cfg)
{
    for (size_t i = 0; i < cfg->block_count; i++) {
        free(cfg->blocks[i].elements);
        free(cfg->blocks[i].successors);
    }
    free(cfg->blocks);
    memset(cfg, 0, sizeof *cfg);
}
