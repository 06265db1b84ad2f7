#include <ntddk.h>
/* Stack addresses passed to the driver's own helper, which hands them on to
 * the DDI as the key: reported at the caller, with a note at the helper's
 * forwarding call. */

static NTSTATUS AllocateDriverData(PDRIVER_OBJECT DriverObject, PVOID Key, ULONG Size, PVOID *Data)
{
    return IoAllocateDriverObjectExtension(DriverObject, Key, Size, Data); // expect-note extension-id-stack {{'AllocateDriverData' passes its parameter 'Key' as the ClientIdentificationAddress of 'IoAllocateDriverObjectExtension' here}} expect-note extension-id-stack {{'AllocateDriverData' passes its parameter 'Key'}} expect-note extension-id-stack {{'AllocateDriverData' passes its parameter 'Key'}}
}

static PVOID FindDriverData(PDRIVER_OBJECT DriverObject, PVOID Key)
{
    return IoGetDriverObjectExtension(DriverObject, Key); // expect-note extension-id-stack {{'FindDriverData' passes its parameter 'Key' as the ClientIdentificationAddress of 'IoGetDriverObjectExtension' here}}
}

static ULONG GoodKey;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) // expect-note extension-id-stack {{'DriverObject' is declared here}}
{
    ULONG dataKey; // expect-note extension-id-stack {{'dataKey' is declared here}} expect-note extension-id-stack {{'dataKey' is declared here}}
    UCHAR tag[4] = {'D', 'A', 'T', 'A'}; // expect-note extension-id-stack {{'tag' is declared here}}
    PVOID data;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = AllocateDriverData(DriverObject, &dataKey, 32, &data); // expect-warning extension-id-stack {{'&dataKey' passed to 'AllocateDriverData' is the ClientIdentificationAddress of 'IoAllocateDriverObjectExtension' and is the address of a local variable on the stack}}
    if (!NT_SUCCESS(status))
        return status;
    status = AllocateDriverData(DriverObject, tag, 32, &data); // expect-warning extension-id-stack {{'tag' passed to 'AllocateDriverData' is the ClientIdentificationAddress of 'IoAllocateDriverObjectExtension' and is a local array on the stack}}
    if (!NT_SUCCESS(status))
        return status;
    status = AllocateDriverData(DriverObject, &DriverObject, 32, &data); // expect-warning extension-id-stack {{'&DriverObject' passed to 'AllocateDriverData' is the ClientIdentificationAddress of 'IoAllocateDriverObjectExtension' and is the address of a parameter on the stack}}
    if (!NT_SUCCESS(status))
        return status;
    status = AllocateDriverData(DriverObject, &GoodKey, 32, &data);
    if (!NT_SUCCESS(status))
        return status;
    return FindDriverData(DriverObject, &dataKey) ? STATUS_SUCCESS : STATUS_UNSUCCESSFUL; // expect-warning extension-id-stack {{'&dataKey' passed to 'FindDriverData' is the ClientIdentificationAddress of 'IoGetDriverObjectExtension' and is the address of a local variable}}
}
