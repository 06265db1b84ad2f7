/* PASSIVE_LEVEL callers of the helper: silent. */
#include "logfile.h"

DRIVER_DISPATCH LogDispatchCreate;

NTSTATUS LogStart(PLOG_EXTENSION Extension)
{
    return LogOpen(Extension);
}

NTSTATUS LogDispatchCreate(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    NTSTATUS status = LogOpen((PLOG_EXTENSION)DeviceObject->DeviceExtension);

    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = 0;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}
