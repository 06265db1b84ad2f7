#include <ntddk.h>

NTSTATUS LibQueryClient(PDRIVER_OBJECT DriverObject, PVOID *ClientData);
NTSTATUS LibRegister(PDRIVER_OBJECT DriverObject, PVOID Owner, PVOID *ClientData);

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    ULONG owner = 0;
    PVOID data;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = LibRegister(DriverObject, &owner, &data);
    if (!NT_SUCCESS(status))
        return status;
    return LibQueryClient(DriverObject, &data);
}
