/* clang-tidy's NOLINT comments, read as clang-tidy reads them
 * (suppression_directives.h). */
#include <stdlib.h>
#include <string.h>

#include "suppression_read.h"
#include "util.h"

static bool is_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}


/* An open NOLINTBEGIN: its index in the list and its check list, trimmed
 * ("a,b"; NULL when it has none), which its NOLINTEND must repeat. */
typedef struct open_block {
    size_t index;
    char *checks;
} open_block;

typedef struct block_stack {
    open_block *items;
    size_t count;
} block_stack;

/* The check list of a comment, each glob trimmed, joined with ",": how
 * clang-tidy pairs NOLINTBEGIN and NOLINTEND. */
static char *checks_key(const char *list, size_t length)
{
    char *key = ddc_xmalloc(length + 1);
    size_t used = 0;
    const char *end = list + length;
    for (const char *glob = list; glob <= end;) {
        const char *comma = memchr(glob, ',', (size_t)(end - glob));
        if (!comma)
            comma = end;
        char *part = ddc_suppression_trim(glob, comma);
        if (glob != list)
            key[used++] = ',';
        memcpy(key + used, part, strlen(part));
        used += strlen(part);
        free(part);
        glob = comma + 1;
    }
    key[used] = '\0';
    return key;
}

/* The globs of the list: trimmed, empty and negative ones dropped. */
static void add_globs(ddc_suppression *suppression, const char *list, size_t length, unsigned line)
{
    const char *end = list + length;
    for (const char *glob = list; glob <= end;) {
        const char *comma = memchr(glob, ',', (size_t)(end - glob));
        if (!comma)
            comma = end;
        char *part = ddc_suppression_trim(glob, comma);
        if (part[0] && part[0] != '-') {
            ddc_suppression_entry *entry = ddc_suppression_add_entry(suppression);
            entry->glob = part;
            entry->line = line;
        } else {
            free(part);
        }
        glob = comma + 1;
    }
}

/* Closes the innermost NOLINTBEGIN at the NOLINTEND at `end_offset`, when
 * their lists are the same; returns false when they are not. */
static bool close_block(ddc_suppression_list *list, block_stack *stack, size_t end_offset, const char *checks)
{
    open_block *top = stack->count ? &stack->items[stack->count - 1] : NULL;
    bool same = top && ((!top->checks && !checks) || (top->checks && checks && !strcmp(top->checks, checks)));
    if (!same)
        return false;
    ddc_suppression *begin = &list->items[top->index];
    for (size_t i = 0; i < begin->entry_count; i++) /* strictly between the two, as in clang-tidy */
        ddc_suppression_add_range(&begin->entries[i], begin->offset + 1, end_offset);
    free(top->checks);
    stack->count--;
    return true;
}

/* One NOLINT word at `start`, `word_end` past its letters, in a comment that
 * ends at `end`.  Returns where to go on searching. */
static size_t read_nolint(ddc_suppression_list *list, block_stack *stack, const ddc_scan *scan, size_t start,
                          size_t word_end, size_t end)
{
    const char *t = scan->text;
    static const char *const words[] = {"NOLINT", "NOLINTNEXTLINE", "NOLINTBEGIN", "NOLINTEND"};
    static const ddc_suppression_kind kinds[] = {DDC_SUPPRESSION_NOLINT, DDC_SUPPRESSION_NOLINT_NEXT_LINE,
                                                 DDC_SUPPRESSION_NOLINT_BEGIN, DDC_SUPPRESSION_NOLINT_END};
    size_t word = 0;
    while (word < 4 && (strlen(words[word]) != word_end - start || memcmp(t + start, words[word], word_end - start)))
        word++;
    if (word == 4)
        return word_end;
    /* The list, when '(' follows at once and ')' closes it on the same line. */
    size_t list_start = 0, list_end = 0, after = word_end;
    if (word_end < end && t[word_end] == '(') {
        size_t close = word_end + 1;
        while (close < end && t[close] != ')' && t[close] != '\n')
            close++;
        if (close < end && t[close] == ')') {
            list_start = word_end + 1;
            list_end = close;
            after = close + 1;
        }
    }
    bool has_list = after != word_end;
    char *text = ddc_suppression_text(t + start, after - start);
    char *key = has_list ? checks_key(t + list_start, list_end - list_start) : NULL;
    if (kinds[word] == DDC_SUPPRESSION_NOLINT_END && close_block(list, stack, start, key)) {
        free(key);
        free(text);
        return after;
    }
    unsigned line = ddc_scan_line_of(scan, start);
    if (kinds[word] == DDC_SUPPRESSION_NOLINT_NEXT_LINE)
        line++;
    else if (kinds[word] == DDC_SUPPRESSION_NOLINT_BEGIN || kinds[word] == DDC_SUPPRESSION_NOLINT_END)
        line = 0;
    ddc_suppression *suppression = ddc_suppression_add(list, kinds[word], start, text);
    suppression->unmatched = kinds[word] == DDC_SUPPRESSION_NOLINT_END; /* kept only to be reported */
    if (has_list) {
        add_globs(suppression, t + list_start, list_end - list_start, line);
    } else {
        ddc_suppression_entry *entry = ddc_suppression_add_entry(suppression);
        entry->glob = ddc_strdup("*");
        entry->line = line;
    }
    if (kinds[word] == DDC_SUPPRESSION_NOLINT_BEGIN) {
        stack->items = ddc_xrealloc(stack->items, (stack->count + 1) * sizeof *stack->items);
        stack->items[stack->count++] = (open_block){list->count - 1, key};
    } else {
        free(key);
    }
    return after;
}

/* Every NOLINT word in the comment, as clang-tidy finds them: "NOLINT"
 * followed by letters that make one of the four words. */
static void read_comment(ddc_suppression_list *list, block_stack *stack, const ddc_scan *scan,
                         const ddc_scanned_comment *comment)
{
    const char *t = scan->text;
    size_t position = comment->start;
    while (position < comment->end) {
        const char *hit = memmem(t + position, comment->end - position, "NOLINT", 6);
        if (!hit)
            break;
        size_t start = (size_t)(hit - t), word_end = start + 6;
        while (word_end < comment->end && is_alpha(t[word_end]))
            word_end++;
        position = read_nolint(list, stack, scan, start, word_end, comment->end);
    }
}

void ddc_suppressions_read_nolint(ddc_suppression_list *list, const ddc_scan *scan)
{
    block_stack blocks = {0};
    for (size_t i = 0; i < scan->comment_count; i++)
        read_comment(list, &blocks, scan, &scan->comments[i]);
    for (size_t i = 0; i < blocks.count; i++) {
        list->items[blocks.items[i].index].unmatched = true;
        free(blocks.items[i].checks);
    }
    free(blocks.items);
}
