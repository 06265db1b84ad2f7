#include <ntddk.h>
/* A local array decays to the address of its first element: a stack address. */

NTSTATUS AllocateWithArrayKey(PDRIVER_OBJECT DriverObject)
{
    UCHAR key[4] = {'K', 'E', 'Y', '1'}; // expect-note extension-id-stack {{'key' is declared here}} expect-note extension-id-stack {{'key' is declared here}}
    PVOID extension;
    NTSTATUS status;

    status = IoAllocateDriverObjectExtension(DriverObject, key, 32, &extension); // expect-warning extension-id-stack {{'key' of 'IoAllocateDriverObjectExtension' is a local array on the stack}}
    if (!NT_SUCCESS(status))
        return status;
    extension = IoGetDriverObjectExtension(DriverObject, (PVOID)key); // expect-warning extension-id-stack {{is a local array on the stack}}
    return extension ? STATUS_SUCCESS : STATUS_UNSUCCESSFUL;
}

PVOID GetWithWholeArrayAddress(PDRIVER_OBJECT DriverObject)
{
    WCHAR name[8] = L"mykey"; // expect-note extension-id-stack {{'name' is declared here}}
    return IoGetDriverObjectExtension(DriverObject, &name); // expect-warning extension-id-stack {{'&name' of 'IoGetDriverObjectExtension' is the address of a local variable}}
}
