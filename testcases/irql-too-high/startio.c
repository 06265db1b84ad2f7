/* A StartIo routine runs at DISPATCH_LEVEL. */
#include <ntddk.h>

DRIVER_STARTIO SerialStartIo; // expect-note irql-too-high {{'SerialStartIo' is a StartIo routine (DRIVER_STARTIO), which runs at DISPATCH_LEVEL}}

VOID SerialStartIo(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    HANDLE directory;
    NTSTATUS status;

    status = IoGetDriverDirectory(DeviceObject->DriverObject, DriverDirectoryData, 0, &directory); // expect-warning irql-too-high {{'IoGetDriverDirectory' requires IRQL <= PASSIVE_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
    if (NT_SUCCESS(status))
        ZwClose(directory); // expect-warning irql-too-high {{'ZwClose' requires IRQL <= PASSIVE_LEVEL}}
        // expect-note@4 irql-too-high {{'SerialStartIo' is a StartIo routine (DRIVER_STARTIO), which runs at DISPATCH_LEVEL}}

    Irp->IoStatus.Status = status;
    Irp->IoStatus.Information = 0;
    IoStartNextPacket(DeviceObject, FALSE);
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
}
