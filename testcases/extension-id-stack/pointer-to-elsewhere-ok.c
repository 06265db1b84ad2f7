#include <ntddk.h>
/* A local pointer that holds the address of a global is not itself the key:
 * its value is. Not flagged. */
// expect-no-diagnostics

ULONG SharedKey;

typedef struct _CONTEXT_BLOCK {
    ULONG Key;
} CONTEXT_BLOCK, *PCONTEXT_BLOCK;

CONTEXT_BLOCK GlobalBlock;

PVOID GetThroughLocalPointer(PDRIVER_OBJECT DriverObject)
{
    PVOID key = &SharedKey;
    PCONTEXT_BLOCK block = &GlobalBlock;
    PVOID extension = IoGetDriverObjectExtension(DriverObject, key);
    if (!extension)
        extension = IoGetDriverObjectExtension(DriverObject, &block->Key);
    return extension;
}
