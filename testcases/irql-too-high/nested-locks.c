/* Two nested locks: releasing the inner one leaves the outer one held. */
#include <ntddk.h>

typedef struct _TWO_LOCKS {
    KSPIN_LOCK Outer;
    KSPIN_LOCK Inner;
    PDRIVER_OBJECT Driver;
} TWO_LOCKS, *PTWO_LOCKS;

VOID NestedUpdate(PTWO_LOCKS Locks, PHANDLE Directory)
{
    KIRQL oldIrql;

    KeAcquireSpinLock(&Locks->Outer, &oldIrql); // expect-note irql-too-high {{IRQL raised to DISPATCH_LEVEL by 'KeAcquireSpinLock' here}}
    KeAcquireSpinLockAtDpcLevel(&Locks->Inner);
    KeReleaseSpinLockFromDpcLevel(&Locks->Inner);
    IoGetDriverDirectory(Locks->Driver, DriverDirectoryData, 0, Directory); // expect-warning irql-too-high {{the IRQL here is DISPATCH_LEVEL}}
    KeReleaseSpinLock(&Locks->Outer, oldIrql);
    IoGetDriverDirectory(Locks->Driver, DriverDirectoryImage, 0, Directory);
}
