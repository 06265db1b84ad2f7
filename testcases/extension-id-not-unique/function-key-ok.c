#include <ntddk.h>
/* Function addresses are unique for the driver's lifetime: DriverEntry, and a
 * class library's initialisation routine (declared, defined elsewhere). */
// expect-no-diagnostics

typedef struct _MY_CLASS_INIT_DATA {
    ULONG Size;
} MY_CLASS_INIT_DATA, *PMY_CLASS_INIT_DATA;

ULONG MyClassInitialize(PVOID Argument1, PVOID Argument2, PMY_CLASS_INIT_DATA InitializationData);

DRIVER_INITIALIZE DriverEntry;

PVOID GetClassData(PDEVICE_OBJECT DeviceObject)
{
    return IoGetDriverObjectExtension(DeviceObject->DriverObject, (PVOID)MyClassInitialize);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    PVOID extension;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoAllocateDriverObjectExtension(DriverObject, (PVOID)DriverEntry, 48, &extension);
    if (!NT_SUCCESS(status))
        return status;
    extension = IoGetDriverObjectExtension(DriverObject, &DriverEntry);
    if (!extension)
        return STATUS_UNSUCCESSFUL;
    status = IoAllocateDriverObjectExtension(DriverObject, MyClassInitialize, 24, &extension);
    return status;
}
