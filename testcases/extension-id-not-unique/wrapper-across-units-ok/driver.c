#include <ntddk.h>

NTSTATUS AllocateContext(PDRIVER_OBJECT DriverObject, PVOID Key, ULONG Size, PVOID *Context);
NTSTATUS AllocateDefaultContext(PDRIVER_OBJECT DriverObject, PVOID Key, ULONG Size, PVOID *Context);

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    PVOID context;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = AllocateContext(DriverObject, NULL, 16, &context);
    if (status != STATUS_INVALID_PARAMETER)
        return STATUS_UNSUCCESSFUL;
    return AllocateDefaultContext(DriverObject, (PVOID)'TXTC', 16, &context);
}
