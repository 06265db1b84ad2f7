#include <ntddk.h>
/* A port driver keyed by the driver object pointer itself, and keys taken
 * through pointers: the parameter's value, not its address, is the key. */
// expect-no-diagnostics

typedef struct _PORT_DRIVER_EXTENSION {
    ULONG MiniportCount;
} PORT_DRIVER_EXTENSION, *PPORT_DRIVER_EXTENSION;

NTSTATUS PortInitialize(PDRIVER_OBJECT DriverObject)
{
    PPORT_DRIVER_EXTENSION portExtension;
    NTSTATUS status;

    portExtension = IoGetDriverObjectExtension(DriverObject, DriverObject);
    if (portExtension)
        return STATUS_SUCCESS;
    status = IoAllocateDriverObjectExtension(DriverObject, (PVOID)DriverObject, sizeof(PORT_DRIVER_EXTENSION),
                                             (PVOID *)&portExtension);
    return status;
}

PVOID PortGetFromDevice(PDEVICE_OBJECT DeviceObject)
{
    return IoGetDriverObjectExtension(DeviceObject->DriverObject, DeviceObject->DriverObject);
}

PVOID PortGetByField(PDRIVER_OBJECT DriverObject)
{
    return IoGetDriverObjectExtension(DriverObject, &DriverObject->DriverExtension);
}

PVOID GetByKeyParameter(PDRIVER_OBJECT DriverObject, PVOID Key, PULONG_PTR Keys)
{
    PVOID found = IoGetDriverObjectExtension(DriverObject, Key);
    if (!found)
        found = IoGetDriverObjectExtension(DriverObject, &Keys[1]);
    return found;
}
