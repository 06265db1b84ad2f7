#include <ntddk.h>
/* The same key allocated twice with the same size, spelled differently
 * (sizeof and a literal): not flagged by this version. */
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
