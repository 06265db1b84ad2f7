/* The ISR runs at DIRQL: even DDIs allowed at DISPATCH_LEVEL, and the
 * driver's own DISPATCH_LEVEL-max helper, are too high there.  It should
 * only queue its DpcForIsr, which runs at DISPATCH_LEVEL. */
#include "device.h"

VOID NotifyWaiters(PDEVICE_EXTENSION Extension)
{
    /* Within its contract (at most DISPATCH_LEVEL): silent. */
    KeSetEvent(&Extension->DataReady, IO_NO_INCREMENT, FALSE);
}

BOOLEAN DeviceIsr(PKINTERRUPT Interrupt, PVOID ServiceContext)
{
    PDEVICE_OBJECT device = (PDEVICE_OBJECT)ServiceContext;
    PDEVICE_EXTENSION extension = (PDEVICE_EXTENSION)device->DeviceExtension;

    UNREFERENCED_PARAMETER(Interrupt);

    if ((READ_REGISTER_UCHAR(extension->Registers) & 0x1) == 0)
        return FALSE;
    WRITE_REGISTER_UCHAR(extension->Registers, 0x1);
    extension->Interrupts++;

    KeSetEvent(&extension->DataReady, IO_NO_INCREMENT, FALSE); // expect-warning irql-too-high {{'KeSetEvent' requires IRQL <= DISPATCH_LEVEL, but the IRQL here is DIRQL}}
    NotifyWaiters(extension); // expect-warning irql-too-high {{'NotifyWaiters' requires IRQL <= DISPATCH_LEVEL, but the IRQL here is DIRQL}}

    /* What an ISR should do: silent. */
    IoRequestDpc(device, extension->CurrentIrp, NULL);
    return TRUE;
}

VOID DeviceDpcForIsr(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    PDEVICE_EXTENSION extension = (PDEVICE_EXTENSION)DeviceObject->DeviceExtension;
    IO_STATUS_BLOCK ioStatus;
    ULONG count = extension->Interrupts;

    UNREFERENCED_PARAMETER(Context);

    /* Allowed at DISPATCH_LEVEL: silent. */
    NotifyWaiters(extension);
    if (Irp != NULL) {
        Irp->IoStatus.Status = STATUS_SUCCESS;
        Irp->IoStatus.Information = 0;
        IoCompleteRequest(Irp, IO_NO_INCREMENT);
    }

    ZwWriteFile(extension->LogFile, NULL, NULL, NULL, &ioStatus, &count, sizeof(count), NULL, NULL); // expect-warning irql-too-high {{'ZwWriteFile' requires IRQL <= PASSIVE_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
}
