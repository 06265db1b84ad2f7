#include <ntddk.h>
/* The driver object as the key of a Get that nothing in the driver
 * allocates: a port driver may own that extension, so it is not reported as
 * "allocated nowhere", even with the whole driver analysed. */
// expect-no-diagnostics

typedef struct _PORT_VIEW {
    ULONG MiniportCount;
} PORT_VIEW, *PPORT_VIEW;

ULONG MiniportCount(PDEVICE_OBJECT DeviceObject)
{
    PPORT_VIEW view = IoGetDriverObjectExtension(DeviceObject->DriverObject, DeviceObject->DriverObject);
    return view ? view->MiniportCount : 0;
}
