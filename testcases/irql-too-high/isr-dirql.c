/* An interrupt service routine runs at DIRQL, above DISPATCH_LEVEL: even
 * the DDIs allowed at DISPATCH_LEVEL are too high there.  The right lock in
 * an ISR is the interrupt spin lock, which the system already holds. */
#include <ntddk.h>

typedef struct _DEVICE_EXTENSION {
    PKINTERRUPT Interrupt;
    KSPIN_LOCK QueueLock;
    PUCHAR Registers;
    ULONG Pending;
} DEVICE_EXTENSION, *PDEVICE_EXTENSION;

KSERVICE_ROUTINE DeviceIsr; // expect-note irql-too-high {{'DeviceIsr' is an interrupt service routine (KSERVICE_ROUTINE), which runs at DIRQL}}

BOOLEAN DeviceIsr(PKINTERRUPT Interrupt, PVOID ServiceContext)
{
    PDEVICE_OBJECT device = (PDEVICE_OBJECT)ServiceContext;
    PDEVICE_EXTENSION extension = (PDEVICE_EXTENSION)device->DeviceExtension;
    UCHAR status;
    KIRQL oldIrql;

    UNREFERENCED_PARAMETER(Interrupt);

    status = READ_REGISTER_UCHAR(extension->Registers);
    if ((status & 0x1) == 0)
        return FALSE;

    KeAcquireSpinLock(&extension->QueueLock, &oldIrql); // expect-warning irql-too-high {{'KeAcquireSpinLock' requires IRQL <= DISPATCH_LEVEL, but the IRQL here is DIRQL}}
    extension->Pending++;
    KeReleaseSpinLock(&extension->QueueLock, oldIrql);

    IoRequestDpc(device, NULL, NULL);
    return TRUE;
}
