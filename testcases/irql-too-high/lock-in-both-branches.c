/* The same lock is taken on both branches: after the join it is held on
 * every path to the call. */
#include <ntddk.h>

typedef struct _PORT {
    KSPIN_LOCK Lock;
    ULONG Reads;
    ULONG Writes;
    PDRIVER_OBJECT Driver;
} PORT, *PPORT;

VOID CountAccess(PPORT Port, BOOLEAN Write, PHANDLE Directory)
{
    KIRQL oldIrql;

    if (Write) {
        KeAcquireSpinLock(&Port->Lock, &oldIrql); // expect-note irql-too-high {{IRQL raised to DISPATCH_LEVEL by 'KeAcquireSpinLock' here}}
        Port->Writes++;
    } else {
        KeAcquireSpinLock(&Port->Lock, &oldIrql);
        Port->Reads++;
    }
    IoGetDriverDirectory(Port->Driver, DriverDirectoryData, 0, Directory); // expect-warning irql-too-high {{the IRQL here is DISPATCH_LEVEL}}
    KeReleaseSpinLock(&Port->Lock, oldIrql);
}
