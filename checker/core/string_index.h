/* A hash table from strings to numbers, for the lookups that a unit of
 * 80,000 functions makes once per declaration (a list searched each time
 * made those runs quadratic). */
#ifndef DDC_STRING_INDEX_H
#define DDC_STRING_INDEX_H

#include <stdbool.h>
#include <stddef.h>

typedef struct ddc_string_index_entry {
    const char *key; /* borrowed: it must live as long as the index; NULL: empty */
    size_t value;
} ddc_string_index_entry;

/* An all-zero ddc_string_index is an empty one. */
typedef struct ddc_string_index {
    ddc_string_index_entry *slots;
    size_t slot_count; /* a power of two, at least twice count */
    size_t count;
} ddc_string_index;

/* Looks `key` up; stores its value in *value and returns true when found. */
bool ddc_string_index_find(const ddc_string_index *index, const char *key, size_t *value);

/* Maps `key` (borrowed, not copied) to `value`, replacing an earlier value. */
void ddc_string_index_put(ddc_string_index *index, const char *key, size_t value);

/* Releases the slots (not the borrowed keys) and leaves the index empty. */
void ddc_string_index_free(ddc_string_index *index);

#endif
