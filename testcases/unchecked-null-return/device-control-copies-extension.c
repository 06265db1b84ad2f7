// An IOCTL handler copies version information kept in the driver object
// extension out to the caller's buffer without testing the lookup.
#include <wdm.h>

typedef struct _VERSION_INFO {
    USHORT Major;
    USHORT Minor;
    ULONG BuildFlags;
} VERSION_INFO, *PVERSION_INFO;

static UCHAR VersionKey;

NTSTATUS VersionDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    PVERSION_INFO info = IoGetDriverObjectExtension(DeviceObject->DriverObject, &VersionKey); // expect-note unchecked-null-return {{'info' is assigned the result of 'IoGetDriverObjectExtension' here}}
    NTSTATUS status = STATUS_SUCCESS;

    if (stack->Parameters.DeviceIoControl.OutputBufferLength < sizeof(VERSION_INFO)) {
        status = STATUS_BUFFER_TOO_SMALL;
        Irp->IoStatus.Information = 0;
    } else {
        RtlCopyMemory(Irp->AssociatedIrp.SystemBuffer, info, sizeof(VERSION_INFO)); // expect-warning unchecked-null-return {{'info' from 'IoGetDriverObjectExtension' may be NULL here and}}
        Irp->IoStatus.Information = sizeof(VERSION_INFO);
    }
    Irp->IoStatus.Status = status;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}
