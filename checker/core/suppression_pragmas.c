/* Code Analysis's warning and prefast pragmas, read as MSVC reads them
 * (suppression_directives.h). */
#include <stdlib.h>
#include <string.h>

#include "suppression_read.h"
#include "util.h"

/* The WDK's names of the warning numbers ddicheck maps to a check: the
 * __WARNING_* macros of its CodeAnalysis headers (ntstrsafe.h defines
 * __WARNING_DEREF_NULL_PTR as 6011; __WARNING_IRQ_TOO_HIGH is 28121).
 * Other names map to no check. */
static const struct {
    const char *name;
    unsigned number;
} warning_names[] = {
    {"__WARNING_IRQ_TOO_HIGH", 28121},
    {"__WARNING_DEREF_NULL_PTR", 6011},
};

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

/* What a pragma clause does to a warning. */
typedef enum clause_action { CLAUSE_NONE, CLAUSE_SUPPRESS, CLAUSE_DISABLE, CLAUSE_ENABLE } clause_action;

/* A warning number disabled from `from` on, by entry `entry` of suppression
 * `index`. */
typedef struct active_disable {
    size_t index;
    size_t entry;
    size_t from;
} active_disable;

typedef struct disable_set {
    active_disable *items;
    size_t count;
} disable_set;

/* The state of warning(disable) and prefast(disable) while reading a file,
 * with the sets saved by warning(push) and by prefast(push). */
typedef struct pragma_state {
    disable_set active;
    disable_set *saved[2];
    size_t saved_count[2];
} pragma_state;

static void disable_add(disable_set *set, active_disable item)
{
    set->items = ddc_xrealloc(set->items, (set->count + 1) * sizeof *set->items);
    set->items[set->count++] = item;
}

static ddc_suppression_entry *entry_of(ddc_suppression_list *list, const active_disable *item)
{
    return &list->items[item->index].entries[item->entry];
}

static unsigned warning_number(const char *item)
{
    const char *digits = (item[0] == 'C' || item[0] == 'c') && item[1] >= '0' && item[1] <= '9' ? item + 1 : item;
    if (digits[0] >= '0' && digits[0] <= '9' && strspn(digits, "0123456789") == strlen(digits))
        return (unsigned)strtoul(digits, NULL, 10);
    for (size_t i = 0; i < sizeof warning_names / sizeof warning_names[0]; i++)
        if (!strcmp(item, warning_names[i].name))
            return warning_names[i].number;
    return 0;
}

static clause_action action_of(const char *specifier)
{
    if (!strcmp(specifier, "suppress"))
        return CLAUSE_SUPPRESS;
    if (!strcmp(specifier, "disable"))
        return CLAUSE_DISABLE;
    static const char *const enabling[] = {"default", "enable", "error", "once", "1", "2", "3", "4"};
    for (size_t i = 0; i < sizeof enabling / sizeof enabling[0]; i++)
        if (!strcmp(specifier, enabling[i]))
            return CLAUSE_ENABLE;
    return CLAUSE_NONE;
}

/* The offset of the first `stop` character of `text` outside string
 * literals, or of its end. */
static size_t span_to(const char *text, const char *stops)
{
    size_t i = 0;
    for (; text[i] && !strchr(stops, text[i]); i++) {
        if (text[i] != '"')
            continue;
        for (i++; text[i] && text[i] != '"'; i++)
            if (text[i] == '\\' && text[i + 1])
                i++;
        if (!text[i])
            break;
    }
    return i;
}

/* Ends every active disable of `number` (all numbers when 0) at `to`. */
static void enable(ddc_suppression_list *list, pragma_state *state, unsigned number, size_t to)
{
    size_t kept = 0;
    for (size_t i = 0; i < state->active.count; i++) {
        active_disable *item = &state->active.items[i];
        ddc_suppression_entry *entry = entry_of(list, item);
        if (number && entry->number != number) {
            state->active.items[kept++] = *item;
            continue;
        }
        ddc_suppression_add_range(entry, item->from, to);
    }
    state->active.count = kept;
}

static void push(pragma_state *state, int stack)
{
    disable_set copy = {0};
    for (size_t i = 0; i < state->active.count; i++)
        disable_add(&copy, state->active.items[i]);
    state->saved[stack] = ddc_xrealloc(state->saved[stack], (state->saved_count[stack] + 1) * sizeof copy);
    state->saved[stack][state->saved_count[stack]++] = copy;
}

static void pop(ddc_suppression_list *list, pragma_state *state, int stack, const ddc_scanned_pragma *pragma)
{
    if (!state->saved_count[stack])
        return; /* a pop without a push: MSVC ignores it too */
    enable(list, state, 0, pragma->start);
    free(state->active.items);
    state->active = state->saved[stack][--state->saved_count[stack]];
    for (size_t i = 0; i < state->active.count; i++)
        state->active.items[i].from = pragma->end;
}

/* One clause "specifier: items[, justification]". */
static void read_clause(ddc_suppression_list *list, pragma_state *state, const ddc_scan *scan,
                        const ddc_scanned_pragma *pragma, size_t *index, const char *clause, size_t length)
{
    const char *colon = memchr(clause, ':', length);
    if (!colon)
        return;
    char *specifier = ddc_suppression_trim(clause, colon);
    clause_action action = action_of(specifier);
    free(specifier);
    if (action == CLAUSE_NONE)
        return;
    const char *items_start = colon + 1, *items_end = items_start + span_to(items_start, ",;)");
    if (items_end > clause + length)
        items_end = clause + length;
    char *items = ddc_suppression_trim(items_start, items_end);
    char *save = NULL;
    for (char *item = strtok_r(items, " \t", &save); item; item = strtok_r(NULL, " \t", &save)) {
        unsigned number = warning_number(item);
        if (action == CLAUSE_ENABLE) {
            if (number)
                enable(list, state, number, pragma->start);
            continue;
        }
        if (*index == (size_t)-1) {
            char *text = NULL;
            if (pragma->form == DDC_PRAGMA_DIRECTIVE)
                text = ddc_format("#pragma %s", pragma->body);
            else if (pragma->form == DDC_PRAGMA_OPERATOR)
                text = ddc_format("__pragma(%s)", pragma->body);
            else
                text = ddc_format("_Pragma(\"%s\")", pragma->body);
            ddc_suppression_add(list, DDC_SUPPRESSION_PRAGMA, pragma->start, ddc_suppression_text(text, strlen(text)));
            free(text);
            *index = list->count - 1;
        }
        ddc_suppression_entry *entry = ddc_suppression_add_entry(&list->items[*index]);
        entry->number = number;
        if (action == CLAUSE_SUPPRESS)
            entry->line = ddc_scan_next_code_line(scan, pragma->end);
        else
            disable_add(&state->active, (active_disable){*index, list->items[*index].entry_count - 1, pragma->end});
    }
    free(items);
}

/* A pragma "warning(...)" or "prefast(...)". */
static void read_pragma(ddc_suppression_list *list, pragma_state *state, const ddc_scan *scan,
                        const ddc_scanned_pragma *pragma)
{
    const char *body = pragma->body;
    while (is_space(*body))
        body++;
    int stack = !strncmp(body, "warning", 7) ? 0 : !strncmp(body, "prefast", 7) ? 1 : -1;
    if (stack < 0)
        return;
    body += 7;
    while (is_space(*body))
        body++;
    if (*body != '(')
        return;
    body++;
    size_t length = span_to(body, ")");
    char *word = ddc_suppression_trim(body, body + span_to(body, ",)"));
    if (!strcmp(word, "push"))
        push(state, stack);
    else if (!strcmp(word, "pop"))
        pop(list, state, stack, pragma);
    free(word);
    size_t index = (size_t)-1; /* the suppression, once the pragma has an entry */
    for (size_t start = 0; start < length;) {
        size_t clause = span_to(body + start, ";)");
        read_clause(list, state, scan, pragma, &index, body + start, clause);
        start += clause + 1;
    }
}

void ddc_suppressions_read_pragmas(ddc_suppression_list *list, const ddc_scan *scan)
{
    pragma_state state = {0};
    for (size_t i = 0; i < scan->pragma_count; i++)
        read_pragma(list, &state, scan, &scan->pragmas[i]);
    enable(list, &state, 0, (size_t)-1); /* to the end of the file */
    free(state.active.items);
    for (int stack = 0; stack < 2; stack++) {
        for (size_t i = 0; i < state.saved_count[stack]; i++)
            free(state.saved[stack][i].items);
        free(state.saved[stack]);
    }
}
