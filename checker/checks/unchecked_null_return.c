/* unchecked-null-return: the result of a DDI that may return NULL
 * (IoGetDriverObjectExtension, ...) is used before it is checked.
 *
 * A path walk tracks the variables that hold such a result.  A variable is
 * "maybe NULL" from the assignment until the first test of it; a
 * dereference, or passing it where it is dereferenced, while it is maybe NULL
 * is a finding.  A test inside ASSERT/NT_ASSERT does not count: free builds
 * compile it out.  After any real test the variable is left alone. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/ast.h"
#include "../core/flow.h"
#include "../core/util.h"
#include "check.h"

static const char check_id[] = "unchecked-null-return";

/* Checks that are not checks in free builds: assertions compile to nothing,
 * verifications evaluate the expression but ignore a failure. */
static const struct {
    const char *name;
    const char *free_build;
} assert_macros[] = {
    {"ASSERT", "is compiled out of free builds"},
    {"ASSERTMSG", "is compiled out of free builds"},
    {"NT_ASSERT", "is compiled out of free builds"},
    {"NT_ASSERTMSG", "is compiled out of free builds"},
    {"NT_ASSERTMSGW", "is compiled out of free builds"},
    {"NT_ASSERT_ASSUME", "is compiled out of free builds"},
    {"RTL_SOFT_ASSERT", "is compiled out of free builds"},
    {"RTL_SOFT_ASSERTMSG", "is compiled out of free builds"},
    {"assert", "is compiled out of release builds"},
    {"NT_VERIFY", "does not stop execution when it fails in free builds"},
    {"NT_VERIFYMSG", "does not stop execution when it fails in free builds"},
    {"NT_VERIFYMSGW", "does not stop execution when it fails in free builds"},
    {"RTL_VERIFY", "does not stop execution when it fails in free builds"},
    {"WDFVERIFY", "does not stop execution when it fails without the KMDF verifier"},
    /* The author's statement to static analysis that the value is not NULL:
     * honoured, as Code Analysis does. */
    {"_Analysis_assume_", NULL},
    {"__analysis_assume", NULL},
};

enum { MAX_TRACKED = 8, MAX_HELPER_DEPTH = 3 };
enum value_state { MAYBE_NULL = 1, CHECKED = 2 };

typedef struct tracked {
    CXCursor variable;
    CXCursor source_call;   /* the call that produced the value; null for a helper's parameter */
    unsigned char state;
} tracked;

typedef struct null_state {
    tracked values[MAX_TRACKED];
    unsigned count;
} null_state;

/* An ASSERT(...) in the function: its offsets and text. */
typedef struct assert_use {
    unsigned start, end;
    CXSourceLocation where;
    const char *macro;
    const char *free_build; /* what becomes of it in a free build; NULL for an assumption */
    char *text;
} assert_use;

/* A real NULL test of a variable, for "checked only later" notes. */
typedef struct test_seen {
    CXCursor variable;
    unsigned offset;
    CXSourceLocation where;
} test_seen;

typedef struct finding_ref {
    size_t index;
    CXCursor variable;
    unsigned offset;
} finding_ref;

/* What a helper does with a parameter: where it dereferences it, or passes
 * it on to `passed_to`, which does. */
typedef struct helper_use {
    bool found;
    CXSourceLocation where;
    char passed_to[64];
} helper_use;

typedef struct null_walk {
    const ddc_unit_context *context;
    unsigned helper_depth;
    /* In a helper probe: the first unchecked dereference of the parameter. */
    bool probing;
    helper_use probe;
    assert_use *asserts;
    size_t assert_count;
    test_seen *tests;
    size_t test_count;
    finding_ref *findings;
    size_t finding_count;
    CXCursor *reported_calls;
    size_t reported_count;
} null_walk;

typedef struct helper_use helper_use;
static bool dereferences_parameter(null_walk *outer, CXCursor function, unsigned parameter, helper_use *inside);

/* ---- tracked values ---- */

static tracked *find_tracked(null_state *st, CXCursor variable)
{
    for (unsigned i = 0; i < st->count; i++)
        if (ddc_same_declaration(st->values[i].variable, variable))
            return &st->values[i];
    return NULL;
}

static void untrack(null_state *st, CXCursor variable)
{
    tracked *t = find_tracked(st, variable);
    if (t)
        *t = st->values[--st->count];
}

static void track(null_state *st, CXCursor variable, CXCursor source_call)
{
    untrack(st, variable);
    if (st->count < MAX_TRACKED)
        st->values[st->count++] = (tracked){.variable = variable, .source_call = source_call, .state = MAYBE_NULL};
}

/* The tracked, still unchecked variable `expression` names, if any. */
static tracked *maybe_null_variable(null_state *st, CXCursor expression)
{
    CXCursor variable = ddc_referenced_variable(expression);
    if (clang_Cursor_isNull(variable))
        return NULL;
    tracked *t = find_tracked(st, variable);
    return t && t->state == MAYBE_NULL ? t : NULL;
}

/* A call (under casts) to a DDI whose contract says it may return NULL. */
static bool is_maybe_null_call(const null_walk *nw, CXCursor expression, CXCursor *call)
{
    CXCursor stripped = ddc_strip_casts(expression);
    if (clang_getCursorKind(stripped) != CXCursor_CallExpr)
        return false;
    const ddc_ddi_contract *contract = ddc_call_contract(nw->context, stripped);
    if (!contract || !contract->maybe_null)
        return false;
    *call = stripped;
    return true;
}

static void join(void *into_blob, const void *other_blob, flow_walk *walk)
{
    (void)walk;
    null_state *into = into_blob;
    const null_state *other = other_blob;
    for (unsigned i = 0; i < into->count;) {
        const tracked *match = NULL;
        for (unsigned j = 0; j < other->count; j++)
            if (ddc_same_declaration(other->values[j].variable, into->values[i].variable) &&
                clang_equalCursors(other->values[j].source_call, into->values[i].source_call))
                match = &other->values[j];
        if (!match) {
            into->values[i] = into->values[--into->count];
            continue;
        }
        if (match->state != into->values[i].state)
            into->values[i].state = CHECKED;
        i++;
    }
}

/* ---- reporting ---- */

/* Where a use is shown: the start of `p->Field` or `*p`, not the member name. */
static CXSourceLocation use_location(CXCursor use)
{
    return clang_getRangeStart(clang_getCursorExtent(use));
}

static bool already_reported(null_walk *nw, CXCursor call)
{
    for (size_t i = 0; i < nw->reported_count; i++)
        if (clang_equalCursors(nw->reported_calls[i], call))
            return true;
    nw->reported_calls = ddc_xrealloc(nw->reported_calls, (nw->reported_count + 1) * sizeof *nw->reported_calls);
    nw->reported_calls[nw->reported_count++] = call;
    return false;
}

/* Does the token text of an ASSERT(...) ("ASSERT ( ext != NULL ) ") test
 * `name` itself, rather than a member of what it points to? */
static bool tests_itself(const char *text, const char *name)
{
    size_t length = strlen(name);
    const char *previous = NULL;
    for (const char *token = text; *token;) {
        const char *end = strchr(token, ' ');
        size_t token_length = end ? (size_t)(end - token) : strlen(token);
        if (token_length == length && strncmp(token, name, length) == 0) {
            const char *next = end ? end + 1 : "";
            bool member_follows = strncmp(next, "-> ", 3) == 0 || strncmp(next, ". ", 2) == 0 ||
                                  strncmp(next, "[ ", 2) == 0;
            bool is_member = previous && (strncmp(previous, "-> ", 3) == 0 || strncmp(previous, ". ", 2) == 0);
            if (!member_follows && !is_member)
                return true;
        }
        previous = token;
        token += token_length + (end ? 1 : 0);
    }
    return false;
}

/* The ASSERT (or, with `assumptions`, the _Analysis_assume_) between the
 * value's source and its use that tests it, if any. */
static const assert_use *assert_between(const null_walk *nw, const char *name, unsigned from, unsigned to,
                                        bool assumptions)
{
    for (size_t i = 0; i < nw->assert_count; i++)
        if ((nw->asserts[i].free_build == NULL) == assumptions && nw->asserts[i].start >= from &&
            nw->asserts[i].end <= to && tests_itself(nw->asserts[i].text, name))
            return &nw->asserts[i];
    return NULL;
}

/* Reports an unchecked use of `t` at `use`.  `helper`, when not null, is the
 * function the value is passed to, and `inside` what that helper does with it. */
static void report_use(flow_walk *walk, tracked *t, CXCursor use, const char *helper,
                       const helper_use *inside)
{
    null_walk *nw = flow_user(walk);
    if (nw->probing) {
        if (!nw->probe.found) {
            nw->probe.found = true;
            nw->probe.where = use_location(use);
            snprintf(nw->probe.passed_to, sizeof nw->probe.passed_to, "%s", helper ? helper : "");
        }
        return;
    }
    if (!flow_reporting(walk) || already_reported(nw, t->source_call))
        return;
    char *name = ddc_spelling(t->variable);
    char *ddi = ddc_call_display_name(nw->context, t->source_call);
    unsigned use_offset = ddc_offset(use_location(use));
    unsigned source_offset = ddc_offset(clang_getCursorLocation(t->source_call));
    if (assert_between(nw, name, source_offset, use_offset, true)) {
        free(name);
        free(ddi);
        return;
    }
    const assert_use *asserted = assert_between(nw, name, source_offset, use_offset, false);
    char *suffix = asserted ? ddc_format(": it is checked only by '%s', which %s", asserted->macro,
                                         asserted->free_build)
                            : ddc_strdup("");
    ddc_finding *finding =
        helper ? ddc_findings_add(nw->context->findings, check_id, use_location(use),
                                  "'%s' from '%s' may be NULL here and '%s' dereferences it%s", name, ddi, helper, suffix)
               : ddc_findings_add(nw->context->findings, check_id, use_location(use),
                                  "'%s' from '%s' may be NULL here%s", name, ddi, suffix);
    ddc_finding_add_note(finding, clang_getCursorLocation(t->source_call),
                         "'%s' is assigned the result of '%s' here, which may be NULL", name, ddi);
    if (asserted)
        ddc_finding_add_note(finding, asserted->where, "'%s' is checked only by '%s' here", name, asserted->macro);
    if (inside && inside->found) {
        if (inside->passed_to[0])
            ddc_finding_add_note(finding, inside->where, "'%s' passes its parameter to '%s' here, which dereferences it",
                                 helper, inside->passed_to);
        else
            ddc_finding_add_note(finding, inside->where, "'%s' dereferences its parameter here without a NULL check",
                                 helper);
    }
    nw->findings = ddc_xrealloc(nw->findings, (nw->finding_count + 1) * sizeof *nw->findings);
    nw->findings[nw->finding_count++] =
        (finding_ref){.index = nw->context->findings->count - 1, .variable = t->variable, .offset = use_offset};
    free(suffix);
    free(name);
    free(ddi);
}

static void report_direct(flow_walk *walk, CXCursor call, CXCursor use)
{
    null_walk *nw = flow_user(walk);
    if (nw->probing || !flow_reporting(walk) || already_reported(nw, call))
        return;
    char *ddi = ddc_call_display_name(nw->context, call);
    ddc_findings_add(nw->context->findings, check_id, use_location(use),
                     "the result of '%s' may be NULL and is dereferenced here without a check", ddi);
    free(ddi);
}

/* ---- events ---- */

/* A dereference of `base` (the pointer operand of ->, * or []). */
static void on_dereference(null_state *st, CXCursor base, CXCursor use, flow_walk *walk)
{
    null_walk *nw = flow_user(walk);
    CXCursor call;
    if (is_maybe_null_call(nw, base, &call)) {
        report_direct(walk, call, use);
        return;
    }
    tracked *t = maybe_null_variable(st, base);
    if (t)
        report_use(walk, t, use, NULL, NULL);
}

static void on_call(null_state *st, CXCursor call, flow_walk *walk)
{
    null_walk *nw = flow_user(walk);
    int count = clang_Cursor_getNumArguments(call);
    const ddc_ddi_contract *contract = ddc_call_contract(nw->context, call);
    CXCursor callee = clang_getCursorDefinition(clang_getCursorReferenced(call));
    for (int i = 0; i < count && i < 32; i++) {
        CXCursor argument = clang_Cursor_getArgument(call, (unsigned)i);
        CXCursor source;
        bool direct = is_maybe_null_call(nw, argument, &source);
        tracked *t = direct ? NULL : maybe_null_variable(st, argument);
        if (!direct && !t)
            continue;
        bool dereferenced = false;
        helper_use inside = {0};
        if (contract && (contract->derefs_args & (1u << i)))
            dereferenced = true;
        else if (!clang_Cursor_isNull(callee) && clang_isCursorDefinition(callee))
            dereferenced = dereferences_parameter(nw, callee, (unsigned)i, &inside);
        if (!dereferenced)
            continue;
        if (direct) {
            report_direct(walk, source, argument);
        } else {
            char *helper = ddc_call_display_name(nw->context, call);
            report_use(walk, t, argument, helper, &inside);
            free(helper);
        }
    }
}

static void on_expression(void *blob, CXCursor expression, flow_walk *walk)
{
    null_state *st = blob;
    null_walk *nw = flow_user(walk);
    switch (clang_getCursorKind(expression)) {
    case CXCursor_MemberRefExpr:
        if (ddc_member_is_arrow(expression))
            on_dereference(st, ddc_child(expression, 0), expression, walk);
        return;
    case CXCursor_ArraySubscriptExpr:
        on_dereference(st, ddc_child(expression, 0), expression, walk);
        return;
    case CXCursor_UnaryOperator: {
        enum CXUnaryOperatorKind op = clang_getCursorUnaryOperatorKind(expression);
        CXCursor operand = ddc_child(expression, 0);
        if (op == CXUnaryOperator_Deref) {
            on_dereference(st, operand, expression, walk);
        } else if (op == CXUnaryOperator_AddrOf || op == CXUnaryOperator_PostInc || op == CXUnaryOperator_PreInc ||
                   op == CXUnaryOperator_PostDec || op == CXUnaryOperator_PreDec) {
            CXCursor variable = ddc_referenced_variable(operand);
            if (!clang_Cursor_isNull(variable))
                untrack(st, variable); /* may change behind our back */
        }
        return;
    }
    case CXCursor_CompoundAssignOperator: {
        CXCursor variable = ddc_referenced_variable(ddc_child(expression, 0));
        if (!clang_Cursor_isNull(variable))
            untrack(st, variable);
        return;
    }
    case CXCursor_BinaryOperator: {
        if (clang_getCursorBinaryOperatorKind(expression) != CXBinaryOperator_Assign)
            return;
        CXCursor variable = ddc_referenced_variable(ddc_child(expression, 0));
        if (clang_Cursor_isNull(variable))
            return;
        CXCursor call;
        if (is_maybe_null_call(nw, ddc_child(expression, 1), &call))
            track(st, variable, call);
        else
            untrack(st, variable);
        return;
    }
    case CXCursor_CallExpr:
        on_call(st, expression, walk);
        return;
    default:
        return;
    }
}

static void on_variable(void *blob, CXCursor variable, flow_walk *walk)
{
    null_state *st = blob;
    null_walk *nw = flow_user(walk);
    unsigned count = ddc_child_count(variable);
    CXCursor initializer = count ? ddc_child(variable, count - 1) : clang_getNullCursor();
    CXCursor call;
    if (!clang_Cursor_isNull(initializer) && clang_isExpression(clang_getCursorKind(initializer)) &&
        is_maybe_null_call(nw, initializer, &call))
        track(st, variable, call);
    else
        untrack(st, variable);
}

static bool inside_assert(const null_walk *nw, CXCursor expression)
{
    unsigned offset = ddc_offset(clang_getCursorLocation(expression));
    for (size_t i = 0; i < nw->assert_count; i++)
        if (offset >= nw->asserts[i].start && offset < nw->asserts[i].end)
            return true;
    return false;
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
    if (clang_getCursorKind(member) != CXCursor_MemberRefExpr && clang_getCursorKind(member) != CXCursor_ArraySubscriptExpr)
        return;
    tracked *t = maybe_null_variable(st, ddc_child(member, 0));
    if (!t || inside_assert(nw, tested))
        return;
    t->state = CHECKED;
    if (nw->probing || !flow_reporting(walk) || already_reported(nw, t->source_call))
        return;
    char *name = ddc_spelling(t->variable);
    char *ddi = ddc_call_display_name(nw->context, t->source_call);
    char *text = ddc_source_text(nw->context->unit, inner);
    ddc_finding *finding = ddc_findings_add(
        nw->context->findings, check_id, clang_getCursorLocation(inner),
        "checking '%s' for NULL does not check '%s' from '%s', which may be NULL: test '%s' itself", text, name,
        ddi, name);
    ddc_finding_add_note(finding, clang_getCursorLocation(t->source_call),
                         "'%s' is assigned the result of '%s' here, which may be NULL", name, ddi);
    free(text);
    free(name);
    free(ddi);
}

static void on_test(void *when_nonzero, void *when_zero, CXCursor tested, flow_walk *walk)
{
    null_walk *nw = flow_user(walk);
    CXCursor variable = ddc_referenced_variable(tested);
    if (clang_Cursor_isNull(variable) || inside_assert(nw, tested))
        return;
    nw->tests = ddc_xrealloc(nw->tests, (nw->test_count + 1) * sizeof *nw->tests);
    nw->tests[nw->test_count++] = (test_seen){.variable = variable,
                                              .offset = ddc_offset(clang_getCursorLocation(tested)),
                                              .where = clang_getCursorLocation(tested)};
    tracked *a = find_tracked(when_nonzero, variable), *b = find_tracked(when_zero, variable);
    if (a)
        a->state = CHECKED;
    if (b)
        b->state = CHECKED;
}

static const flow_analysis analysis = {
    .state_size = sizeof(null_state),
    .join = join,
    .on_expression = on_expression,
    .on_variable = on_variable,
    .before_test = before_test,
    .on_test = on_test,
};

/* ---- ASSERT uses ---- */

static int assert_macro(const char *name)
{
    for (size_t i = 0; i < sizeof assert_macros / sizeof assert_macros[0]; i++)
        if (strcmp(name, assert_macros[i].name) == 0)
            return (int)i;
    return -1;
}

static void find_asserts(null_walk *nw, CXCursor function)
{
    CXTranslationUnit unit = nw->context->unit;
    CXToken *tokens = NULL;
    unsigned count = 0;
    CXCursor body = ddc_function_body(function);
    if (clang_Cursor_isNull(body))
        return;
    clang_tokenize(unit, clang_getCursorExtent(body), &tokens, &count);
    for (unsigned i = 0; i + 1 < count; i++) {
        if (clang_getTokenKind(tokens[i]) != CXToken_Identifier)
            continue;
        CXString spelling = clang_getTokenSpelling(unit, tokens[i]);
        int macro = assert_macro(clang_getCString(spelling));
        clang_disposeString(spelling);
        if (macro < 0)
            continue;
        int depth = 0;
        unsigned last = i + 1;
        for (unsigned j = i + 1; j < count; j++) {
            CXString piece = clang_getTokenSpelling(unit, tokens[j]);
            const char *text = clang_getCString(piece);
            depth += strcmp(text, "(") == 0;
            depth -= strcmp(text, ")") == 0;
            clang_disposeString(piece);
            last = j;
            if (depth <= 0)
                break;
        }
        CXSourceRange range = clang_getRange(clang_getTokenLocation(unit, tokens[i]),
                                             clang_getRangeEnd(clang_getTokenExtent(unit, tokens[last])));
        assert_use use = {.start = ddc_offset(clang_getRangeStart(range)),
                          .end = ddc_offset(clang_getRangeEnd(range)),
                          .where = clang_getTokenLocation(unit, tokens[i]),
                          .macro = assert_macros[macro].name,
                          .free_build = assert_macros[macro].free_build};
        use.text = ddc_spaced_token_text(unit, range);
        nw->asserts = ddc_xrealloc(nw->asserts, (nw->assert_count + 1) * sizeof *nw->asserts);
        nw->asserts[nw->assert_count++] = use;
        i = last;
    }
    clang_disposeTokens(unit, tokens, count);
}

static void free_walk(null_walk *nw)
{
    for (size_t i = 0; i < nw->assert_count; i++)
        free(nw->asserts[i].text);
    free(nw->asserts);
    free(nw->tests);
    free(nw->findings);
    free(nw->reported_calls);
}

/* Does `function` dereference its parameter `parameter` before testing it? */
static bool dereferences_parameter(null_walk *outer, CXCursor function, unsigned parameter, helper_use *inside)
{
    if (outer->helper_depth >= MAX_HELPER_DEPTH)
        return false;
    CXCursor declaration = clang_Cursor_getArgument(function, parameter);
    if (clang_Cursor_isNull(declaration))
        return false;
    null_walk probe = {.context = outer->context, .helper_depth = outer->helper_depth + 1, .probing = true};
    find_asserts(&probe, function);
    null_state initial = {.count = 1};
    initial.values[0] = (tracked){.variable = declaration, .source_call = clang_getNullCursor(), .state = MAYBE_NULL};
    flow_walk_function(outer->context->unit, function, &analysis, &initial, &probe);
    bool found = probe.probe.found;
    *inside = probe.probe;
    free_walk(&probe);
    return found;
}

static void check_function(const ddc_unit_context *context, CXCursor function)
{
    null_walk nw = {.context = context};
    find_asserts(&nw, function);
    null_state initial = {0};
    flow_walk_function(context->unit, function, &analysis, &initial, &nw);
    /* A test after the use: say so, it shows the author meant to check. */
    for (size_t f = 0; f < nw.finding_count; f++) {
        for (size_t t = 0; t < nw.test_count; t++) {
            if (nw.tests[t].offset > nw.findings[f].offset &&
                ddc_same_declaration(nw.tests[t].variable, nw.findings[f].variable)) {
                char *name = ddc_spelling(nw.findings[f].variable);
                ddc_finding_add_note(&context->findings->items[nw.findings[f].index], nw.tests[t].where,
                                     "'%s' is checked for NULL only here, after the use", name);
                free(name);
                break;
            }
        }
    }
    free_walk(&nw);
}

const ddc_check unchecked_null_return_check = {
    .id = check_id,
    .summary = "The result of a DDI that may return NULL, such as IoGetDriverObjectExtension, is used "
               "without a NULL check.",
    .on_function = check_function,
};
