// A port driver routes each IRP to the routine its miniport registered, which
// it keeps in a driver object extension keyed by the port's entry point.
#include <wdm.h>

typedef NTSTATUS (*SAMPLE_MINIPORT_DISPATCH)(PDEVICE_OBJECT DeviceObject, PIRP Irp);

typedef struct _SAMPLE_PORT_DATA {
    SAMPLE_MINIPORT_DISPATCH MiniportDispatch[IRP_MJ_MAXIMUM_FUNCTION + 1];
    ULONG MiniportFlags;
} SAMPLE_PORT_DATA, *PSAMPLE_PORT_DATA;

NTSTATUS SamplePortInitialize(PDRIVER_OBJECT DriverObject);

NTSTATUS SamplePortDispatch(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    PSAMPLE_PORT_DATA port = IoGetDriverObjectExtension(DeviceObject->DriverObject, (PVOID)SamplePortInitialize); // expect-note unchecked-null-return {{'port' is assigned the result of 'IoGetDriverObjectExtension' here}}

    return port->MiniportDispatch[stack->MajorFunction](DeviceObject, Irp); // expect-warning unchecked-null-return {{'port' from 'IoGetDriverObjectExtension' may be NULL here}}
}

NTSTATUS SamplePortDispatchChecked(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    PSAMPLE_PORT_DATA port = IoGetDriverObjectExtension(DeviceObject->DriverObject, (PVOID)SamplePortInitialize);
    NTSTATUS status;

    if (port == NULL || port->MiniportDispatch[stack->MajorFunction] == NULL) {
        status = STATUS_INVALID_DEVICE_REQUEST;
        Irp->IoStatus.Status = status;
        Irp->IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
        return status;
    }
    return port->MiniportDispatch[stack->MajorFunction](DeviceObject, Irp);
}
