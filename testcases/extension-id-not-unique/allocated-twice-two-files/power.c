#include <ntddk.h>

typedef struct _DRIVER_STATE {
    ULONG Flags;
    LIST_ENTRY Devices;
} DRIVER_STATE, *PDRIVER_STATE;

extern UCHAR DriverStateKey;

NTSTATUS InitializePowerPolicy(PDRIVER_OBJECT DriverObject)
{
    PDRIVER_STATE state;
    NTSTATUS status = IoAllocateDriverObjectExtension(DriverObject, &DriverStateKey, sizeof(DRIVER_STATE), (PVOID *)&state); // expect-warning extension-id-not-unique {{ClientIdentificationAddress '&DriverStateKey' is allocated a second time}}
    if (!NT_SUCCESS(status))
        return status;
    state->Flags |= 1;
    return STATUS_SUCCESS;
}
