/* irql-too-high: a DDI or a driver function is called above the maximum IRQL
 * its contract allows (IoGetDriverDirectory at DISPATCH_LEVEL, ...).
 *
 * Per translation unit the check walks each function's paths and records, in
 * the program's IRQL graph (irql_graph.h), what the whole-program step needs:
 * the IRQL each function's declarations force (role type, SAL annotations,
 * see function_facts.h), the callbacks registered with a role type, and every
 * call with the raises held on all paths to it (spin locks,
 * KeRaiseIrql/KeLowerIrql, fast mutexes, helpers annotated _IRQL_raises_).
 * At a join only the raises made on every incoming path are kept, so a
 * finding always has a path that forces the IRQL.  The link step propagates
 * the IRQL along the calls across units and reports each call above its
 * callee's maximum, with the chain that forces the IRQL as notes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/ast.h"
#include "../core/callback_registrations.h"
#include "../core/contract_eval.h"
#include "../core/flow.h"
#include "../core/irql_graph.h"
#include "../core/irql.h"
#include "../core/util.h"
#include "check.h"

static const char check_id[] = "irql-too-high";

enum { MAX_RAISES = 8 };

/* One raise of the IRQL that is still in effect. */
typedef struct raise {
    int level;
    CXCursor call;
    char lock[48];      /* the lock or saved-IRQL variable as written, to pair with its release */
    char arguments[96]; /* all its arguments as written: a helper given the same ones releases it */
} raise;

typedef struct irql_state {
    raise raises[MAX_RAISES];
    unsigned count;
    int tested_max; /* a KeGetCurrentIrql() test showed the IRQL is at most this, or DDC_IRQL_UNKNOWN */
} irql_state;

typedef struct irql_walk {
    const ddc_unit_context *context;
    char *usr, *name; /* the function walked */
} irql_walk;

/* The same raise on two paths: the same call, or the same lock taken to the
 * same level on each branch. */
static bool same_raise(const raise *a, const raise *b)
{
    return a->level == b->level && (clang_equalCursors(a->call, b->call) || (a->lock[0] && strcmp(a->lock, b->lock) == 0));
}

/* Keeps the raises made on both paths. */
static void join(void *into_blob, const void *other_blob, flow_walk *walk)
{
    (void)walk;
    irql_state *into = into_blob;
    const irql_state *other = other_blob;
    if (into->tested_max == DDC_IRQL_UNKNOWN || other->tested_max == DDC_IRQL_UNKNOWN)
        into->tested_max = DDC_IRQL_UNKNOWN;
    else if (other->tested_max > into->tested_max)
        into->tested_max = other->tested_max;
    unsigned kept = 0;
    for (unsigned i = 0; i < into->count; i++) {
        bool on_both = false;
        for (unsigned j = 0; j < other->count; j++)
            on_both |= same_raise(&into->raises[i], &other->raises[j]);
        if (on_both)
            into->raises[kept++] = into->raises[i];
    }
    into->count = kept;
}

/* The lock argument as written, without a leading '&': KeAcquireSpinLock(&L, &Old)
 * pairs with KeReleaseSpinLock(&L, Old) through "L". */
static void lock_text(const ddc_unit_context *context, CXCursor call, int argument, char *out, size_t size)
{
    out[0] = '\0';
    if (argument == DDC_NO_ARG || argument >= clang_Cursor_getNumArguments(call))
        return;
    CXCursor expression = ddc_strip_casts(clang_Cursor_getArgument(call, (unsigned)argument));
    if (clang_getCursorKind(expression) == CXCursor_UnaryOperator &&
        clang_getCursorUnaryOperatorKind(expression) == CXUnaryOperator_AddrOf)
        expression = ddc_strip_casts(ddc_child(expression, 0));
    char *text = ddc_source_text(context->unit, expression);
    snprintf(out, size, "%s", text);
    free(text);
}

/* Every argument of `call` as written, comma-separated ("" without arguments,
 * or when they do not fit: a partial text would pair unrelated calls). */
static void arguments_text(const ddc_unit_context *context, CXCursor call, char *out, size_t size)
{
    out[0] = '\0';
    size_t used = 0;
    int count = clang_Cursor_getNumArguments(call);
    for (int i = 0; i < count; i++) {
        char *text = ddc_source_text(context->unit, clang_Cursor_getArgument(call, (unsigned)i));
        int written = snprintf(out + used, size - used, "%s%s", i ? "," : "", text);
        free(text);
        if (written < 0 || (size_t)written >= size - used) {
            out[0] = '\0';
            return;
        }
        used += (size_t)written;
    }
}

/* The highest raise in effect, or NULL. */
static const raise *highest_raise(const irql_state *st)
{
    const raise *highest = NULL;
    for (unsigned i = 0; i < st->count; i++)
        if (!highest || st->raises[i].level > highest->level)
            highest = &st->raises[i];
    return highest;
}

/* `Attributes.ExecutionLevel = WdfExecutionLevelPassive;` */
static void note_execution_level(const irql_walk *iw, CXCursor expression)
{
    if (clang_getCursorKind(expression) != CXCursor_BinaryOperator ||
        clang_getCursorBinaryOperatorKind(expression) != CXBinaryOperator_Assign)
        return;
    CXCursor left = ddc_strip_casts(ddc_child(expression, 0));
    CXCursor right = ddc_strip_casts(ddc_child(expression, 1));
    if (clang_getCursorKind(left) != CXCursor_MemberRefExpr || clang_getCursorKind(right) != CXCursor_DeclRefExpr)
        return;
    char *member = ddc_spelling(left);
    char *value = ddc_spelling(right);
    if (strcmp(member, "ExecutionLevel") == 0 && strcmp(value, "WdfExecutionLevelPassive") == 0)
        ddc_irql_graph_add_passive_project(&iw->context->program->irql, iw->context->project ? iw->context->project : "");
    free(member);
    free(value);
}

static void registered(CXCursor function, const ddc_role_contract *role, CXCursor where, void *data)
{
    irql_walk *iw = data;
    char *usr = ddc_program_key(iw->context, function);
    if (!usr)
        return;
    char *name = ddc_spelling(function);
    char *text = ddc_format("'%s' is registered as %s (%s) here, which %s %s", name, role->what, role->name,
                            role->exact ? "runs at" : "may run at", ddc_irql_name(role->irql));
    ddc_irql_seed seed = {.usr = usr, .level = role->irql, .may = !role->exact,
                          .may_is_kmdf = !role->exact && role->follows_execution_level,
                          .reason = {.where = ddc_location_from_clang(clang_getCursorLocation(where)), .text = text}};
    ddc_irql_graph_add_seed(&iw->context->program->irql, &seed);
    free(seed.reason.where.file);
    free(text);
    free(name);
    free(usr);
}

/* Records the call with the IRQL the path to it is known to be at, for the
 * whole-program step.  Calls to functions nothing is known about are left out. */
static void record_call(const irql_state *st, irql_walk *iw, CXCursor call, const ddc_ddi_contract *contract)
{
    CXCursor callee = clang_getCursorReferenced(call);
    bool known_callee = clang_getCursorKind(callee) == CXCursor_FunctionDecl &&
                        ddc_function_facts_find(iw->context->functions, callee);
    const ddc_irql_condition *condition = NULL;
    int callee_max = contract ? ddc_call_max_irql_explained(contract, call, &condition) : DDC_IRQL_UNKNOWN;
    if (!known_callee && callee_max == DDC_IRQL_UNKNOWN)
        return;
    ddc_irql_call record = {
        .caller_usr = iw->usr,
        .caller_name = iw->name,
        .callee_usr = known_callee ? ddc_program_key(iw->context, callee) : NULL,
        .callee_name = ddc_call_display_name(iw->context, call),
        .where = ddc_location_from_clang(clang_getCursorLocation(call)),
        .raised = DDC_IRQL_UNKNOWN,
        .tested_max = st->tested_max,
        .callee_max = callee_max,
    };
    char *condition_text = NULL;
    if (condition) {
        /* ExAllocatePoolWithTag(PagedPool, ...): say why the maximum is lower. */
        condition_text = ddc_irql_condition_text(condition, call);
        CXCursor argument = clang_Cursor_getArgument(call, (unsigned)condition->arg);
        record.callee_max_reason.where = ddc_location_from_clang(clang_getCursorLocation(argument));
        record.callee_max_reason.text = ddc_format("'%s' allows at most %s when %s", record.callee_name,
                                                   ddc_irql_name(callee_max), condition_text);
    }
    const raise *raised = highest_raise(st);
    char *raiser = NULL;
    if (raised) {
        raiser = ddc_call_display_name(iw->context, raised->call);
        record.raised = raised->level;
        record.raise_reason.where = ddc_location_from_clang(clang_getCursorLocation(raised->call));
        record.raise_reason.text = ddc_format("IRQL raised to %s by '%s' here", ddc_irql_name(raised->level), raiser);
    }
    ddc_irql_graph_add_call(&iw->context->program->irql, &record);
    free(record.callee_usr);
    free(record.callee_name);
    free(record.where.file);
    free(record.raise_reason.where.file);
    free(record.raise_reason.text);
    free(record.callee_max_reason.where.file);
    free(record.callee_max_reason.text);
    free(condition_text);
    free(raiser);
}

static void remove_raise(irql_state *st, unsigned index)
{
    memmove(&st->raises[index], &st->raises[index + 1], (st->count - index - 1) * sizeof st->raises[0]);
    st->count--;
}

typedef struct restore_search {
    const ddc_unit_context *context;
    bool found;
} restore_search;

static enum CXChildVisitResult find_restore(CXCursor cursor, CXCursor parent, CXClientData data)
{
    (void)parent;
    restore_search *search = data;
    if (clang_getCursorKind(cursor) == CXCursor_CallExpr) {
        const ddc_ddi_contract *contract = ddc_call_contract(search->context, cursor);
        if (contract && contract->restores) {
            search->found = true;
            return CXChildVisit_Break;
        }
    }
    return CXChildVisit_Recurse;
}

/* A driver's own function may release a lock for its caller
 * (ReleaseDeviceLock(Extension, OldIrql)).  When it is given a held lock, or
 * its body releases one, the raise ends here: staying silent beats
 * reporting a lock that is no longer held. */
static void release_in_helper(irql_state *st, const irql_walk *iw, CXCursor call)
{
    if (st->count == 0)
        return;
    char arguments[sizeof st->raises[0].arguments];
    arguments_text(iw->context, call, arguments, sizeof arguments);
    for (unsigned r = st->count; arguments[0] && r-- > 0;)
        if (strcmp(st->raises[r].arguments, arguments) == 0) {
            remove_raise(st, r); /* PlatformReleaseLock(Adapter, RX_LOCK) after PlatformAcquireLock(Adapter, RX_LOCK) */
            return;
        }
    int count = clang_Cursor_getNumArguments(call);
    for (int i = 0; i < count; i++) {
        char text[sizeof st->raises[0].lock];
        lock_text(iw->context, call, i, text, sizeof text);
        for (unsigned r = st->count; text[0] && r-- > 0;)
            if (strcmp(st->raises[r].lock, text) == 0) {
                remove_raise(st, r);
                return;
            }
    }
    CXCursor callee = clang_getCursorDefinition(clang_getCursorReferenced(call));
    if (clang_Cursor_isNull(callee))
        return;
    restore_search search = {.context = iw->context};
    clang_visitChildren(callee, find_restore, &search);
    if (search.found)
        remove_raise(st, st->count - 1);
}

static void on_expression(void *blob, CXCursor expression, flow_walk *walk)
{
    irql_walk *iw = flow_user(walk);
    if (flow_reporting(walk)) {
        ddc_find_registrations(iw->context->contracts, expression, registered, iw);
        note_execution_level(iw, expression);
    }
    if (clang_getCursorKind(expression) != CXCursor_CallExpr)
        return;
    irql_state *st = blob;
    const ddc_ddi_contract *contract = ddc_call_contract(iw->context, expression);
    if (flow_reporting(walk))
        record_call(st, iw, expression, contract);
    if (!contract) {
        release_in_helper(st, iw, expression);
        return;
    }
    char lock[sizeof st->raises[0].lock];
    lock_text(iw->context, expression, contract->lock_arg, lock, sizeof lock);
    if (contract->restores) {
        /* Release the matching raise; without a match, the latest one. */
        unsigned index = st->count;
        for (unsigned i = st->count; i-- > 0;)
            if (lock[0] && strcmp(st->raises[i].lock, lock) == 0) {
                index = i;
                break;
            }
        if (index == st->count && st->count > 0)
            index = st->count - 1;
        if (index < st->count)
            remove_raise(st, index);
        return;
    }
    int level = contract->raises_to;
    if (contract->raises_to_arg != DDC_NO_ARG && contract->raises_to_arg < clang_Cursor_getNumArguments(expression)) {
        long long value;
        if (ddc_integer_value(clang_Cursor_getArgument(expression, (unsigned)contract->raises_to_arg), &value))
            level = value < 0 ? DDC_IRQL_UNKNOWN
                    : value > DDC_IRQL_DISPATCH && value < DDC_IRQL_HIGH ? DDC_IRQL_DIRQL
                    : value > DDC_IRQL_HIGH ? DDC_IRQL_HIGH : (int)value;
    }
    if (level == DDC_IRQL_UNKNOWN || st->count == MAX_RAISES)
        return;
    st->tested_max = DDC_IRQL_UNKNOWN; /* an earlier KeGetCurrentIrql() test no longer holds */
    raise *r = &st->raises[st->count++];
    r->level = level;
    r->call = expression;
    memcpy(r->lock, lock, sizeof r->lock);
    arguments_text(iw->context, expression, r->arguments, sizeof r->arguments);
}

static bool is_current_irql_call(const irql_walk *iw, CXCursor expression)
{
    CXCursor call = ddc_strip_casts(expression);
    if (clang_getCursorKind(call) != CXCursor_CallExpr)
        return false;
    char *name = ddc_call_display_name(iw->context, call);
    bool current = strcmp(name, "KeGetCurrentIrql") == 0;
    free(name);
    return current;
}

/* `if (KeGetCurrentIrql() > PASSIVE_LEVEL) return;`: the IRQL is known on
 * each branch.  Sets the bound where the test proves one. */
static void on_test(void *when_nonzero, void *when_zero, CXCursor tested, flow_walk *walk)
{
    const irql_walk *iw = flow_user(walk);
    irql_state *yes = when_nonzero, *no = when_zero;
    if (is_current_irql_call(iw, tested)) { /* truth value, or compared with PASSIVE_LEVEL (0) */
        no->tested_max = DDC_IRQL_PASSIVE;
        return;
    }
    CXCursor inner = ddc_strip_parens(tested);
    if (clang_getCursorKind(inner) != CXCursor_BinaryOperator)
        return;
    enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(inner);
    CXCursor left = ddc_child(inner, 0), right = ddc_child(inner, 1);
    long long level;
    bool swapped = false;
    if (is_current_irql_call(iw, right) && ddc_integer_value(left, &level)) {
        swapped = true; /* LEVEL < KeGetCurrentIrql() */
    } else if (!is_current_irql_call(iw, left) || !ddc_integer_value(right, &level)) {
        return;
    }
    if (swapped) {
        switch (op) {
        case CXBinaryOperator_LT: op = CXBinaryOperator_GT; break;
        case CXBinaryOperator_GT: op = CXBinaryOperator_LT; break;
        case CXBinaryOperator_LE: op = CXBinaryOperator_GE; break;
        case CXBinaryOperator_GE: op = CXBinaryOperator_LE; break;
        default: break;
        }
    }
    int bound = (int)level;
    switch (op) {
    case CXBinaryOperator_LE: yes->tested_max = bound; break;          /* <= L */
    case CXBinaryOperator_LT: yes->tested_max = bound - 1; break;      /* < L */
    case CXBinaryOperator_EQ: yes->tested_max = bound; break;          /* == L */
    case CXBinaryOperator_GT: no->tested_max = bound; break;           /* not > L */
    case CXBinaryOperator_GE: no->tested_max = bound - 1; break;       /* not >= L */
    case CXBinaryOperator_NE: no->tested_max = bound; break;           /* not != L */
    default: break;
    }
}

static const flow_analysis analysis = {
    .state_size = sizeof(irql_state),
    .join = join,
    .on_expression = on_expression,
    .on_test = on_test,
};

static void check_function(const ddc_unit_context *context, CXCursor function)
{
    if (context->user_mode)
        return; /* a UMDF driver runs in user mode, at PASSIVE_LEVEL */
    irql_walk iw = {.context = context, .usr = ddc_program_key(context, function), .name = ddc_spelling(function)};
    if (iw.usr) {
        irql_state initial = {.tested_max = DDC_IRQL_UNKNOWN};
        flow_walk_function(ddc_cfg_cache_get(context->graphs, context->unit, function), &analysis, &initial, &iw);
    }
    free(iw.usr);
    free(iw.name);
}

static ddc_irql_reason reason_of(CXSourceLocation where, const char *text)
{
    return (ddc_irql_reason){.where = ddc_location_from_clang(where), .text = (char *)text};
}

/* Hands what the unit's declarations say about each function to the graph. */
static void add_functions(const ddc_unit_context *context)
{
    if (context->user_mode)
        return;
    const ddc_function_facts *facts = context->functions;
    for (size_t i = 0; i < facts->count; i++) {
        const ddc_function_fact *fact = &facts->items[i];
        const ddc_entry_irql *entry = &fact->entry;
        bool has_entry = entry->min_irql != DDC_IRQL_UNKNOWN || entry->max_irql != DDC_IRQL_UNKNOWN;
        bool kmdf_may = !entry->max_is_exact && entry->role && entry->role->follows_execution_level;
        char *key = ddc_program_key_of_usr(context, fact->usr);
        ddc_irql_function function = {
            .usr = key,
            .name = fact->name,
            .entry_min = entry->min_irql,
            .entry_may = entry->max_irql,
            .entry_may_is_kmdf = kmdf_may,
            .entry_may_is_own = !entry->max_is_exact && !entry->role && entry->max_irql != DDC_IRQL_UNKNOWN,
            .limit = fact->limit.max_irql,
        };
        if (has_entry)
            function.entry_reason = reason_of(entry->where, entry->reason);
        if (fact->limit.max_irql != DDC_IRQL_UNKNOWN)
            function.limit_reason = reason_of(fact->limit.where, fact->limit.reason);
        ddc_irql_graph_add_function(&context->program->irql, &function);
        free(function.entry_reason.where.file);
        free(function.limit_reason.where.file);
        free(key);
    }
}

/* The callee's maximum at `call`: the DDI contract's, or the limit the
 * driver's own declarations give the callee.  Sets *limit_reason to what
 * explains a maximum that is not the DDI's plain one, or NULL. */
static int callee_max(const ddc_irql_graph *graph, const ddc_irql_call *call, const ddc_irql_reason **limit_reason)
{
    int max = call->callee_max;
    *limit_reason = call->callee_max_reason.text ? &call->callee_max_reason : NULL;
    const ddc_irql_function *callee = call->callee_usr ? ddc_irql_graph_function(graph, call->callee_usr, NULL) : NULL;
    if (callee && callee->limit != DDC_IRQL_UNKNOWN && (max == DDC_IRQL_UNKNOWN || callee->limit < max)) {
        max = callee->limit;
        *limit_reason = &callee->limit_reason;
    }
    return max;
}

static void report_calls(const ddc_link_context *context)
{
    ddc_irql_graph *graph = &context->program->irql;
    for (size_t i = 0; i < graph->call_count; i++) {
        const ddc_irql_call *call = &graph->calls[i];
        const ddc_irql_reason *limit_reason;
        int max = callee_max(graph, call, &limit_reason);
        if (max == DDC_IRQL_UNKNOWN)
            continue;
        int level = ddc_irql_graph_call_level(graph, call, false);
        bool may = level == DDC_IRQL_UNKNOWN || level <= max;
        if (may)
            level = ddc_irql_graph_call_level(graph, call, true);
        if (level == DDC_IRQL_UNKNOWN || level <= max)
            continue;
        const char *fix = max == DDC_IRQL_PASSIVE ? "; call it from PASSIVE_LEVEL code, such as a work item" : "";
        ddc_finding *finding = ddc_findings_add_at(
            context->findings, check_id, call->where, "'%s' requires IRQL <= %s, but the IRQL here %s %s%s",
            call->callee_name, ddc_irql_name(max), may ? "may be" : "is", ddc_irql_name(level), fix);
        ddc_irql_graph_explain(graph, call, may, level, finding);
        if (limit_reason)
            ddc_finding_add_note_at(finding, limit_reason->where, "%s", limit_reason->text);
    }
}

static void check_program(const ddc_link_context *context)
{
    ddc_irql_graph_solve(&context->program->irql);
    report_calls(context);
}

const ddc_check irql_too_high_check = {
    .id = check_id,
    .name = "IrqlTooHigh",
    .code_analysis_warning = 28121,
    .summary = "A DDI is called at an IRQL above the maximum its contract allows, such as "
               "IoGetDriverDirectory above PASSIVE_LEVEL.",
    .on_unit = add_functions,
    .on_function = check_function,
    .on_link = check_program,
};
