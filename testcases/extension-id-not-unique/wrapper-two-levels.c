#include <ntddk.h>
/* A key passed on through two helpers: a note at each forwarding call, from
 * the outer helper to the DDI. */

typedef struct _HW_DATA {
    ULONG Adapters;
} HW_DATA;

static NTSTATUS LowAllocate(PDRIVER_OBJECT DriverObject, PVOID ClientKey, PVOID *Extension)
{
    return IoAllocateDriverObjectExtension(DriverObject, ClientKey, sizeof(HW_DATA), Extension); // expect-note extension-id-not-unique {{'LowAllocate' passes its parameter 'ClientKey' as the ClientIdentificationAddress of 'IoAllocateDriverObjectExtension' here}}
}

static NTSTATUS HwInitializeData(PDRIVER_OBJECT DriverObject, PVOID Key)
{
    PVOID extension;
    NTSTATUS status = LowAllocate(DriverObject, Key, &extension); // expect-note extension-id-not-unique {{'HwInitializeData' passes its parameter 'Key' on to 'LowAllocate' here}}
    if (NT_SUCCESS(status))
        RtlZeroMemory(extension, sizeof(HW_DATA));
    return status;
}

NTSTATUS HwDriverEntry(PDRIVER_OBJECT DriverObject)
{
    return HwInitializeData(DriverObject, (PVOID)1); // expect-warning extension-id-not-unique {{'(PVOID)1' passed to 'HwInitializeData' is the ClientIdentificationAddress of 'IoAllocateDriverObjectExtension' and is the integer constant 0x1 cast to a pointer}}
}
