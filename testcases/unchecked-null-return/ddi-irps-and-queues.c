// IRPs and error log entries may not be allocated; a cancel-safe queue may be
// empty (or its IRP canceled).  The result needs a test before it is used.
#include <ntddk.h>

typedef struct _QUEUE_EXTENSION {
    IO_CSQ CancelSafeQueue;
    PDEVICE_OBJECT LowerDevice;
} QUEUE_EXTENSION, *PQUEUE_EXTENSION;

NTSTATUS QueueSendUnchecked(PQUEUE_EXTENSION Extension)
{
    PIRP irp = IoAllocateIrp(Extension->LowerDevice->StackSize, FALSE); // expect-note unchecked-null-return {{'irp' is assigned the result of 'IoAllocateIrp' here, which may be NULL}}

    irp->IoStatus.Status = STATUS_NOT_SUPPORTED; // expect-warning unchecked-null-return {{'irp' from 'IoAllocateIrp' may be NULL here}}
    return IoCallDriver(Extension->LowerDevice, irp);
}

NTSTATUS QueueSendChecked(PQUEUE_EXTENSION Extension)
{
    PIRP irp = IoAllocateIrp(Extension->LowerDevice->StackSize, FALSE);

    if (!irp)
        return STATUS_INSUFFICIENT_RESOURCES;
    irp->IoStatus.Status = STATUS_NOT_SUPPORTED;
    return IoCallDriver(Extension->LowerDevice, irp);
}

NTSTATUS QueueReadSectorUnchecked(PQUEUE_EXTENSION Extension, PVOID Buffer, PLARGE_INTEGER Offset, PKEVENT Event,
                                  PIO_STATUS_BLOCK IoStatus)
{
    PIRP irp = IoBuildSynchronousFsdRequest(IRP_MJ_READ, Extension->LowerDevice, Buffer, 512, Offset, Event, IoStatus); // expect-note unchecked-null-return {{'irp' is assigned the result of 'IoBuildSynchronousFsdRequest' here, which may be NULL}}

    irp->Flags |= IRP_NOCACHE; // expect-warning unchecked-null-return {{'irp' from 'IoBuildSynchronousFsdRequest' may be NULL here}}
    return IoCallDriver(Extension->LowerDevice, irp);
}

VOID QueueCancelOne(PQUEUE_EXTENSION Extension)
{
    PIRP irp = IoCsqRemoveNextIrp(&Extension->CancelSafeQueue, NULL); // expect-note unchecked-null-return {{'irp' is assigned the result of 'IoCsqRemoveNextIrp' here, which may be NULL}}

    irp->IoStatus.Status = STATUS_CANCELLED; // expect-warning unchecked-null-return {{'irp' from 'IoCsqRemoveNextIrp' may be NULL here}}
    irp->IoStatus.Information = 0;
    IoCompleteRequest(irp, IO_NO_INCREMENT);
}

VOID QueueCancelAll(PQUEUE_EXTENSION Extension)
{
    PIRP irp;

    while ((irp = IoCsqRemoveNextIrp(&Extension->CancelSafeQueue, NULL)) != NULL) {
        irp->IoStatus.Status = STATUS_CANCELLED;
        irp->IoStatus.Information = 0;
        IoCompleteRequest(irp, IO_NO_INCREMENT);
    }
}

VOID QueueLogError(PDEVICE_OBJECT DeviceObject, NTSTATUS Status)
{
    PIO_ERROR_LOG_PACKET entry = IoAllocateErrorLogEntry(DeviceObject, sizeof(IO_ERROR_LOG_PACKET)); // expect-note unchecked-null-return {{'entry' is assigned the result of 'IoAllocateErrorLogEntry' here, which may be NULL}}

    RtlZeroMemory(entry, sizeof(IO_ERROR_LOG_PACKET)); // expect-warning unchecked-null-return {{'entry' from 'IoAllocateErrorLogEntry' may be NULL here}}
    entry->FinalStatus = Status;
    IoWriteErrorLogEntry(entry);
}

VOID QueueLogErrorChecked(PDEVICE_OBJECT DeviceObject, NTSTATUS Status)
{
    PIO_ERROR_LOG_PACKET entry = IoAllocateErrorLogEntry(DeviceObject, sizeof(IO_ERROR_LOG_PACKET));

    if (entry != NULL) {
        RtlZeroMemory(entry, sizeof(IO_ERROR_LOG_PACKET));
        entry->FinalStatus = Status;
        IoWriteErrorLogEntry(entry);
    }
}
