/* The read dispatch routine registers the completion routine. */
#include "forward.h"

NTSTATUS FilterDispatchRead(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PFILTER_EXTENSION extension = (PFILTER_EXTENSION)DeviceObject->DeviceExtension;

    IoCopyCurrentIrpStackLocationToNext(Irp);
    IoSetCompletionRoutine(Irp, FilterReadComplete, extension, TRUE, TRUE, TRUE); // expect-note irql-too-high {{'FilterReadComplete' is registered as an I/O completion routine (IO_COMPLETION_ROUTINE) here, which may run at DISPATCH_LEVEL}}
    return IoCallDriver(extension->LowerDevice, Irp);
}
