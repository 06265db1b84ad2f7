/* The lexical scan behind suppressions: comments, pragmas, lines of code. */
#include "suppression_scan.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* A growable text buffer. */
typedef struct text_buffer {
    char *data;
    size_t length;
    size_t capacity;
} text_buffer;

static void buffer_add(text_buffer *buffer, char c)
{
    if (buffer->length + 2 > buffer->capacity) {
        buffer->capacity = buffer->capacity ? buffer->capacity * 2 : 64;
        buffer->data = ddc_xrealloc(buffer->data, buffer->capacity);
    }
    buffer->data[buffer->length++] = c;
    buffer->data[buffer->length] = '\0';
}

static char *buffer_take(text_buffer *buffer)
{
    char *text = buffer->data ? buffer->data : ddc_strdup("");
    memset(buffer, 0, sizeof *buffer);
    return text;
}

typedef struct scanner {
    ddc_scan *scan;
    const char *t;
    size_t n;
    bool line_start;   /* only blanks and comments since the last newline */
    bool in_directive; /* on a preprocessor directive's line(s) */
    bool name_pending; /* after the directive's '#', before its name */
    bool in_pragma;    /* the directive is #pragma */
    size_t directive_start;
    text_buffer body; /* the #pragma's text so far */
    size_t comment_capacity;
    size_t pragma_capacity;
} scanner;

static bool is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

static bool is_identifier_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '_' || c == '$' ||
           (unsigned char)c >= 0x80;
}

/* The first offset at or after `i` that is not a line continuation. */
static size_t skip_splices(const scanner *s, size_t i)
{
    while (i < s->n && s->t[i] == '\\') {
        size_t j = i + 1;
        if (j < s->n && s->t[j] == '\r')
            j++;
        if (j >= s->n || s->t[j] != '\n')
            break;
        i = j + 1;
    }
    return i;
}

/* The offset of the character after the one at `i`, continuations skipped. */
static size_t next(const scanner *s, size_t i)
{
    return skip_splices(s, i + 1);
}

static char at(const scanner *s, size_t i)
{
    return i < s->n ? s->t[i] : '\0';
}

/* Appends the characters from `start` to `end` without continuations. */
static void append_spliced(const scanner *s, text_buffer *buffer, size_t start, size_t end)
{
    for (size_t i = skip_splices(s, start); i < end; i = next(s, i))
        buffer_add(buffer, s->t[i]);
}

/* True when the token from `start` to `end` spells `word`. */
static bool token_is(const scanner *s, size_t start, size_t end, const char *word)
{
    size_t i = skip_splices(s, start);
    for (; *word; word++, i = next(s, i))
        if (i >= end || s->t[i] != *word)
            return false;
    return i >= end;
}

/* Past a line comment whose text starts at `i`: at its newline. */
static size_t line_comment_end(const scanner *s, size_t i)
{
    for (i = skip_splices(s, i); i < s->n && s->t[i] != '\n'; i = next(s, i))
        ;
    return i;
}

/* Past a block comment whose text starts at `i`. */
static size_t block_comment_end(const scanner *s, size_t i)
{
    for (i = skip_splices(s, i); i < s->n; i = next(s, i)) {
        if (s->t[i] != '*')
            continue;
        size_t slash = next(s, i);
        if (at(s, slash) == '/')
            return slash + 1;
    }
    return s->n;
}

/* The end of the comment starting at `i`, or 0 when none starts there. */
static size_t comment_end(const scanner *s, size_t i)
{
    if (s->t[i] != '/')
        return 0;
    size_t second = next(s, i);
    if (at(s, second) == '/')
        return line_comment_end(s, second + 1);
    if (at(s, second) == '*')
        return block_comment_end(s, second + 1);
    return 0;
}

/* Past the string or character literal whose quote is at `i`.  An
 * unterminated literal ends with its line, as the compiler takes it. */
static size_t literal_end(const scanner *s, size_t i)
{
    char quote = s->t[i];
    for (i = next(s, i); i < s->n; i = next(s, i)) {
        char c = s->t[i];
        if (c == '\\') {
            i = next(s, i); /* the escaped character, skipped by the loop */
            if (i >= s->n)
                break;
        } else if (c == quote) {
            return i + 1;
        } else if (c == '\n') {
            return i;
        }
    }
    return s->n;
}

/* Past the preprocessing number starting at `i` (digit separators and
 * exponent signs included). */
static size_t number_end(const scanner *s, size_t i)
{
    char previous = '\0';
    while (i < s->n) {
        char c = s->t[i];
        bool exponent_sign = (c == '+' || c == '-') && previous && strchr("eEpP", previous);
        bool separator = c == '\'' && is_identifier_char(at(s, next(s, i)));
        if (!is_identifier_char(c) && c != '.' && !exponent_sign && !separator)
            break;
        previous = c;
        i = next(s, i);
    }
    return i;
}

static size_t identifier_end(const scanner *s, size_t i)
{
    while (i < s->n && is_identifier_char(s->t[i]))
        i = next(s, i);
    return i;
}

/* Past blanks, newlines and comments from `i`. */
static size_t skip_blanks(const scanner *s, size_t i)
{
    for (i = skip_splices(s, i); i < s->n;) {
        size_t end = comment_end(s, i);
        if (end)
            i = skip_splices(s, end);
        else if (is_blank(s->t[i]) || s->t[i] == '\n')
            i = next(s, i);
        else
            break;
    }
    return i;
}

static void add_comment(scanner *s, size_t start, size_t end)
{
    ddc_scan *scan = s->scan;
    if (scan->comment_count == s->comment_capacity) {
        s->comment_capacity = s->comment_capacity ? s->comment_capacity * 2 : 32;
        scan->comments = ddc_xrealloc(scan->comments, s->comment_capacity * sizeof *scan->comments);
    }
    scan->comments[scan->comment_count++] = (ddc_scanned_comment){start, end};
}

static void add_pragma(scanner *s, ddc_pragma_form form, size_t start, size_t end, char *body)
{
    ddc_scan *scan = s->scan;
    if (scan->pragma_count == s->pragma_capacity) {
        s->pragma_capacity = s->pragma_capacity ? s->pragma_capacity * 2 : 16;
        scan->pragmas = ddc_xrealloc(scan->pragmas, s->pragma_capacity * sizeof *scan->pragmas);
    }
    scan->pragmas[scan->pragma_count++] = (ddc_scanned_pragma){form, start, end, body};
}

/* The text between the parentheses of `__pragma(`, from `i` (after the
 * opening one); returns the offset of the closing one, or 0. */
static size_t operator_body(const scanner *s, size_t i, text_buffer *body)
{
    int depth = 1;
    while (i < s->n) {
        char c = s->t[i];
        size_t end = comment_end(s, i);
        if (end) {
            buffer_add(body, ' ');
            i = skip_splices(s, end);
            continue;
        }
        if (c == '"' || c == '\'') {
            end = literal_end(s, i);
            append_spliced(s, body, i, end);
            i = skip_splices(s, end);
            continue;
        }
        if (c == '(')
            depth++;
        if (c == ')' && --depth == 0)
            return i;
        buffer_add(body, is_blank(c) || c == '\n' ? ' ' : c);
        i = next(s, i);
    }
    return 0;
}

/* The string of `_Pragma("...")`, destringized (C11 6.10.9: \" and \\
 * become " and \), from `i` (after the opening parenthesis); returns the
 * offset of the closing parenthesis, or 0. */
static size_t string_body(const scanner *s, size_t i, text_buffer *body)
{
    i = skip_blanks(s, i);
    if (at(s, i) == 'L') /* a wide string literal is allowed */
        i = next(s, i);
    if (at(s, i) != '"')
        return 0;
    size_t end = literal_end(s, i);
    if (end <= i + 1 || s->t[end - 1] != '"')
        return 0;
    for (size_t j = next(s, i); j < end - 1; j = next(s, j)) {
        if (s->t[j] == '\\') {
            size_t escaped = next(s, j);
            if (at(s, escaped) == '"' || at(s, escaped) == '\\')
                j = escaped;
        }
        buffer_add(body, s->t[j]);
    }
    i = skip_blanks(s, end);
    return at(s, i) == ')' ? i : 0;
}

/* A pragma operator whose name runs from `start` to `word_end`: records it
 * and returns the offset past its closing parenthesis, or returns 0 when the
 * word is no pragma operator.  Comments inside its parentheses are not
 * recorded as comments. */
static size_t scan_pragma_operator(scanner *s, size_t start, size_t word_end)
{
    bool microsoft = token_is(s, start, word_end, "__pragma");
    if (!microsoft && !token_is(s, start, word_end, "_Pragma"))
        return 0;
    size_t open = skip_blanks(s, word_end);
    if (at(s, open) != '(')
        return 0;
    text_buffer body = {0};
    size_t close = microsoft ? operator_body(s, next(s, open), &body) : string_body(s, next(s, open), &body);
    if (!close) {
        free(body.data);
        return 0;
    }
    add_pragma(s, microsoft ? DDC_PRAGMA_OPERATOR : DDC_PRAGMA_STRING, start, close + 1, buffer_take(&body));
    return close + 1;
}

static void end_directive(scanner *s, size_t at_offset)
{
    if (s->in_pragma)
        add_pragma(s, DDC_PRAGMA_DIRECTIVE, s->directive_start, at_offset, buffer_take(&s->body));
    s->in_directive = s->in_pragma = s->name_pending = false;
}

/* A token from `start` to `end`: part of a #pragma's text, or code. */
static void token(scanner *s, size_t start, size_t end)
{
    if (s->in_pragma) {
        append_spliced(s, &s->body, start, end);
    } else if (!s->in_directive) {
        unsigned line = ddc_scan_line_of(s->scan, start);
        s->scan->last_code[line - 1] = start + 1;
    }
}

static void index_lines(ddc_scan *scan)
{
    size_t capacity = 64;
    scan->line_starts = ddc_xmalloc(capacity * sizeof *scan->line_starts);
    scan->line_starts[scan->line_count++] = 0;
    for (size_t i = 0; i + 1 < scan->length; i++) {
        if (scan->text[i] != '\n')
            continue;
        if (scan->line_count == capacity) {
            capacity *= 2;
            scan->line_starts = ddc_xrealloc(scan->line_starts, capacity * sizeof *scan->line_starts);
        }
        scan->line_starts[scan->line_count++] = i + 1;
    }
}

/* The word after a directive's '#', from `start` to `end`. */
static void directive_name(scanner *s, size_t start, size_t end)
{
    s->name_pending = false;
    if (token_is(s, start, end, "pragma")) {
        s->in_pragma = true;
        s->body.length = 0;
    }
}

void ddc_scan_source(ddc_scan *scan, const char *text, size_t length)
{
    memset(scan, 0, sizeof *scan);
    scan->text = text;
    scan->length = length;
    index_lines(scan);
    scan->last_code = ddc_xcalloc(scan->line_count, sizeof *scan->last_code);
    scanner s = {.scan = scan, .t = text, .n = length, .line_start = true};
    size_t i = skip_splices(&s, 0);
    while (i < s.n) {
        char c = s.t[i];
        size_t end = comment_end(&s, i);
        if (end) {
            add_comment(&s, i, end);
            if (s.in_pragma)
                buffer_add(&s.body, ' ');
        } else if (c == '\n') {
            end_directive(&s, i);
            s.line_start = true;
            end = i + 1;
        } else if (is_blank(c)) {
            if (s.in_pragma)
                buffer_add(&s.body, ' ');
            end = i + 1;
        } else if (c == '#' && s.line_start && !s.in_directive) {
            s.in_directive = s.name_pending = true;
            s.directive_start = i;
            s.line_start = false;
            end = i + 1;
        } else {
            s.line_start = false;
            if (c == '"' || c == '\'') {
                end = literal_end(&s, i);
            } else if (is_digit(c) || (c == '.' && is_digit(at(&s, next(&s, i))))) {
                end = number_end(&s, i);
            } else if (is_identifier_char(c)) {
                end = identifier_end(&s, i);
                if (s.name_pending) {
                    directive_name(&s, i, end);
                    i = skip_splices(&s, end);
                    continue;
                }
                size_t after = s.in_directive ? 0 : scan_pragma_operator(&s, i, end);
                if (after) {
                    i = skip_splices(&s, after);
                    continue;
                }
            } else {
                end = next(&s, i);
            }
            s.name_pending = false;
            token(&s, i, end);
        }
        i = skip_splices(&s, end);
    }
    end_directive(&s, s.n);
    free(s.body.data);
}

unsigned ddc_scan_line_of(const ddc_scan *scan, size_t offset)
{
    size_t low = 0, high = scan->line_count; /* the answer is in [low, high) */
    while (high - low > 1) {
        size_t middle = low + (high - low) / 2;
        if (scan->line_starts[middle] <= offset)
            low = middle;
        else
            high = middle;
    }
    return (unsigned)low + 1;
}

size_t ddc_scan_offset_of(const ddc_scan *scan, unsigned line, unsigned column)
{
    if (line == 0 || line > scan->line_count)
        return (size_t)-1;
    return scan->line_starts[line - 1] + (column ? column - 1 : 0);
}

unsigned ddc_scan_next_code_line(const ddc_scan *scan, size_t offset)
{
    unsigned line = ddc_scan_line_of(scan, offset);
    if (scan->last_code[line - 1] > offset)
        return line;
    for (unsigned next_line = line + 1; next_line <= scan->line_count; next_line++)
        if (scan->last_code[next_line - 1])
            return next_line;
    return 0;
}

void ddc_scan_free(ddc_scan *scan)
{
    for (size_t i = 0; i < scan->pragma_count; i++)
        free(scan->pragmas[i].body);
    free(scan->pragmas);
    free(scan->comments);
    free(scan->line_starts);
    free(scan->last_code);
    memset(scan, 0, sizeof *scan);
}
