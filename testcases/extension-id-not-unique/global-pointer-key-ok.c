#include <ntddk.h>
/* A global pointer initialised to a unique address, used as the key. */
// expect-no-diagnostics

ULONG Something;
PVOID Key = &Something;
const PVOID ConstKey = (PVOID)&Something;

NTSTATUS AllocateThroughPointer(PDRIVER_OBJECT DriverObject)
{
    PVOID extension;
    NTSTATUS status;

    status = IoAllocateDriverObjectExtension(DriverObject, Key, 16, &extension);
    if (!NT_SUCCESS(status))
        return status;
    extension = IoGetDriverObjectExtension(DriverObject, Key);
    if (!extension)
        return STATUS_UNSUCCESSFUL;
    extension = IoGetDriverObjectExtension(DriverObject, ConstKey);
    return extension ? STATUS_SUCCESS : STATUS_UNSUCCESSFUL;
}
