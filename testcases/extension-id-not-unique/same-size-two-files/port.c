#include <ntddk.h>
/* Two files that allocate-or-get the same extension under one key with the
 * same size: whichever runs first allocates, the other gets a collision it
 * handles. Not flagged. */
// expect-no-diagnostics

typedef struct _SHARED_GLOBALS {
    ULONG RefCount;
    ULONG Flags;
} SHARED_GLOBALS;

NTSTATUS SharedGlobalsKey(VOID);

NTSTATUS PortAttach(PDRIVER_OBJECT DriverObject)
{
    PVOID extension;
    NTSTATUS status = IoAllocateDriverObjectExtension(DriverObject, (PVOID)SharedGlobalsKey, sizeof(SHARED_GLOBALS), &extension);
    if (status == STATUS_OBJECT_NAME_COLLISION)
        status = STATUS_SUCCESS;
    return status;
}
