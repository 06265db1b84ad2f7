#include <ntddk.h>
/* A helper that passes its key argument on to the DDI unchanged: the
 * callers' arguments are the keys.  The finding is at the caller's argument,
 * with a note at the helper's forwarding call. */

static NTSTATUS AllocateDriverData(PDRIVER_OBJECT DriverObject, PVOID Key, ULONG Size, PVOID *Data)
{
    NTSTATUS status = IoAllocateDriverObjectExtension(DriverObject, Key, Size, Data); // expect-note extension-id-not-unique {{'AllocateDriverData' passes its parameter 'Key' as the ClientIdentificationAddress of 'IoAllocateDriverObjectExtension' here}} expect-note extension-id-not-unique {{'AllocateDriverData' passes its parameter 'Key'}}
    if (NT_SUCCESS(status))
        RtlZeroMemory(*Data, Size);
    return status;
}

static PVOID DriverData(PDRIVER_OBJECT DriverObject, PVOID Key)
{
    return IoGetDriverObjectExtension(DriverObject, Key); // expect-note extension-id-not-unique {{'DriverData' passes its parameter 'Key' as the ClientIdentificationAddress of 'IoGetDriverObjectExtension' here}}
}

static ULONG GoodKey;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    PVOID data;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = AllocateDriverData(DriverObject, (PVOID)'ATAD', 32, &data); // expect-warning extension-id-not-unique {{'(PVOID)'ATAD'' passed to 'AllocateDriverData' is the ClientIdentificationAddress of 'IoAllocateDriverObjectExtension' and is the integer constant 0x41544144 cast to a pointer}}
    if (!NT_SUCCESS(status))
        return status;
    status = AllocateDriverData(DriverObject, NULL, 8, &data); // expect-warning extension-id-not-unique {{'NULL' passed to 'AllocateDriverData' is the ClientIdentificationAddress of 'IoAllocateDriverObjectExtension' and is NULL, not a unique key}}
    if (!NT_SUCCESS(status))
        return status;
    status = AllocateDriverData(DriverObject, &GoodKey, 8, &data);
    if (!NT_SUCCESS(status))
        return status;
    return DriverData(DriverObject, "DATA") ? STATUS_SUCCESS : STATUS_UNSUCCESSFUL; // expect-warning extension-id-not-unique {{'"DATA"' passed to 'DriverData' is the ClientIdentificationAddress of 'IoGetDriverObjectExtension' and is a string literal}}
}
