/* The completion routine may run at DISPATCH_LEVEL: DDIs allowed there are
 * fine, a PASSIVE_LEVEL-only one (directly or in a helper) is not. */
#include "forward.h"

NTSTATUS FilterReadComplete(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    PFILTER_EXTENSION extension = (PFILTER_EXTENSION)Context;

    UNREFERENCED_PARAMETER(DeviceObject);

    if (Irp->PendingReturned)
        IoMarkIrpPending(Irp);

    InterlockedIncrement(&extension->Completed);
    KeSetEvent(&extension->ReadDone, IO_NO_INCREMENT, FALSE);

    CloseReadLog(extension); // expect-note irql-too-high {{'FilterReadComplete' calls 'CloseReadLog' here, where the IRQL may be DISPATCH_LEVEL}}
    return STATUS_CONTINUE_COMPLETION;
}

VOID CloseReadLog(PFILTER_EXTENSION Extension)
{
    if (Extension->LogFile != NULL) {
        ZwClose(Extension->LogFile); // expect-warning irql-too-high {{'ZwClose' requires IRQL <= PASSIVE_LEVEL, but the IRQL here may be DISPATCH_LEVEL; call it from PASSIVE_LEVEL code, such as a work item}}
        Extension->LogFile = NULL;
    }
}

/* The same helper from the PASSIVE_LEVEL close path: silent. */
NTSTATUS FilterDispatchClose(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PFILTER_EXTENSION extension = (PFILTER_EXTENSION)DeviceObject->DeviceExtension;

    CloseReadLog(extension);
    Irp->IoStatus.Status = STATUS_SUCCESS;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return STATUS_SUCCESS;
}
