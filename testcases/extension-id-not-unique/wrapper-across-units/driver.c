#include "context.h"

NTSTATUS InitializePower(PDRIVER_OBJECT DriverObject);

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    PVOID context;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = AllocateDriverContext(DriverObject, &DeviceListKey, sizeof(DEVICE_LIST), &context); // expect-note extension-id-not-unique {{'&DeviceListKey' is first allocated here with 24 bytes}}
    if (!NT_SUCCESS(status))
        return status;
    status = AllocateDriverContext(DriverObject, (PVOID)'TSGR', 16, &context); // expect-warning extension-id-not-unique {{'(PVOID)'TSGR'' passed to 'AllocateDriverContext' is the ClientIdentificationAddress of 'IoAllocateDriverObjectExtension' and is the integer constant 0x54534752 cast to a pointer}}
    if (!NT_SUCCESS(status))
        return status;
    return InitializePower(DriverObject);
}
