/* Allocation, formatting and path helpers. */
#include "util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

static void out_of_memory(void)
{
    fputs("ddicheck: out of memory\n", stderr);
    abort();
}

void *ddc_xmalloc(size_t size)
{
    void *pointer = malloc(size ? size : 1);
    if (!pointer)
        out_of_memory();
    return pointer;
}

void *ddc_xcalloc(size_t count, size_t size)
{
    void *pointer = calloc(count ? count : 1, size ? size : 1);
    if (!pointer)
        out_of_memory();
    return pointer;
}

void *ddc_xrealloc(void *pointer, size_t size)
{
    void *moved = realloc(pointer, size ? size : 1);
    if (!moved)
        out_of_memory();
    return moved;
}

char *ddc_strdup(const char *text)
{
    char *copy = strdup(text);
    if (!copy)
        out_of_memory();
    return copy;
}

char *ddc_vformat(const char *format, va_list args)
{
    va_list again;
    va_copy(again, args);
    int length = vsnprintf(NULL, 0, format, args);
    if (length < 0)
        length = 0;
    char *text = ddc_xmalloc((size_t)length + 1);
    vsnprintf(text, (size_t)length + 1, format, again);
    va_end(again);
    return text;
}

char *ddc_format(const char *format, ...)
{
    va_list args;
    va_start(args, format);
    char *text = ddc_vformat(format, args);
    va_end(args);
    return text;
}

void ddc_strings_take(ddc_strings *list, char *text)
{
    if (list->count == list->capacity) {
        list->capacity = list->capacity ? list->capacity * 2 : 16;
        list->items = ddc_xrealloc(list->items, list->capacity * sizeof *list->items);
    }
    list->items[list->count++] = text;
}

void ddc_strings_add(ddc_strings *list, const char *text)
{
    ddc_strings_take(list, ddc_strdup(text));
}

bool ddc_strings_contains(const ddc_strings *list, const char *text)
{
    for (size_t i = 0; i < list->count; i++)
        if (strcmp(list->items[i], text) == 0)
            return true;
    return false;
}

void ddc_strings_free(ddc_strings *list)
{
    for (size_t i = 0; i < list->count; i++)
        free(list->items[i]);
    free(list->items);
    memset(list, 0, sizeof *list);
}

bool ddc_ends_with_nocase(const char *text, const char *suffix)
{
    size_t length = strlen(text), suffix_length = strlen(suffix);
    return length >= suffix_length && strcasecmp(text + length - suffix_length, suffix) == 0;
}

char *ddc_dirname(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        return ddc_strdup(".");
    if (slash == path)
        return ddc_strdup("/");
    return strndup(path, (size_t)(slash - path));
}

bool ddc_is_directory(const char *path)
{
    struct stat info;
    return stat(path, &info) == 0 && S_ISDIR(info.st_mode);
}

bool ddc_is_file(const char *path)
{
    struct stat info;
    return stat(path, &info) == 0 && S_ISREG(info.st_mode);
}

/* The length of the well-formed UTF-8 sequence at `text` (RFC 3629: no
 * overlong forms, no surrogates, nothing above U+10FFFF), or 0. */
static size_t utf8_sequence_length(const unsigned char *text)
{
    unsigned char lead = text[0];
    if (lead < 0x80)
        return 1;
    size_t length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                                                   : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
    if (length == 0)
        return 0;
    unsigned char low = 0x80, high = 0xBF; /* the second byte's range */
    if (lead == 0xE0)
        low = 0xA0;
    else if (lead == 0xED)
        high = 0x9F;
    else if (lead == 0xF0)
        low = 0x90;
    else if (lead == 0xF4)
        high = 0x8F;
    if (text[1] < low || text[1] > high)
        return 0;
    for (size_t i = 2; i < length; i++)
        if (text[i] < 0x80 || text[i] > 0xBF)
            return 0;
    return length;
}

int ddc_fputs_utf8(const char *text, FILE *out)
{
    const unsigned char *at = (const unsigned char *)text;
    const unsigned char *run = at; /* valid bytes not written yet */
    while (*at) {
        size_t length = utf8_sequence_length(at);
        if (length) {
            at += length;
            continue;
        }
        if (fwrite(run, 1, (size_t)(at - run), out) != (size_t)(at - run) || fputs("\xEF\xBF\xBD", out) == EOF)
            return EOF;
        run = ++at;
    }
    return fwrite(run, 1, (size_t)(at - run), out) == (size_t)(at - run) ? 0 : EOF;
}
