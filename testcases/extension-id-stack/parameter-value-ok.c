#include <ntddk.h>
/* Passing a pointer parameter's value, or a parameter declared as an array
 * (which is a pointer), is not taking a stack address. */
// expect-no-diagnostics

static ULONG HelperKey;

PVOID LookupExtension(PDRIVER_OBJECT DriverObject, PVOID ClientKey)
{
    return IoGetDriverObjectExtension(DriverObject, ClientKey);
}

PVOID LookupByBytes(PDRIVER_OBJECT DriverObject, UCHAR KeyBytes[4])
{
    return IoGetDriverObjectExtension(DriverObject, KeyBytes);
}

NTSTATUS AllocateFor(PDRIVER_OBJECT DriverObject, PVOID ClientKey, ULONG Size, PVOID *Extension)
{
    return IoAllocateDriverObjectExtension(DriverObject, ClientKey, Size, Extension);
}

NTSTATUS Caller(PDRIVER_OBJECT DriverObject)
{
    PVOID extension;
    NTSTATUS status = AllocateFor(DriverObject, &HelperKey, 32, &extension);
    if (!NT_SUCCESS(status))
        return status;
    return LookupExtension(DriverObject, &HelperKey) ? STATUS_SUCCESS : STATUS_UNSUCCESSFUL;
}
