/* An I/O completion routine may run at any IRQL up to DISPATCH_LEVEL. */
#include <ntddk.h>

typedef struct _FORWARD_CONTEXT {
    PDRIVER_OBJECT Driver;
    KSPIN_LOCK Lock;
    ULONG Completed;
} FORWARD_CONTEXT, *PFORWARD_CONTEXT;

IO_COMPLETION_ROUTINE ForwardComplete; // expect-note irql-too-high {{'ForwardComplete' is an I/O completion routine (IO_COMPLETION_ROUTINE), which may run at DISPATCH_LEVEL}}

NTSTATUS ForwardComplete(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    PFORWARD_CONTEXT forward = (PFORWARD_CONTEXT)Context;
    HANDLE directory;
    KIRQL oldIrql;

    UNREFERENCED_PARAMETER(DeviceObject);

    if (Irp->PendingReturned)
        IoMarkIrpPending(Irp);

    /* A spin lock may be taken at up to DISPATCH_LEVEL: fine. */
    KeAcquireSpinLock(&forward->Lock, &oldIrql);
    forward->Completed++;
    KeReleaseSpinLock(&forward->Lock, oldIrql);

    if (NT_SUCCESS(IoGetDriverDirectory(forward->Driver, DriverDirectoryData, 0, &directory))) // expect-warning irql-too-high {{'IoGetDriverDirectory' requires IRQL <= PASSIVE_LEVEL, but the IRQL here may be DISPATCH_LEVEL}}
        ZwClose(directory); // expect-warning irql-too-high {{'ZwClose' requires IRQL <= PASSIVE_LEVEL}}
        // expect-note@10 irql-too-high {{'ForwardComplete' is an I/O completion routine (IO_COMPLETION_ROUTINE), which may run at DISPATCH_LEVEL}}
    return STATUS_CONTINUE_COMPLETION;
}
