/* Whole-program facts of the WDF attributes checks (see wdf_attribute_facts.h). */
#include "wdf_attribute_facts.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

static struct ddc_attribute_facts *facts_of(ddc_program_facts *program)
{
    if (!program->attributes)
        program->attributes = ddc_xcalloc(1, sizeof *program->attributes);
    return program->attributes;
}

static char *copy_or_null(const char *text) { return text ? ddc_strdup(text) : NULL; }

static ddc_location copy_location(ddc_location where)
{
    return (ddc_location){.file = ddc_strdup(where.file), .line = where.line, .column = where.column};
}

static ddc_note *copy_notes(const ddc_note *notes, size_t count)
{
    ddc_note *copy = count ? ddc_xcalloc(count, sizeof *copy) : NULL;
    for (size_t i = 0; i < count; i++)
        copy[i] = (ddc_note){.where = copy_location(notes[i].where), .message = ddc_strdup(notes[i].message)};
    return copy;
}

static void free_notes(ddc_note *notes, size_t count)
{
    for (size_t i = 0; i < count; i++) {
        free(notes[i].where.file);
        free(notes[i].message);
    }
    free(notes);
}

void ddc_attr_facts_add_step(ddc_program_facts *program, const ddc_attr_step *step)
{
    struct ddc_attribute_facts *facts = facts_of(program);
    if (facts->step_count == facts->step_capacity) {
        facts->step_capacity = facts->step_capacity ? facts->step_capacity * 2 : 16;
        facts->steps = ddc_xrealloc(facts->steps, facts->step_capacity * sizeof *facts->steps);
    }
    facts->steps[facts->step_count++] = (ddc_attr_step){
        .member = step->member,
        .function_key = ddc_strdup(step->function_key),
        .function_name = ddc_strdup(step->function_name),
        .parameter = step->parameter,
        .parameter_name = ddc_strdup(step->parameter_name),
        .callee_key = copy_or_null(step->callee_key),
        .callee_name = ddc_strdup(step->callee_name),
        .callee_arg = step->callee_arg,
        .status = copy_or_null(step->status),
        .where = copy_location(step->where),
        .notes = copy_notes(step->notes, step->note_count),
        .note_count = step->note_count,
    };
}

void ddc_attr_facts_add_use(ddc_program_facts *program, const ddc_attr_use *use)
{
    struct ddc_attribute_facts *facts = facts_of(program);
    if (facts->use_count == facts->use_capacity) {
        facts->use_capacity = facts->use_capacity ? facts->use_capacity * 2 : 16;
        facts->uses = ddc_xrealloc(facts->uses, facts->use_capacity * sizeof *facts->uses);
    }
    facts->uses[facts->use_count++] = (ddc_attr_use){
        .member = use->member,
        .callee_key = ddc_strdup(use->callee_key),
        .callee_name = ddc_strdup(use->callee_name),
        .callee_arg = use->callee_arg,
        .argument_text = ddc_strdup(use->argument_text),
        .where = copy_location(use->where),
        .notes = copy_notes(use->notes, use->note_count),
        .note_count = use->note_count,
    };
}

/* ---- the link step ---- */

enum { UNRESOLVED = -2, REACHES_DDI = -1 };

/* The first step of `member` that hands parameter `parameter` of the
 * function `key` on and is known to reach the DDI, or SIZE_MAX. */
static size_t resolved_step(const struct ddc_attribute_facts *facts, const long *next, ddc_attr_member member,
                            const char *key, unsigned parameter)
{
    for (size_t i = 0; i < facts->step_count; i++) {
        const ddc_attr_step *step = &facts->steps[i];
        if (next[i] != UNRESOLVED && step->member == member && step->parameter == parameter &&
            strcmp(step->function_key, key) == 0)
            return i;
    }
    return SIZE_MAX;
}

/* next[i]: REACHES_DDI for a step to the DDI, the index of the step it
 * continues with for one that reaches the DDI through other functions,
 * UNRESOLVED for the others.  Each resolved step continues with one resolved
 * before it, so following `next` always ends. */
static long *resolve_steps(const struct ddc_attribute_facts *facts, ddc_attr_member member)
{
    long *next = ddc_xmalloc((facts->step_count + 1) * sizeof *next);
    for (size_t i = 0; i < facts->step_count; i++)
        next[i] = facts->steps[i].member == member && !facts->steps[i].callee_key ? REACHES_DDI : UNRESOLVED;
    for (bool changed = true; changed;) {
        changed = false;
        for (size_t i = 0; i < facts->step_count; i++) {
            const ddc_attr_step *step = &facts->steps[i];
            if (next[i] != UNRESOLVED || step->member != member)
                continue;
            size_t found = resolved_step(facts, next, member, step->callee_key, step->callee_arg);
            if (found != SIZE_MAX) {
                next[i] = (long)found;
                changed = true;
            }
        }
    }
    return next;
}

void ddc_attr_facts_report_uses(const ddc_link_context *context, const ddc_attr_use_report *report)
{
    const struct ddc_attribute_facts *facts = context->program->attributes;
    if (!facts)
        return;
    long *next = resolve_steps(facts, report->member);
    for (size_t u = 0; u < facts->use_count; u++) {
        const ddc_attr_use *use = &facts->uses[u];
        if (use->member != report->member)
            continue;
        size_t first = resolved_step(facts, next, report->member, use->callee_key, use->callee_arg);
        if (first == SIZE_MAX)
            continue;
        size_t last = first;
        while (next[last] != REACHES_DDI)
            last = (size_t)next[last];
        const ddc_attr_step *ddi = &facts->steps[last];
        ddc_finding *finding = ddc_findings_add_at(
            context->findings, report->check_id, use->where,
            "attributes '%s' passed to '%s' %s, and '%s' passes them on to '%s', which fails with %s: %s",
            use->argument_text, use->callee_name, report->problem, use->callee_name, ddi->callee_name,
            ddi->status ? ddi->status : "an error", report->fix);
        for (size_t i = 0; i < use->note_count; i++)
            ddc_finding_add_note_at(finding, use->notes[i].where, "%s", use->notes[i].message);
        for (size_t s = first;; s = (size_t)next[s]) {
            const ddc_attr_step *step = &facts->steps[s];
            for (size_t i = 0; i < step->note_count; i++)
                ddc_finding_add_note_at(finding, step->notes[i].where, "%s", step->notes[i].message);
            ddc_finding_add_note_at(finding, step->where, "'%s' passes '%s' to '%s' here", step->function_name,
                                    step->parameter_name, step->callee_name);
            if (next[s] == REACHES_DDI)
                break;
        }
    }
    free(next);
}

void ddc_attr_facts_free(ddc_program_facts *program)
{
    struct ddc_attribute_facts *facts = program->attributes;
    if (!facts)
        return;
    for (size_t i = 0; i < facts->step_count; i++) {
        ddc_attr_step *step = &facts->steps[i];
        free(step->function_key);
        free(step->function_name);
        free(step->parameter_name);
        free(step->callee_key);
        free(step->callee_name);
        free(step->status);
        free(step->where.file);
        free_notes(step->notes, step->note_count);
    }
    for (size_t i = 0; i < facts->use_count; i++) {
        ddc_attr_use *use = &facts->uses[i];
        free(use->callee_key);
        free(use->callee_name);
        free(use->argument_text);
        free(use->where.file);
        free_notes(use->notes, use->note_count);
    }
    free(facts->steps);
    free(facts->uses);
    free(facts);
    program->attributes = NULL;
}
