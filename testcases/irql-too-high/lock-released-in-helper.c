#include <ntddk.h>
/* A lock released by the driver's own helper is not held after the call. */

typedef struct _DEVICE_DATA {
    KSPIN_LOCK Lock;
    ULONG Pending;
} DEVICE_DATA, *PDEVICE_DATA;

static VOID ReleaseDataLock(PDEVICE_DATA Data, KIRQL OldIrql)
{
    KeReleaseSpinLock(&Data->Lock, OldIrql);
}

VOID UnlockThroughPointer(PKSPIN_LOCK Lock, KIRQL OldIrql);

NTSTATUS OpenAfterHelperRelease(PDRIVER_OBJECT DriverObject, PDEVICE_DATA Data, PHANDLE Directory)
{
    KIRQL oldIrql;
    KeAcquireSpinLock(&Data->Lock, &oldIrql);
    Data->Pending++;
    ReleaseDataLock(Data, oldIrql);
    return IoGetDriverDirectory(DriverObject, DriverDirectoryData, 0, Directory);
}

NTSTATUS OpenAfterExternalRelease(PDRIVER_OBJECT DriverObject, PDEVICE_DATA Data, PHANDLE Directory)
{
    KIRQL oldIrql;
    KeAcquireSpinLock(&Data->Lock, &oldIrql);
    Data->Pending++;
    UnlockThroughPointer(&Data->Lock, oldIrql);
    return IoGetDriverDirectory(DriverObject, DriverDirectoryData, 0, Directory);
}

NTSTATUS OpenWhileHelperOnlyReads(PDRIVER_OBJECT DriverObject, PDEVICE_DATA Data, PHANDLE Directory)
{
    KIRQL oldIrql;
    NTSTATUS status;
    KeAcquireSpinLock(&Data->Lock, &oldIrql); // expect-note irql-too-high {{IRQL raised to DISPATCH_LEVEL by 'KeAcquireSpinLock' here}}
    Data->Pending = RtlRandomEx(&Data->Pending);
    status = IoGetDriverDirectory(DriverObject, DriverDirectoryData, 0, Directory); // expect-warning irql-too-high {{the IRQL here is DISPATCH_LEVEL}}
    KeReleaseSpinLock(&Data->Lock, oldIrql);
    return status;
}
