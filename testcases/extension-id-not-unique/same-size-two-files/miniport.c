#include <ntddk.h>

NTSTATUS SharedGlobalsKey(VOID) { return STATUS_SUCCESS; }

NTSTATUS MiniportAttach(PDRIVER_OBJECT DriverObject)
{
    PVOID extension = IoGetDriverObjectExtension(DriverObject, &SharedGlobalsKey);
    if (extension)
        return STATUS_SUCCESS;
    return IoAllocateDriverObjectExtension(DriverObject, &SharedGlobalsKey, 8, &extension);
}
