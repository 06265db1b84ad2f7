/* XXH3 128-bit hashes, streamed. */
#include "content_hash.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

#include "util.h"

struct ddc_hasher {
    XXH3_state_t *state;
};

ddc_hasher *ddc_hasher_new(void)
{
    ddc_hasher *hasher = ddc_xcalloc(1, sizeof *hasher);
    hasher->state = XXH3_createState();
    if (!hasher->state) {
        fprintf(stderr, "ddicheck: error: out of memory\n");
        abort();
    }
    XXH3_128bits_reset(hasher->state);
    return hasher;
}

void ddc_hasher_add(ddc_hasher *hasher, const void *data, size_t length)
{
    uint64_t prefix = (uint64_t)length;
    XXH3_128bits_update(hasher->state, &prefix, sizeof prefix);
    if (length)
        XXH3_128bits_update(hasher->state, data, length);
}

void ddc_hasher_add_string(ddc_hasher *hasher, const char *text)
{
    if (!text) {
        uint64_t absent = UINT64_MAX;
        XXH3_128bits_update(hasher->state, &absent, sizeof absent);
        return;
    }
    ddc_hasher_add(hasher, text, strlen(text));
}

void ddc_hasher_finish(ddc_hasher *hasher, char out[DDC_HASH_HEX])
{
    XXH128_hash_t hash = XXH3_128bits_digest(hasher->state);
    snprintf(out, DDC_HASH_HEX, "%016llx%016llx", (unsigned long long)hash.high64, (unsigned long long)hash.low64);
    XXH3_freeState(hasher->state);
    free(hasher);
}

bool ddc_hash_file(const char *path, char out[DDC_HASH_HEX])
{
    ddc_hasher *hasher = ddc_hasher_new();
    FILE *stream = fopen(path, "rb");
    bool readable = stream != NULL;
    if (stream) {
        char buffer[1 << 16];
        size_t got;
        while ((got = fread(buffer, 1, sizeof buffer, stream)) > 0)
            XXH3_128bits_update(hasher->state, buffer, got);
        readable = !ferror(stream);
        fclose(stream);
    }
    if (!readable)
        ddc_hasher_add_string(hasher, NULL);
    ddc_hasher_finish(hasher, out);
    return readable;
}
