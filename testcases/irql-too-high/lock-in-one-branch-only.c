/* A lock taken on only one branch: inside the branch the IRQL is
 * DISPATCH_LEVEL; after the join it is not known on every path, so the
 * check stays silent there (to avoid false positives). */
#include <ntddk.h>

typedef struct _STATS {
    KSPIN_LOCK Lock;
    ULONG Count;
    PDRIVER_OBJECT Driver;
} STATS, *PSTATS;

VOID CountAndOpen(PSTATS Stats, BOOLEAN Shared, PHANDLE Directory)
{
    KIRQL oldIrql = PASSIVE_LEVEL;

    if (Shared) {
        KeAcquireSpinLock(&Stats->Lock, &oldIrql); // expect-note irql-too-high {{IRQL raised to DISPATCH_LEVEL by 'KeAcquireSpinLock' here}}
        IoGetDriverDirectory(Stats->Driver, DriverDirectoryData, 0, Directory); // expect-warning irql-too-high {{the IRQL here is DISPATCH_LEVEL}}
    }
    Stats->Count++;
    IoGetDriverDirectory(Stats->Driver, DriverDirectoryImage, 0, Directory);
    if (Shared)
        KeReleaseSpinLock(&Stats->Lock, oldIrql);
}
