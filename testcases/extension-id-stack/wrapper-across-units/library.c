#include <ntddk.h>
/* A library's registration routine keys the driver's data by the address
 * its caller gives; the caller, in another file, gives the address of a
 * local. */

NTSTATUS LibRegisterClient(PDRIVER_OBJECT DriverObject, PVOID ClientKey, ULONG ClientDataSize, PVOID *ClientData)
{
    NTSTATUS status = IoAllocateDriverObjectExtension(DriverObject, ClientKey, ClientDataSize, ClientData); // expect-note extension-id-stack {{'LibRegisterClient' passes its parameter 'ClientKey' as the ClientIdentificationAddress of 'IoAllocateDriverObjectExtension' here}}
    if (NT_SUCCESS(status))
        RtlZeroMemory(*ClientData, ClientDataSize);
    return status;
}

PVOID LibClientData(PDRIVER_OBJECT DriverObject, PVOID ClientKey)
{
    return IoGetDriverObjectExtension(DriverObject, ClientKey);
}
