/* Open addressing with linear probing (see string_index.h). */
#include "string_index.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

static size_t hash(const char *key)
{
    uint64_t h = 1469598103934665603ull; /* FNV-1a */
    for (const unsigned char *c = (const unsigned char *)key; *c; c++)
        h = (h ^ *c) * 1099511628211ull;
    return (size_t)h;
}

/* Where `key` is, or the empty slot where it would go. */
static size_t slot_of(const ddc_string_index *index, const char *key)
{
    size_t mask = index->slot_count - 1;
    size_t slot = hash(key) & mask;
    while (index->slots[slot].key && strcmp(index->slots[slot].key, key) != 0)
        slot = (slot + 1) & mask;
    return slot;
}

bool ddc_string_index_find(const ddc_string_index *index, const char *key, size_t *value)
{
    if (index->count == 0)
        return false;
    size_t slot = slot_of(index, key);
    if (!index->slots[slot].key)
        return false;
    *value = index->slots[slot].value;
    return true;
}

void ddc_string_index_put(ddc_string_index *index, const char *key, size_t value)
{
    if (2 * (index->count + 1) > index->slot_count) {
        ddc_string_index_entry *old = index->slots;
        size_t old_count = index->slot_count;
        index->slot_count = old_count ? old_count * 2 : 64;
        index->slots = ddc_xcalloc(index->slot_count, sizeof *index->slots);
        for (size_t i = 0; i < old_count; i++)
            if (old[i].key)
                index->slots[slot_of(index, old[i].key)] = old[i];
        free(old);
    }
    size_t slot = slot_of(index, key);
    if (!index->slots[slot].key)
        index->count++;
    index->slots[slot] = (ddc_string_index_entry){key, value};
}

void ddc_string_index_free(ddc_string_index *index)
{
    free(index->slots);
    memset(index, 0, sizeof *index);
}
