/* What the three parts of the extension key analysis share (not a public
 * interface): extension_key.c classifies a key argument,
 * extension_key_unit.c collects the facts of one unit,
 * extension_key_link.c resolves them across units, and
 * extension_key_json.c writes and reads them as JSON. */
#ifndef DDC_EXTENSION_KEY_PARTS_H
#define DDC_EXTENSION_KEY_PARTS_H

#include "extension_key.h"

/* How deep a key is followed through wrappers, and how many calls of one
 * function are ordered (beyond that, calls are taken as exclusive: silent). */
enum { MAX_WRAPPER_DEPTH = 8, MAX_PARAMETERS = 64 };

/* Is `type` a pointer to DRIVER_OBJECT (PDRIVER_OBJECT)? */
bool ddc_key_is_driver_object_pointer(CXType type);

/* Frees the strings of one key value, of one call (its arguments too), of
 * one global. */
void ddc_key_value_free(ddc_key_value *value);
void ddc_key_call_free(ddc_key_call *call);
void ddc_key_global_free(ddc_key_global *global);

/* Frees `facts` and everything it holds. */
void ddc_key_facts_delete(ddc_key_facts *facts);

/* Room for one more item in a growing array of `size`-byte items whose
 * capacity is *capacity (doubled as needed); returns the (moved) array. */
void *ddc_key_reserve(void *items, size_t count, size_t *capacity, size_t size);

#endif
