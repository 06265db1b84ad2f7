/* Content hashes for the facts cache: XXH3 128-bit (Debian's libxxhash), as
 * 32 hex digits.  Not cryptographic: they tell whether an input changed, and
 * a cache entry is only ever written by this machine's own runs. */
#ifndef DDC_CONTENT_HASH_H
#define DDC_CONTENT_HASH_H

#include <stdbool.h>
#include <stddef.h>

#define DDC_HASH_HEX 33 /* 32 hex digits and the NUL */

/* A hash being built from several pieces. */
typedef struct ddc_hasher ddc_hasher;

ddc_hasher *ddc_hasher_new(void);

/* Adds `length` bytes.  Each piece is preceded by its length, so that
 * ("ab", "c") and ("a", "bc") hash differently. */
void ddc_hasher_add(ddc_hasher *hasher, const void *data, size_t length);

/* Adds a NUL-terminated string (NULL counts as a distinct value). */
void ddc_hasher_add_string(ddc_hasher *hasher, const char *text);

/* Writes the hash as hex into `out` and frees the hasher. */
void ddc_hasher_finish(ddc_hasher *hasher, char out[DDC_HASH_HEX]);

/* The hash of the bytes of `path` into `out`.  Returns false when the file
 * cannot be read (then `out` holds the hash of "absent", so that a file that
 * appears later changes the hash). */
bool ddc_hash_file(const char *path, char out[DDC_HASH_HEX]);

#endif
