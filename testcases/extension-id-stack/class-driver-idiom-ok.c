#include <ntddk.h>
/* A class library keys its per-driver data by the address of its own
 * initialisation routine, through a macro; the client DriverEntry calls it. */
// expect-no-diagnostics

typedef struct _MY_CLASS_INIT_DATA {
    ULONG Size;
    PDRIVER_ADD_DEVICE AddDevice;
} MY_CLASS_INIT_DATA, *PMY_CLASS_INIT_DATA;

typedef struct _MY_CLASS_DRIVER_EXTENSION {
    UNICODE_STRING RegistryPath;
    MY_CLASS_INIT_DATA InitData;
} MY_CLASS_DRIVER_EXTENSION, *PMY_CLASS_DRIVER_EXTENSION;

ULONG MyClassInitialize(PVOID Argument1, PVOID Argument2, PMY_CLASS_INIT_DATA InitializationData);

#define MY_CLASS_DRIVER_EXTENSION_KEY ((PVOID)MyClassInitialize)

ULONG MyClassInitialize(PVOID Argument1, PVOID Argument2, PMY_CLASS_INIT_DATA InitializationData)
{
    PDRIVER_OBJECT driverObject = Argument1;
    PMY_CLASS_DRIVER_EXTENSION driverExtension;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Argument2);
    status = IoAllocateDriverObjectExtension(driverObject, MY_CLASS_DRIVER_EXTENSION_KEY,
                                             sizeof(MY_CLASS_DRIVER_EXTENSION), (PVOID *)&driverExtension);
    if (!NT_SUCCESS(status))
        return status;
    driverExtension->InitData = *InitializationData;
    return STATUS_SUCCESS;
}

NTSTATUS MyClassAddDevice(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT PhysicalDeviceObject)
{
    PMY_CLASS_DRIVER_EXTENSION driverExtension =
        IoGetDriverObjectExtension(DriverObject, MY_CLASS_DRIVER_EXTENSION_KEY);
    if (!driverExtension)
        return STATUS_UNSUCCESSFUL;
    return driverExtension->InitData.AddDevice(DriverObject, PhysicalDeviceObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    MY_CLASS_INIT_DATA initData;

    RtlZeroMemory(&initData, sizeof(initData));
    initData.Size = sizeof(initData);
    initData.AddDevice = MyClassAddDevice;
    return MyClassInitialize(DriverObject, RegistryPath, &initData);
}
