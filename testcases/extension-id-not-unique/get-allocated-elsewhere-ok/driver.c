#include "keys.h"

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = AllocateExtension(DriverObject, &DriverKeys, 64);
    if (!NT_SUCCESS(status))
        return status;
    return AllocateExtension(DriverObject, TraceKey, 4096);
}

PVOID DriverGlobals(PDRIVER_OBJECT DriverObject)
{
    return IoGetDriverObjectExtension(DriverObject, &DriverKeys.Globals);
}

PVOID DriverTrace(PDRIVER_OBJECT DriverObject)
{
    return IoGetDriverObjectExtension(DriverObject, &DriverKeys.Trace);
}
