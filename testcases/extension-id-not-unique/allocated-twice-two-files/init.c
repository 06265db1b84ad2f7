#include <ntddk.h>
/* Two files allocate the same extension with the same size, and neither
 * expects the other to have done it: whichever runs second fails with
 * STATUS_OBJECT_NAME_COLLISION and its caller gives up. */

typedef struct _DRIVER_STATE {
    ULONG Flags;
    LIST_ENTRY Devices;
} DRIVER_STATE, *PDRIVER_STATE;

extern UCHAR DriverStateKey;
UCHAR DriverStateKey;

NTSTATUS InitializeDriverState(PDRIVER_OBJECT DriverObject)
{
    PDRIVER_STATE state;
    NTSTATUS status = IoAllocateDriverObjectExtension(DriverObject, &DriverStateKey, sizeof(DRIVER_STATE), (PVOID *)&state); // expect-note extension-id-not-unique {{'&DriverStateKey' is first allocated here}}
    if (!NT_SUCCESS(status))
        return status;
    InitializeListHead(&state->Devices);
    return STATUS_SUCCESS;
}
