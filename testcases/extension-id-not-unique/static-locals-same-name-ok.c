#include <ntddk.h>
/* Two static locals with the same name in two functions are two variables. */
// expect-no-diagnostics

NTSTATUS AllocateFilterData(PDRIVER_OBJECT DriverObject)
{
    static ULONG key;
    PVOID extension;
    return IoAllocateDriverObjectExtension(DriverObject, &key, 16, &extension);
}

NTSTATUS AllocateTraceData(PDRIVER_OBJECT DriverObject)
{
    static ULONG key;
    PVOID extension;
    return IoAllocateDriverObjectExtension(DriverObject, &key, 512, &extension);
}
