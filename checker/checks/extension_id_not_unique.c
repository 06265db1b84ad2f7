/* extension-id-not-unique: the ClientIdentificationAddress of
 * IoAllocateDriverObjectExtension / IoGetDriverObjectExtension is not a
 * unique key, across the whole driver:
 * - NULL, an integer constant or a string literal (identical literals may be
 *   merged), written in the call, passed to a wrapper, or held by a global
 *   pointer set once;
 * - one key allocated by two allocations that can both run (the second fails
 *   with STATUS_OBJECT_NAME_COLLISION);
 * - a Get whose key no allocation in the driver uses (whole program only). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "../core/extension_key.h"
#include "../core/util.h"
#include "check.h"

static const char check_id[] = "extension-id-not-unique";

static void collect(const ddc_unit_context *context)
{
    ddc_key_facts_collect(context, check_id);
}

/* ---- keys that are not addresses ---- */

/* A key that is not an address.  A wrapper that tests the parameter on the
 * way may refuse or replace such a key: not reported then. */
static bool is_bad_value(const ddc_key_use *use)
{
    ddc_key_kind kind = use->key->kind;
    bool bad = kind == DDC_KEY_NULL || kind == DDC_KEY_CONSTANT || kind == DDC_KEY_STRING;
    return bad && !(use->step_count > 1 && use->tested);
}

/* What is wrong with the key of `use` (is_bad_value), newly allocated. */
static char *describe_value(const ddc_key_use *use)
{
    switch (use->key->kind) {
    case DDC_KEY_NULL:
        return ddc_strdup("NULL");
    case DDC_KEY_CONSTANT:
        return ddc_format("the integer constant 0x%llX cast to a pointer, which any other code may use too",
                          use->key->number);
    default:
        return ddc_strdup("a string literal, which the linker may merge with an identical one");
    }
}

static void report_values(const ddc_link_context *context, const ddc_key_facts *facts)
{
    for (size_t i = 0; i < facts->use_count; i++) {
        const ddc_key_use *use = &facts->uses[i];
        if (!is_bad_value(use))
            continue;
        const ddc_key_arg *origin = ddc_key_use_origin(facts, use);
        bool seen = false; /* one report per origin (a wrapper may pass the key to a Get and an Allocate) */
        for (size_t j = 0; j < i && !seen; j++)
            seen = is_bad_value(&facts->uses[j]) && ddc_key_use_origin(facts, &facts->uses[j]) == origin;
        if (seen)
            continue;
        char *subject = ddc_key_use_subject(facts, use), *what = describe_value(use);
        ddc_finding *finding = ddc_findings_add_at(
            context->findings, check_id, origin->where,
            "%s is %s, not a unique key; use the address of a global or static variable, or of a function such "
            "as DriverEntry",
            subject, what);
        ddc_key_use_add_notes(facts, use, NULL, finding);
        free(subject);
        free(what);
    }
}

/* ---- one key, two allocations ---- */

static bool is_address(const ddc_key_use *use)
{
    return use->key->kind == DDC_KEY_UNIQUE || use->key->kind == DDC_KEY_DRIVER_OBJECT;
}

static int compare_locations(const ddc_location *a, const ddc_location *b)
{
    int by_file = strcmp(a->file, b->file);
    if (by_file)
        return by_file;
    if (a->line != b->line)
        return a->line < b->line ? -1 : 1;
    return (a->column > b->column) - (a->column < b->column);
}

/* Allocations by key, then in file and line order of their origins. */
static int compare_allocations(const void *left, const void *right, void *data)
{
    const ddc_key_facts *facts = data;
    const ddc_key_use *a = &facts->uses[*(const size_t *)left], *b = &facts->uses[*(const size_t *)right];
    int by_key = strcmp(a->key->id, b->key->id);
    if (by_key)
        return by_key;
    int by_origin = compare_locations(&ddc_key_use_origin(facts, a)->where, &ddc_key_use_origin(facts, b)->where);
    if (by_origin)
        return by_origin;
    return compare_locations(&ddc_key_use_ddi(facts, a)->where, &ddc_key_use_ddi(facts, b)->where);
}

static bool passed_before(const ddc_key_call *call, unsigned site)
{
    return site < DDC_KEY_MAX_SITES && ((call->before[site / 64] >> (site % 64)) & 1);
}

/* The level where the paths of two uses part: their calls there are in one
 * function when the level is above 0.  SIZE_MAX when the paths are one. */
static size_t parting_level(const ddc_key_facts *facts, const ddc_key_use *a, const ddc_key_use *b)
{
    size_t n = a->step_count < b->step_count ? a->step_count : b->step_count;
    size_t level = 0;
    while (level < n && ddc_key_same_site(&facts->calls[a->steps[level]], &facts->calls[b->steps[level]]))
        level++;
    return level == n ? SIZE_MAX : level;
}

/* One call reached twice, or two calls on paths of one function that exclude
 * each other: not two allocations. */
static bool exclusive(const ddc_key_facts *facts, const ddc_key_use *a, const ddc_key_use *b)
{
    size_t level = parting_level(facts, a, b);
    if (level == SIZE_MAX)
        return true;
    const ddc_key_call *x = &facts->calls[a->steps[level]], *y = &facts->calls[b->steps[level]];
    if (strcmp(x->caller, y->caller) != 0)
        return false; /* two functions: both may run */
    if (!x->reached || !y->reached || x->site >= DDC_KEY_MAX_SITES || y->site >= DDC_KEY_MAX_SITES)
        return true; /* dead code, or too many calls to order: cannot tell */
    return !passed_before(y, x->site) && !passed_before(x, y->site);
}

/* `first` may run before `second` in the function where their paths part. */
static bool may_precede(const ddc_key_facts *facts, const ddc_key_use *first, const ddc_key_use *second)
{
    size_t level = parting_level(facts, first, second);
    if (level == SIZE_MAX)
        return false;
    const ddc_key_call *x = &facts->calls[first->steps[level]], *y = &facts->calls[second->steps[level]];
    return strcmp(x->caller, y->caller) == 0 && passed_before(y, x->site);
}

/* An allocation that expects the key may be taken: its functions handle
 * STATUS_OBJECT_NAME_COLLISION, or a Get with the same key may run first. */
static bool tolerates_collision(const ddc_key_facts *facts, const ddc_key_use *allocation)
{
    for (size_t j = 0; j < allocation->step_count; j++)
        if (facts->calls[allocation->steps[j]].handles_collision)
            return true;
    for (size_t i = 0; i < facts->use_count; i++) {
        const ddc_key_use *get = &facts->uses[i];
        if (!get->allocates && is_address(get) && strcmp(get->key->id, allocation->key->id) == 0 &&
            may_precede(facts, get, allocation))
            return true;
    }
    return false;
}

typedef enum collision { NO_COLLISION, SAME_SIZE, OTHER_SIZE } collision;

/* Two allocations of one key that can both run: with two sizes, two
 * extensions were meant; with one size, the second fails unless one of them
 * expects the collision. */
static collision collide(const ddc_key_facts *facts, const ddc_key_use *first, const ddc_key_use *second)
{
    if (exclusive(facts, first, second))
        return NO_COLLISION;
    if (first->size >= 0 && second->size >= 0 && first->size != second->size)
        return OTHER_SIZE;
    if (tolerates_collision(facts, first) || tolerates_collision(facts, second))
        return NO_COLLISION;
    return SAME_SIZE;
}

static void report_collision(const ddc_link_context *context, const ddc_key_facts *facts, const ddc_key_use *first,
                             const ddc_key_use *second, collision kind)
{
    const ddc_key_arg *a = ddc_key_use_origin(facts, first), *b = ddc_key_use_origin(facts, second);
    const char *driver_object =
        second->key->kind == DDC_KEY_DRIVER_OBJECT ? " (the driver object: one key for the whole driver)" : "";
    ddc_finding *finding;
    if (kind == OTHER_SIZE) {
        finding = ddc_findings_add_at(context->findings, check_id, b->where,
                                      "ClientIdentificationAddress '%s'%s is allocated again with another size (%lld "
                                      "bytes, first %lld); the second IoAllocateDriverObjectExtension fails with "
                                      "STATUS_OBJECT_NAME_COLLISION: use one key per extension",
                                      b->text, driver_object, second->size, first->size);
        ddc_finding_add_note_at(finding, a->where, "'%s' is first allocated here with %lld bytes", a->text,
                                first->size);
    } else {
        finding = ddc_findings_add_at(context->findings, check_id, b->where,
                                      "ClientIdentificationAddress '%s'%s is allocated a second time; whichever "
                                      "IoAllocateDriverObjectExtension runs second fails with "
                                      "STATUS_OBJECT_NAME_COLLISION: allocate it once, or get it first with "
                                      "IoGetDriverObjectExtension",
                                      b->text, driver_object);
        ddc_finding_add_note_at(finding, a->where, "'%s' is first allocated here", a->text);
    }
    ddc_key_use_add_notes(facts, first, NULL, finding);
    ddc_key_use_add_notes(facts, second, first, finding);
}

static void report_collisions(const ddc_link_context *context, ddc_key_facts *facts)
{
    size_t *order = ddc_xmalloc((facts->use_count ? facts->use_count : 1) * sizeof *order), count = 0;
    for (size_t i = 0; i < facts->use_count; i++)
        if (facts->uses[i].allocates && is_address(&facts->uses[i]))
            order[count++] = i;
    qsort_r(order, count, sizeof *order, compare_allocations, facts);
    for (size_t start = 0; start < count;) {
        size_t end = start + 1;
        while (end < count && strcmp(facts->uses[order[end]].key->id, facts->uses[order[start]].key->id) == 0)
            end++;
        for (size_t i = start + 1; i < end; i++) {
            const ddc_key_use *second = &facts->uses[order[i]];
            const ddc_key_arg *origin = ddc_key_use_origin(facts, second);
            bool seen = false;
            for (size_t j = start; j < i && !seen; j++)
                seen = ddc_key_use_origin(facts, &facts->uses[order[j]]) == origin; /* one report per origin */
            for (size_t j = start; j < i && !seen; j++) {
                const ddc_key_use *first = &facts->uses[order[j]];
                collision kind = collide(facts, first, second);
                if (kind != NO_COLLISION) {
                    report_collision(context, facts, first, second, kind);
                    seen = true;
                }
            }
        }
        start = end;
    }
    free(order);
}

/* ---- a Get whose key nothing allocates ---- */

static const char *project_of(const ddc_key_facts *facts, const ddc_key_use *use)
{
    return ddc_key_use_ddi(facts, use)->project;
}

/* Could an allocation in the project use `get`'s key?  Yes when one does,
 * or when the key of one is unknown. */
static bool may_be_allocated(const ddc_key_facts *facts, const ddc_key_use *get)
{
    const char *project = project_of(facts, get);
    if (ddc_strings_contains(&facts->incomplete, project)) /* parse errors: something may be missing */
        return true;
    for (size_t i = 0; i < facts->use_count; i++) {
        const ddc_key_use *use = &facts->uses[i];
        if (!use->allocates || strcmp(project_of(facts, use), project) != 0)
            continue;
        if (use->key->kind == DDC_KEY_UNKNOWN)
            return true;
        if (use->key->kind == DDC_KEY_UNIQUE && strcmp(use->key->root, get->key->root) == 0)
            return true; /* the same declaration, maybe another member of it */
    }
    return false;
}

static void report_unallocated(const ddc_link_context *context, const ddc_key_facts *facts)
{
    for (size_t i = 0; i < facts->use_count; i++) {
        const ddc_key_use *get = &facts->uses[i];
        if (get->allocates || !ddc_key_defined(facts, get->key) || may_be_allocated(facts, get))
            continue;
        const ddc_key_arg *origin = ddc_key_use_origin(facts, get);
        bool seen = false;
        for (size_t j = 0; j < i && !seen; j++)
            seen = ddc_key_use_origin(facts, &facts->uses[j]) == origin;
        if (seen)
            continue;
        char *subject = ddc_key_use_subject(facts, get);
        ddc_finding *finding = ddc_findings_add_at(
            context->findings, check_id, origin->where,
            "%s is allocated nowhere in the driver: no IoAllocateDriverObjectExtension uses this key, so the call "
            "always returns NULL",
            subject);
        free(subject);
        ddc_finding_add_note_at(finding, get->key->declared, "'%s' is declared here", get->key->name);
        ddc_key_use_add_notes(facts, get, NULL, finding);
        /* The keys the driver does allocate: often the one that was meant. */
        size_t shown = 0;
        for (size_t j = 0; j < facts->use_count && shown < 3; j++) {
            const ddc_key_use *allocation = &facts->uses[j];
            if (allocation->allocates && is_address(allocation) &&
                strcmp(project_of(facts, allocation), project_of(facts, get)) == 0) {
                const ddc_key_arg *where = ddc_key_use_origin(facts, allocation);
                ddc_finding_add_note_at(finding, where->where, "the driver allocates an extension under '%s' here",
                                        where->text);
                shown++;
            }
        }
    }
}

static void report(const ddc_link_context *context)
{
    ddc_key_facts *facts = context->program->keys;
    if (!facts)
        return;
    ddc_key_facts_link(facts, context->whole_program);
    report_values(context, facts);
    report_collisions(context, facts);
    if (context->whole_program)
        report_unallocated(context, facts);
}

const ddc_check extension_id_not_unique_check = {
    .id = check_id,
    .name = "ExtensionIdNotUnique",
    .summary = "The ClientIdentificationAddress of IoAllocateDriverObjectExtension or "
               "IoGetDriverObjectExtension is not a unique address.",
    .on_unit = collect,
    .on_link = report,
    .free_facts = ddc_key_facts_free,
};
