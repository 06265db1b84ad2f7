/* A DpcForIsr (IO_DPC_ROUTINE) runs at DISPATCH_LEVEL.  It may take a spin
 * lock with KeAcquireSpinLockAtDpcLevel; it may not take a fast mutex, which
 * requires IRQL <= APC_LEVEL. */
#include <ntddk.h>

typedef struct _DEVICE_EXTENSION {
    KSPIN_LOCK CompletionLock;
    LIST_ENTRY Completed;
    FAST_MUTEX StatsMutex;
    ULONG Interrupts;
} DEVICE_EXTENSION, *PDEVICE_EXTENSION;

IO_DPC_ROUTINE DeviceDpcForIsr; // expect-note irql-too-high {{'DeviceDpcForIsr' is a DpcForIsr routine (IO_DPC_ROUTINE), which runs at DISPATCH_LEVEL}}

VOID DeviceDpcForIsr(PKDPC Dpc, PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    PDEVICE_EXTENSION extension = (PDEVICE_EXTENSION)DeviceObject->DeviceExtension;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Irp);
    UNREFERENCED_PARAMETER(Context);

    KeAcquireSpinLockAtDpcLevel(&extension->CompletionLock);
    while (!IsListEmpty(&extension->Completed))
        RemoveHeadList(&extension->Completed);
    KeReleaseSpinLockFromDpcLevel(&extension->CompletionLock);

    ExAcquireFastMutex(&extension->StatsMutex); // expect-warning irql-too-high {{'ExAcquireFastMutex' requires IRQL <= APC_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
    extension->Interrupts++;
    ExReleaseFastMutex(&extension->StatsMutex);
}
