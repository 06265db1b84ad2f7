/* Classifying the ClientIdentificationAddress of IoAllocateDriverObjectExtension
 * and IoGetDriverObjectExtension: the key must be an address unique to the
 * driver for its whole lifetime, such as the address of DriverEntry or of a
 * global or static variable.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/wdm/nf-wdm-ioallocatedriverobjectextension */
#ifndef DDC_EXTENSION_KEY_H
#define DDC_EXTENSION_KEY_H

#include <clang-c/Index.h>

typedef enum ddc_key_kind {
    DDC_KEY_UNKNOWN,          /* cannot tell: stay silent */
    DDC_KEY_UNIQUE,           /* address of a function, a global or a static variable */
    DDC_KEY_NULL,             /* NULL or 0 */
    DDC_KEY_CONSTANT,         /* an integer constant cast to a pointer */
    DDC_KEY_STRING,           /* a string literal */
    DDC_KEY_STACK_VARIABLE,   /* address of a non-static local or a parameter */
    DDC_KEY_LOCAL_ARRAY,      /* a non-static local array */
    DDC_KEY_COMPOUND_LITERAL, /* a compound literal in a function */
} ddc_key_kind;

typedef struct ddc_key {
    ddc_key_kind kind;
    CXCursor declaration; /* the variable or function, for UNIQUE and the stack kinds */
    long long value;      /* for CONSTANT */
    char path[96];        /* for UNIQUE: the member or element within the declaration (".Port", "[1]") */
} ddc_key;

/* Classifies the key expression `argument` (an argument of the call). */
ddc_key ddc_classify_key(CXCursor argument);

#endif
