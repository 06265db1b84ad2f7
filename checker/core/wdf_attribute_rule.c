/* A rule on one member of the attributes given to a DDI (see wdf_attribute_rule.h). */
#include "wdf_attribute_rule.h"

#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "dropped_statements.h"
#include "flow.h"
#include "util.h"
#include "wdf_attribute_facts.h"

typedef struct rule_walk {
    const ddc_attr_rule *rule;
    const ddc_unit_context *context;
    CXCursor function;
    char *function_key;  /* ddc_program_key of the function, or NULL */
    char *function_name;
    bool unit_has_errors;
} rule_walk;

/* True when what the walk knows of `value` at `use` may be wrong because
 * the parser dropped a statement that named the attributes. */
static bool unreliable(const rule_walk *rw, const ddc_attr_state *state, ddc_attr_ref ref, const ddc_attr_value *value,
                       CXCursor use)
{
    if (!rw->unit_has_errors)
        return false;
    CXCursor places[DDC_ATTR_MAX_PLACES + DDC_ATTR_MAX_COPIES];
    unsigned place_count = 0;
    for (unsigned i = 0; i < value->place_count; i++)
        places[place_count++] = value->places[i];
    for (unsigned i = 0; i < value->copy_count; i++)
        places[place_count++] = value->copies[i];
    enum { CAPACITY = 1 + DDC_ATTR_MAX_ALIASES + DDC_ATTR_MAX_COPIES };
    CXCursor variables[CAPACITY];
    unsigned variable_count = ddc_attr_variables_of(state, ref, value, variables, CAPACITY);
    return ddc_dropped_mention(rw->context->unit, rw->function, places, place_count, use, variables,
                                    variable_count);
}

static void report(const rule_walk *rw, CXCursor call, CXCursor argument, const ddc_attr_value *value,
                   const char *status)
{
    char *ddi = ddc_call_display_name(rw->context, call);
    char *text = ddc_source_text(rw->context->unit, argument);
    ddc_finding *finding = ddc_findings_add(rw->context->findings, rw->rule->check_id,
                                            clang_getCursorLocation(argument),
                                            "attributes '%s' passed to '%s' %s; the call fails with %s: %s", text, ddi,
                                            rw->rule->problem, status, rw->rule->fix);
    ddc_attr_add_value_notes(finding, rw->context->unit, value, rw->rule->origin_note);
    free(text);
    free(ddi);
}

static void add_note(ddc_note **notes, size_t *count, CXSourceLocation where, char *message)
{
    *notes = ddc_xrealloc(*notes, (*count + 1) * sizeof **notes);
    (*notes)[(*count)++] = (ddc_note){.where = ddc_location_from_clang(where), .message = message};
}

static void free_notes(ddc_note *notes, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        free(notes[i].where.file);
        free(notes[i].message);
    }
    free(notes);
}

/* The notes of the copies that carried `value`. */
static void add_copy_notes(const rule_walk *rw, const ddc_attr_value *value, ddc_note **notes, size_t *count)
{
    for (unsigned i = 0; i < value->copy_count; i++)
        add_note(notes, count, clang_getCursorLocation(value->copies[i]),
                 ddc_attr_copy_note(rw->context->unit, value->copies[i]));
}

/* Function `rw` hands parameter `value->parameter` on at `argument`, to the
 * DDI (callee_key NULL) or to argument `callee_arg` of `callee_key`. */
static void record_step(const rule_walk *rw, const ddc_attr_value *value, CXCursor argument, const char *callee_key,
                        const char *callee_name, unsigned callee_arg, const char *status)
{
    if (!rw->function_key)
        return;
    char *parameter = ddc_spelling(clang_Cursor_getArgument(rw->function, value->parameter));
    ddc_attr_step step = {
        .member = rw->rule->member,
        .function_key = rw->function_key,
        .function_name = rw->function_name,
        .parameter = value->parameter,
        .parameter_name = parameter,
        .callee_key = (char *)callee_key,
        .callee_name = (char *)callee_name,
        .callee_arg = callee_arg,
        .status = (char *)status,
        .where = ddc_location_from_clang(clang_getCursorLocation(argument)),
    };
    add_copy_notes(rw, value, &step.notes, &step.note_count);
    ddc_attr_facts_add_step(rw->context->program, &step);
    free(step.where.file);
    free_notes(step.notes, step.note_count);
    free(parameter);
}

/* A call gives the driver's function `callee_key` failing attributes. */
static void record_use(const rule_walk *rw, const ddc_attr_value *value, CXCursor argument, const char *callee_key,
                       const char *callee_name, unsigned callee_arg)
{
    ddc_attr_use use = {
        .member = rw->rule->member,
        .callee_key = (char *)callee_key,
        .callee_name = (char *)callee_name,
        .callee_arg = callee_arg,
        .argument_text = ddc_source_text(rw->context->unit, argument),
        .where = ddc_location_from_clang(clang_getCursorLocation(argument)),
    };
    for (unsigned i = 0; i < value->place_count; i++)
        add_note(&use.notes, &use.note_count, clang_getCursorLocation(value->places[i]),
                 ddc_strdup(rw->rule->origin_note));
    add_copy_notes(rw, value, &use.notes, &use.note_count);
    ddc_attr_facts_add_use(rw->context->program, &use);
    free(use.argument_text);
    free(use.where.file);
    free_notes(use.notes, use.note_count);
}

/* A call to the DDI: report failing attributes, or note that the function
 * hands its caller's attributes on. */
static void on_target(const ddc_attr_state *state, const rule_walk *rw, CXCursor call, unsigned attributes_arg,
                      const char *status)
{
    if (attributes_arg >= (unsigned)clang_Cursor_getNumArguments(call))
        return;
    CXCursor argument = clang_Cursor_getArgument(call, attributes_arg);
    ddc_attr_ref ref;
    if (!ddc_attr_designated(state, argument, &ref))
        return;
    const ddc_attr_value *value = ddc_attr_member_value(state, ref, rw->rule->member);
    if ((value->kind == rw->rule->failing || value->kind == DDC_ATTR_FROM_CALLER) &&
        unreliable(rw, state, ref, value, call))
        return;
    if (value->kind == rw->rule->failing) {
        report(rw, call, argument, value, status);
    } else if (value->kind == DDC_ATTR_FROM_CALLER) {
        char *ddi = ddc_call_display_name(rw->context, call);
        record_step(rw, value, argument, NULL, ddi, attributes_arg, status);
        free(ddi);
    }
}

/* A call to one of the driver's functions: what it is given may reach the DDI. */
static void on_driver_call(const ddc_attr_state *state, const rule_walk *rw, CXCursor call)
{
    char *callee_key = ddc_program_key(rw->context, clang_getCursorReferenced(call));
    if (!callee_key)
        return;
    char *callee_name = ddc_call_display_name(rw->context, call);
    int count = clang_Cursor_getNumArguments(call);
    for (int i = 0; i < count; i++) {
        CXCursor argument = clang_Cursor_getArgument(call, (unsigned)i);
        ddc_attr_ref ref;
        if (!ddc_attr_designated(state, argument, &ref))
            continue;
        const ddc_attr_value *value = ddc_attr_member_value(state, ref, rw->rule->member);
        if ((value->kind == rw->rule->failing || value->kind == DDC_ATTR_FROM_CALLER) &&
            unreliable(rw, state, ref, value, call))
            continue;
        if (value->kind == rw->rule->failing)
            record_use(rw, value, argument, callee_key, callee_name, (unsigned)i);
        else if (value->kind == DDC_ATTR_FROM_CALLER)
            record_step(rw, value, argument, callee_key, callee_name, (unsigned)i, NULL);
    }
    free(callee_name);
    free(callee_key);
}

static void on_expression(void *blob, CXCursor expression, flow_walk *walk)
{
    ddc_attr_state *state = blob;
    const rule_walk *rw = flow_user(walk);
    if (clang_getCursorKind(expression) == CXCursor_CallExpr && flow_reporting(walk)) {
        unsigned attributes_arg;
        const char *status;
        if (rw->rule->is_target(rw->context, expression, &attributes_arg, &status))
            on_target(state, rw, expression, attributes_arg, status);
        else if (ddc_attr_is_driver_call(expression))
            on_driver_call(state, rw, expression);
    }
    ddc_attr_on_expression(state, rw->context, expression);
}

static void on_variable(void *blob, CXCursor variable, flow_walk *walk)
{
    (void)walk;
    ddc_attr_on_variable(blob, variable);
}

static void join(void *into, const void *other, flow_walk *walk)
{
    (void)walk;
    ddc_attr_join(into, other);
}

static const flow_analysis analysis = {
    .state_size = sizeof(ddc_attr_state),
    .join = join,
    .on_expression = on_expression,
    .on_variable = on_variable,
};

typedef struct relevance_search {
    const ddc_unit_context *context;
    bool (*is_target)(const ddc_unit_context *, CXCursor, unsigned *, const char **);
    bool found;
} relevance_search;

static enum CXChildVisitResult find_relevant_call(CXCursor cursor, CXCursor parent, CXClientData data)
{
    (void)parent;
    relevance_search *search = data;
    if (clang_getCursorKind(cursor) != CXCursor_CallExpr)
        return CXChildVisit_Recurse;
    unsigned attributes_arg;
    const char *status;
    if (search->is_target(search->context, cursor, &attributes_arg, &status)) {
        search->found = true;
        return CXChildVisit_Break;
    }
    if (ddc_attr_is_driver_call(cursor)) {
        int count = clang_Cursor_getNumArguments(cursor);
        for (int i = 0; i < count; i++) {
            CXCursor argument = ddc_strip_casts(clang_Cursor_getArgument(cursor, (unsigned)i));
            if (ddc_attr_is_attributes_pointer(clang_getCursorType(argument))) {
                search->found = true;
                return CXChildVisit_Break;
            }
        }
    }
    return CXChildVisit_Recurse;
}

bool ddc_attr_rule_function_matters(const ddc_unit_context *context, CXCursor function,
                                    bool (*is_target)(const ddc_unit_context *, CXCursor, unsigned *,
                                                      const char **))
{
    relevance_search search = {.context = context, .is_target = is_target};
    CXCursor body = ddc_function_body(function);
    if (!clang_Cursor_isNull(body))
        clang_visitChildren(body, find_relevant_call, &search);
    return search.found;
}

void ddc_attr_rule_check_function(const ddc_attr_rule *rule, const ddc_unit_context *context, CXCursor function)
{
    if (!ddc_attr_rule_function_matters(context, function, rule->is_target))
        return;
    rule_walk rw = {
        .rule = rule,
        .context = context,
        .function = function,
        .function_key = ddc_program_key(context, function),
        .function_name = ddc_spelling(function),
        .unit_has_errors = context->has_parse_errors,
    };
    ddc_attr_state *initial = ddc_xmalloc(sizeof *initial);
    ddc_attr_state_start(initial, function);
    flow_walk_function(ddc_cfg_cache_get(context->graphs, context->unit, function), &analysis, initial, &rw);
    free(initial);
    free(rw.function_key);
    free(rw.function_name);
}

void ddc_attr_rule_check_program(const ddc_attr_rule *rule, const ddc_link_context *context)
{
    ddc_attr_use_report report = {
        .check_id = rule->check_id, .member = rule->member, .problem = rule->problem, .fix = rule->fix};
    ddc_attr_facts_report_uses(context, &report);
}
