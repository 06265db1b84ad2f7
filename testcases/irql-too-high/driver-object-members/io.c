/* The dispatch routines queue the read to StartIo; StartIo must not close
 * the log file itself. */
#include "serial.h"

VOID SerialCloseLog(PSERIAL_EXTENSION Extension)
{
    if (Extension->LogFile != NULL) {
        ZwClose(Extension->LogFile); // expect-warning irql-too-high {{'ZwClose' requires IRQL <= PASSIVE_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
        Extension->LogFile = NULL;
    }
}

/* A create/close dispatch routine runs at PASSIVE_LEVEL: silent. */
NTSTATUS SerialCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);

    if (stack->MajorFunction == IRP_MJ_CLOSE)
        SerialCloseLog((PSERIAL_EXTENSION)DeviceObject->DeviceExtension);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}

NTSTATUS SerialRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    IoMarkIrpPending(Irp);
    IoStartPacket(DeviceObject, Irp, NULL, NULL);
    return STATUS_PENDING;
}

VOID SerialStartIo(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PSERIAL_EXTENSION extension = (PSERIAL_EXTENSION)DeviceObject->DeviceExtension;

    extension->Started++;
    if (extension->Started > 1000)
        SerialCloseLog(extension); // expect-note irql-too-high {{'SerialStartIo' calls 'SerialCloseLog' here, at DISPATCH_LEVEL}}

    /* Allowed at DISPATCH_LEVEL: silent. */
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoStartNextPacket(DeviceObject, FALSE);
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
}
