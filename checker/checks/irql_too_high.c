/* irql-too-high: a DDI is called above the maximum IRQL its contract allows
 * (IoGetDriverDirectory at DISPATCH_LEVEL, ...).
 *
 * The IRQL at a call comes from the enclosing function (its role type or SAL
 * annotations, see function_facts.h) and from the raises and restores on the
 * path to the call (spin locks, KeRaiseIrql/KeLowerIrql, fast mutexes).  At a
 * join only the raises made on every incoming path are kept, so a finding
 * always has a path that forces the IRQL. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../core/ast.h"
#include "../core/flow.h"
#include "../core/irql.h"
#include "../core/util.h"
#include "check.h"

static const char check_id[] = "irql-too-high";

enum { MAX_RAISES = 8 };

/* One raise of the IRQL that is still in effect. */
typedef struct raise {
    int level;
    CXCursor call;
    char lock[48]; /* the lock or saved-IRQL variable as written, to pair with its release */
} raise;

typedef struct irql_state {
    raise raises[MAX_RAISES];
    unsigned count;
    int tested_max; /* a KeGetCurrentIrql() test showed the IRQL is at most this, or DDC_IRQL_UNKNOWN */
} irql_state;

typedef struct irql_walk {
    const ddc_unit_context *context;
    const ddc_entry_irql *entry; /* NULL when nothing is known */
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

/* The highest raise in effect, or NULL. */
static const raise *highest_raise(const irql_state *st)
{
    const raise *highest = NULL;
    for (unsigned i = 0; i < st->count; i++)
        if (!highest || st->raises[i].level > highest->level)
            highest = &st->raises[i];
    return highest;
}

static void report(flow_walk *walk, const irql_state *st, CXCursor call, const ddc_ddi_contract *contract)
{
    irql_walk *iw = flow_user(walk);
    const raise *raised = highest_raise(st);
    int entry_min = iw->entry ? iw->entry->min_irql : DDC_IRQL_UNKNOWN;
    int entry_max = iw->entry ? iw->entry->max_irql : DDC_IRQL_UNKNOWN;
    int definite = entry_min;
    if (raised && raised->level > definite)
        definite = raised->level;
    if (st->tested_max != DDC_IRQL_UNKNOWN && st->tested_max <= contract->max_irql)
        return; /* the code tested KeGetCurrentIrql() on the way here */
    bool definitely_too_high = definite != DDC_IRQL_UNKNOWN && definite > contract->max_irql;
    bool maybe_too_high = !definitely_too_high && entry_max != DDC_IRQL_UNKNOWN && entry_max > contract->max_irql;
    if (!definitely_too_high && !maybe_too_high)
        return;
    if (!flow_reporting(walk))
        return;
    char *name = ddc_call_display_name(iw->context, call);
    const char *fix = contract->max_irql == DDC_IRQL_PASSIVE
                          ? "; call it from PASSIVE_LEVEL code, such as a work item"
                          : "";
    ddc_finding *finding = ddc_findings_add(
        iw->context->findings, check_id, clang_getCursorLocation(call),
        "'%s' requires IRQL <= %s, but the IRQL here %s %s%s", name, ddc_irql_name(contract->max_irql),
        definitely_too_high ? "is" : "may be", ddc_irql_name(definitely_too_high ? definite : entry_max), fix);
    bool raise_explains = raised && definitely_too_high && raised->level == definite &&
                          (entry_min == DDC_IRQL_UNKNOWN || raised->level > entry_min);
    if (iw->entry && !raise_explains)
        ddc_finding_add_note(finding, iw->entry->where, "%s", iw->entry->reason);
    if (raise_explains) {
        char *raiser = ddc_call_display_name(iw->context, raised->call);
        ddc_finding_add_note(finding, clang_getCursorLocation(raised->call), "IRQL raised to %s by '%s' here",
                             ddc_irql_name(raised->level), raiser);
        free(raiser);
    }
    free(name);
}

/* A maximum that depends on an argument (WdfWaitLockAcquire's timeout)
 * applies only when that argument is NULL. */
static bool max_irql_applies(CXCursor call, const ddc_ddi_contract *contract)
{
    int argument = contract->max_irql_if_null_arg;
    if (argument == DDC_NO_ARG)
        return true;
    return argument < clang_Cursor_getNumArguments(call) &&
           ddc_is_null_constant(clang_Cursor_getArgument(call, (unsigned)argument));
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
    if (clang_getCursorKind(expression) != CXCursor_CallExpr)
        return;
    irql_state *st = blob;
    irql_walk *iw = flow_user(walk);
    const ddc_ddi_contract *contract = ddc_call_contract(iw->context, expression);
    if (!contract) {
        release_in_helper(st, iw, expression);
        return;
    }
    if (contract->max_irql != DDC_IRQL_UNKNOWN && max_irql_applies(expression, contract))
        report(walk, st, expression, contract);
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
    irql_walk iw = {.context = context, .entry = ddc_function_facts_entry(context->functions, function)};
    irql_state initial = {.tested_max = DDC_IRQL_UNKNOWN};
    flow_walk_function(context->unit, function, &analysis, &initial, &iw);
}

const ddc_check irql_too_high_check = {
    .id = check_id,
    .summary = "A DDI is called at an IRQL above the maximum its contract allows, such as "
               "IoGetDriverDirectory above PASSIVE_LEVEL.",
    .on_function = check_function,
};
