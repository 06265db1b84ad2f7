/* The driver's own lock helpers say with _IRQL_raises_ and
 * _IRQL_saves_/_IRQL_restores_ on a KIRQL parameter (or on the returned
 * KIRQL) that they raise the IRQL and restore it, like KeAcquireSpinLock,
 * KeReleaseSpinLock and KeLowerIrql.  A PASSIVE_LEVEL-only DDI between the
 * two is a finding; after the restore it is not. */
#include <ntddk.h>

typedef struct _STATS {
    KSPIN_LOCK Lock;
    ULONG Reads;
    ULONG Writes;
} STATS, *PSTATS;

_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_raises_(DISPATCH_LEVEL)
VOID StatsLock(PSTATS Stats, _Out_ _IRQL_saves_ PKIRQL OldIrql)
{
    KeAcquireSpinLock(&Stats->Lock, OldIrql);
}

_IRQL_requires_(DISPATCH_LEVEL)
VOID StatsUnlock(PSTATS Stats, _In_ _IRQL_restores_ KIRQL OldIrql)
{
    KeReleaseSpinLock(&Stats->Lock, OldIrql);
}

_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_raises_(DISPATCH_LEVEL)
_IRQL_saves_
KIRQL StatsEnterDispatch(VOID)
{
    return KeRaiseIrqlToDpcLevel();
}

NTSTATUS StatsSnapshot(PSTATS Stats, PDRIVER_OBJECT Driver, PHANDLE Directory)
{
    KIRQL oldIrql;
    NTSTATUS status;

    StatsLock(Stats, &oldIrql); // expect-note irql-too-high {{IRQL raised to DISPATCH_LEVEL by 'StatsLock' here}}
    Stats->Reads++;
    status = IoGetDriverDirectory(Driver, DriverDirectoryData, 0, Directory); // expect-warning irql-too-high {{'IoGetDriverDirectory' requires IRQL <= PASSIVE_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
    StatsUnlock(Stats, oldIrql);
    return status;
}

NTSTATUS StatsReset(PSTATS Stats, PDRIVER_OBJECT Driver, PHANDLE Directory)
{
    KIRQL oldIrql;

    StatsLock(Stats, &oldIrql);
    Stats->Reads = 0;
    Stats->Writes = 0;
    StatsUnlock(Stats, oldIrql);

    /* Restored: silent. */
    return IoGetDriverDirectory(Driver, DriverDirectoryData, 0, Directory);
}

NTSTATUS StatsCount(PSTATS Stats, PDRIVER_OBJECT Driver, PHANDLE Directory)
{
    KIRQL oldIrql;
    NTSTATUS status;

    oldIrql = StatsEnterDispatch(); // expect-note irql-too-high {{IRQL raised to DISPATCH_LEVEL by 'StatsEnterDispatch' here}}
    Stats->Writes++;
    status = IoGetDriverDirectory(Driver, DriverDirectoryImage, 0, Directory); // expect-warning irql-too-high {{'IoGetDriverDirectory' requires IRQL <= PASSIVE_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
    KeLowerIrql(oldIrql);

    /* Lowered again: silent. */
    if (NT_SUCCESS(status))
        ZwClose(*Directory);
    return IoGetDriverDirectory(Driver, DriverDirectoryData, 0, Directory);
}
