/* DriverEntry registers the routines through the driver object members. */
#include "serial.h"

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);

    DriverObject->MajorFunction[IRP_MJ_CREATE] = SerialCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE] = SerialCreateClose;
    DriverObject->MajorFunction[IRP_MJ_READ] = SerialRead;
    DriverObject->DriverStartIo = SerialStartIo; // expect-note irql-too-high {{'SerialStartIo' is registered as a StartIo routine (DRIVER_STARTIO) here, which runs at DISPATCH_LEVEL}}
    DriverObject->DriverUnload = SerialUnload;
    return STATUS_SUCCESS;
}

/* Unload runs at PASSIVE_LEVEL: closing handles here is right. */
VOID SerialUnload(PDRIVER_OBJECT DriverObject)
{
    PDEVICE_OBJECT device = DriverObject->DeviceObject;

    if (device != NULL) {
        SerialCloseLog((PSERIAL_EXTENSION)device->DeviceExtension);
        IoDeleteDevice(device);
    }
}
