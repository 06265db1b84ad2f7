#include <ntddk.h>
/* Port/class drivers key their per-driver data by the driver object pointer
 * itself: unique per driver, and the same in every routine. */
// expect-no-diagnostics

typedef struct _PORT_DRIVER_DATA {
    ULONG HwInitDataCount;
    PVOID HwInitData[4];
} PORT_DRIVER_DATA, *PPORT_DRIVER_DATA;

NTSTATUS PortRegisterMiniport(PDRIVER_OBJECT DriverObject, PVOID HwInitData)
{
    PPORT_DRIVER_DATA data = IoGetDriverObjectExtension(DriverObject, DriverObject);
    NTSTATUS status;

    if (!data) {
        status = IoAllocateDriverObjectExtension(DriverObject, (PVOID)DriverObject, sizeof(PORT_DRIVER_DATA),
                                                 (PVOID *)&data);
        if (!NT_SUCCESS(status))
            return status;
        RtlZeroMemory(data, sizeof(*data));
    }
    if (data->HwInitDataCount == 4)
        return STATUS_INSUFFICIENT_RESOURCES;
    data->HwInitData[data->HwInitDataCount++] = HwInitData;
    return STATUS_SUCCESS;
}

PPORT_DRIVER_DATA PortDataFromDevice(PDEVICE_OBJECT DeviceObject)
{
    return IoGetDriverObjectExtension(DeviceObject->DriverObject, DeviceObject->DriverObject);
}
