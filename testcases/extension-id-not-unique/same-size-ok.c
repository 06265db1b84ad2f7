#include <ntddk.h>
/* The same key allocated in two places with the same size (spelled sizeof
 * and a literal); the second place gets the extension first and allocates
 * only when it is missing, so it never collides with the first: the
 * allocate-or-get idiom.  Not flagged. */
// expect-no-diagnostics

typedef struct _SIXTEEN {
    ULONG A, B, C, D;
} SIXTEEN;

static ULONG OnceKey;

NTSTATUS AllocateFirst(PDRIVER_OBJECT DriverObject)
{
    PVOID extension;
    return IoAllocateDriverObjectExtension(DriverObject, &OnceKey, sizeof(SIXTEEN), &extension);
}

NTSTATUS AllocateAgainIfMissing(PDRIVER_OBJECT DriverObject)
{
    PVOID extension = IoGetDriverObjectExtension(DriverObject, &OnceKey);
    if (extension)
        return STATUS_SUCCESS;
    return IoAllocateDriverObjectExtension(DriverObject, &OnceKey, 16, &extension);
}
