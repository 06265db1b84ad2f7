/* Joining the null-state facts of every translation unit (see null_summaries.h). */
#include "null_summaries.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

/* The longest chain of wrappers or helpers a finding's notes follow. */
enum { MAX_CHAIN = 8 };

enum answer { UNKNOWN, VISITING, YES, NO };

ddc_null_note ddc_null_note_make(ddc_location where, char *text)
{
    where.file = ddc_strdup(where.file ? where.file : "");
    return (ddc_null_note){.where = where, .text = text};
}

#define APPEND(array, count, record)                                                                      \
    do {                                                                                                  \
        (array) = ddc_xrealloc((array), ((count) + 1) * sizeof *(array));                                 \
        (array)[(count)++] = (record);                                                                    \
    } while (0)

void ddc_null_facts_add_return(ddc_null_facts *facts, ddc_null_return record)
{
    APPEND(facts->returns, facts->return_count, record);
}

void ddc_null_facts_add_deref(ddc_null_facts *facts, ddc_null_deref record)
{
    APPEND(facts->derefs, facts->deref_count, record);
}

void ddc_null_facts_add_use(ddc_null_facts *facts, ddc_null_use record)
{
    APPEND(facts->uses, facts->use_count, record);
}

/* ---- resolution ---- */

typedef struct resolver {
    const ddc_null_facts *facts;
    const ddc_null_return **returns; /* sorted by function */
    enum answer *return_answers;     /* per sorted return */
    const ddc_null_deref **derefs;   /* sorted by function, parameter */
    enum answer *deref_answers;
} resolver;

static int compare_returns(const void *a, const void *b)
{
    return strcmp((*(const ddc_null_return *const *)a)->function, (*(const ddc_null_return *const *)b)->function);
}

static int compare_derefs(const void *a, const void *b)
{
    const ddc_null_deref *x = *(const ddc_null_deref *const *)a, *y = *(const ddc_null_deref *const *)b;
    int c = strcmp(x->function, y->function);
    return c ? c : (x->parameter > y->parameter) - (x->parameter < y->parameter);
}

/* The index of the first sorted return of `function`, or the count. */
static size_t first_return(const resolver *r, const char *function)
{
    size_t low = 0, high = r->facts->return_count;
    while (low < high) {
        size_t middle = (low + high) / 2;
        if (strcmp(r->returns[middle]->function, function) < 0)
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

static size_t first_deref(const resolver *r, const char *function, int parameter)
{
    size_t low = 0, high = r->facts->deref_count;
    while (low < high) {
        size_t middle = (low + high) / 2;
        const ddc_null_deref *d = r->derefs[middle];
        int c = strcmp(d->function, function);
        if (c < 0 || (c == 0 && d->parameter < parameter))
            low = middle + 1;
        else
            high = middle;
    }
    return low;
}

/* A value from the lookaside list `list` may be NULL only when the program
 * initialises the list without a raise-on-failure flag. */
static bool list_may_run_dry(const ddc_null_facts *facts, const char *list)
{
    return !list || (ddc_strings_contains(&facts->plain_lists, list) && !ddc_strings_contains(&facts->raising_lists, list));
}

/* May `function` return NULL?  Returns the return record that says so, or
 * NULL. */
static const ddc_null_return *may_return_null(resolver *r, const char *function)
{
    size_t i = first_return(r, function);
    const ddc_null_return *found = NULL;
    for (; i < r->facts->return_count && strcmp(r->returns[i]->function, function) == 0; i++) {
        enum answer *answer = &r->return_answers[i];
        if (*answer == UNKNOWN) {
            *answer = VISITING;
            const char *from = r->returns[i]->from_function;
            *answer = list_may_run_dry(r->facts, r->returns[i]->lookaside_list) && (!from || may_return_null(r, from))
                          ? YES
                          : NO;
        }
        if (*answer == YES && !found)
            found = r->returns[i];
    }
    return found;
}

/* Does `function` dereference parameter `parameter` on every path?  Returns
 * the record that says so, or NULL. */
static const ddc_null_deref *dereferences(resolver *r, const char *function, int parameter)
{
    size_t i = first_deref(r, function, parameter);
    const ddc_null_deref *found = NULL;
    for (; i < r->facts->deref_count && r->derefs[i]->parameter == parameter &&
           strcmp(r->derefs[i]->function, function) == 0;
         i++) {
        enum answer *answer = &r->deref_answers[i];
        if (*answer == UNKNOWN) {
            *answer = VISITING;
            const ddc_null_deref *d = r->derefs[i];
            *answer = !d->via_function || dereferences(r, d->via_function, d->via_parameter) ? YES : NO;
        }
        if (*answer == YES && !found)
            found = r->derefs[i];
    }
    return found;
}

static void add_note(ddc_finding *finding, const ddc_null_note *note)
{
    if (note->text)
        ddc_finding_add_note_at(finding, note->where, "%s", note->text);
}

static bool already_reported(char ***origins, size_t *count, const char *origin)
{
    for (size_t i = 0; i < *count; i++)
        if (strcmp((*origins)[i], origin) == 0)
            return true;
    *origins = ddc_xrealloc(*origins, (*count + 1) * sizeof **origins);
    (*origins)[(*count)++] = (char *)origin;
    return false;
}

static void report_use(resolver *r, const ddc_null_use *use, const char *check_id, ddc_findings *findings)
{
    ddc_finding *finding = ddc_findings_add_at(findings, check_id, use->where, "%s", use->message);
    add_note(finding, &use->assigned);
    const char *function = use->source_function;
    for (unsigned depth = 0; function && depth < MAX_CHAIN; depth++) {
        const ddc_null_return *step = may_return_null(r, function);
        if (!step)
            break;
        add_note(finding, &step->note);
        function = step->from_function;
    }
    add_note(finding, &use->asserted);
    const char *helper = use->passed_to;
    int parameter = use->passed_parameter;
    for (unsigned depth = 0; helper && depth < MAX_CHAIN; depth++) {
        const ddc_null_deref *step = dereferences(r, helper, parameter);
        if (!step)
            break;
        add_note(finding, &step->note);
        helper = step->via_function;
        parameter = step->via_parameter;
    }
    add_note(finding, &use->later);
}

void ddc_null_facts_report(const ddc_null_facts *facts, const char *check_id, ddc_findings *findings)
{
    resolver r = {
        .facts = facts,
        .returns = ddc_xcalloc(facts->return_count + 1, sizeof *r.returns),
        .return_answers = ddc_xcalloc(facts->return_count + 1, sizeof *r.return_answers),
        .derefs = ddc_xcalloc(facts->deref_count + 1, sizeof *r.derefs),
        .deref_answers = ddc_xcalloc(facts->deref_count + 1, sizeof *r.deref_answers),
    };
    for (size_t i = 0; i < facts->return_count; i++)
        r.returns[i] = &facts->returns[i];
    for (size_t i = 0; i < facts->deref_count; i++)
        r.derefs[i] = &facts->derefs[i];
    qsort(r.returns, facts->return_count, sizeof *r.returns, compare_returns);
    qsort(r.derefs, facts->deref_count, sizeof *r.derefs, compare_derefs);
    char **origins = NULL;
    size_t origin_count = 0;
    for (size_t i = 0; i < facts->use_count; i++) {
        const ddc_null_use *use = &facts->uses[i];
        if (use->source_function && !may_return_null(&r, use->source_function))
            continue;
        if (!list_may_run_dry(facts, use->lookaside_list))
            continue;
        if (use->passed_to && !dereferences(&r, use->passed_to, use->passed_parameter))
            continue;
        if (!already_reported(&origins, &origin_count, use->value_origin))
            report_use(&r, use, check_id, findings);
    }
    free(origins);
    free(r.returns);
    free(r.return_answers);
    free(r.derefs);
    free(r.deref_answers);
}

/* ---- freeing ---- */

static void free_note(ddc_null_note *note)
{
    free(note->where.file);
    free(note->text);
}

void ddc_null_use_free(ddc_null_use *use)
{
    free(use->source_function);
    free(use->passed_to);
    free(use->lookaside_list);
    free(use->value_origin);
    free(use->where.file);
    free(use->message);
    free_note(&use->assigned);
    free_note(&use->asserted);
    free_note(&use->later);
}

void ddc_null_facts_free(ddc_null_facts *facts)
{
    for (size_t i = 0; i < facts->return_count; i++) {
        free(facts->returns[i].function);
        free(facts->returns[i].from_function);
        free(facts->returns[i].lookaside_list);
        free_note(&facts->returns[i].note);
    }
    for (size_t i = 0; i < facts->deref_count; i++) {
        free(facts->derefs[i].function);
        free(facts->derefs[i].via_function);
        free_note(&facts->derefs[i].note);
    }
    for (size_t i = 0; i < facts->use_count; i++)
        ddc_null_use_free(&facts->uses[i]);
    free(facts->returns);
    free(facts->derefs);
    free(facts->uses);
    ddc_strings_free(&facts->plain_lists);
    ddc_strings_free(&facts->raising_lists);
    memset(facts, 0, sizeof *facts);
}
