/* FNV-1a fingerprints of findings. */
#include "fingerprint.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

static const uint64_t fnv_offset = 14695981039346656037ULL;
static const uint64_t fnv_prime = 1099511628211ULL;

static uint64_t hash_byte(uint64_t hash, unsigned char byte)
{
    return (hash ^ byte) * fnv_prime;
}

/* Hashes `text` and a terminating NUL, so that ("ab", "c") and ("a", "bc")
 * differ. */
static uint64_t hash_field(uint64_t hash, const char *text)
{
    for (const unsigned char *c = (const unsigned char *)text; *c; c++)
        hash = hash_byte(hash, *c);
    return hash_byte(hash, 0);
}

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

static uint64_t hash_line_without_spaces(uint64_t hash, ddc_sources *sources, const ddc_location *where)
{
    size_t length = 0;
    const char *line = where->line ? ddc_sources_line(sources, where->file, where->line, &length) : NULL;
    for (size_t i = 0; line && i < length; i++)
        if (!is_space(line[i]))
            hash = hash_byte(hash, (unsigned char)line[i]);
    return hash_byte(hash, 0);
}

static uint64_t hash_finding(const ddc_finding *finding, const ddc_source_root *root, ddc_sources *sources)
{
    char *relative = ddc_source_root_relative(root, finding->where.file);
    char *path = relative ? relative : ddc_absolute_path(finding->where.file);
    uint64_t hash = fnv_offset;
    hash = hash_field(hash, finding->check_id);
    hash = hash_field(hash, path);
    hash = hash_field(hash, finding->message);
    hash = hash_line_without_spaces(hash, sources, &finding->where);
    free(path);
    return hash;
}

typedef struct keyed {
    uint64_t hash;
    size_t index;
} keyed;

static int compare_keyed(const void *left, const void *right)
{
    const keyed *a = left, *b = right;
    if (a->hash != b->hash)
        return a->hash < b->hash ? -1 : 1;
    return a->index < b->index ? -1 : a->index > b->index;
}

void ddc_fingerprints_compute(ddc_findings *list, const ddc_source_root *root, ddc_sources *sources)
{
    if (list->count == 0)
        return;
    keyed *keys = ddc_xmalloc(list->count * sizeof *keys);
    for (size_t i = 0; i < list->count; i++)
        keys[i] = (keyed){hash_finding(&list->items[i], root, sources), i};
    /* Equal hashes end up together, in list order: the occurrence index is the
     * position within the group. */
    qsort(keys, list->count, sizeof *keys, compare_keyed);
    size_t occurrence = 0;
    for (size_t k = 0; k < list->count; k++) {
        occurrence = k > 0 && keys[k].hash == keys[k - 1].hash ? occurrence + 1 : 0;
        char number[24];
        snprintf(number, sizeof number, "%zu", occurrence);
        uint64_t hash = hash_field(keys[k].hash, number);
        ddc_finding *finding = &list->items[keys[k].index];
        snprintf(finding->fingerprint, sizeof finding->fingerprint, "%016llx", (unsigned long long)hash);
    }
    free(keys);
}
