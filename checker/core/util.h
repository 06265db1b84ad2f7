/* Small helpers every module uses: allocation that never returns NULL,
 * formatted strings, and growable string lists. */
#ifndef DDC_UTIL_H
#define DDC_UTIL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* malloc/realloc/strdup that abort with a message when memory runs out
 * (the checker cannot do anything useful without memory). */
void *ddc_xmalloc(size_t size);
void *ddc_xcalloc(size_t count, size_t size);
void *ddc_xrealloc(void *pointer, size_t size);
char *ddc_strdup(const char *text);

/* Returns a newly allocated printf-formatted string; the caller frees it. */
char *ddc_format(const char *format, ...) __attribute__((format(printf, 1, 2)));
char *ddc_vformat(const char *format, va_list args);

/* A growable list of owned strings. */
typedef struct ddc_strings {
    char **items;
    size_t count;
    size_t capacity;
} ddc_strings;

/* Appends a copy of `text`. */
void ddc_strings_add(ddc_strings *list, const char *text);
/* Appends `text` itself; the list takes ownership. */
void ddc_strings_take(ddc_strings *list, char *text);
/* True when the list holds a string equal to `text`. */
bool ddc_strings_contains(const ddc_strings *list, const char *text);
/* Frees every string and resets the list. */
void ddc_strings_free(ddc_strings *list);

/* True when `text` ends with `suffix`, compared without regard to case. */
bool ddc_ends_with_nocase(const char *text, const char *suffix);

/* Returns the directory part of `path` ("." when there is none), newly
 * allocated. */
char *ddc_dirname(const char *path);

/* Writes `text` to `out` as valid UTF-8: each byte that does not belong to
 * a well-formed UTF-8 sequence (a Latin-1 file name or comment) is written
 * as U+FFFD.  JSON must be UTF-8, and json-c passes bytes through as they
 * are.  Returns 0, or EOF on a write error. */
int ddc_fputs_utf8(const char *text, FILE *out);

/* True when `path` names an existing directory / regular file. */
bool ddc_is_directory(const char *path);
bool ddc_is_file(const char *path);

#endif
