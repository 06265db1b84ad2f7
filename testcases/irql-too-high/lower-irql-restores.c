/* KeLowerIrql restores the IRQL saved by KeRaiseIrql or
 * KeRaiseIrqlToDpcLevel: a PASSIVE_LEVEL-only DDI after the lowering is
 * silent; before it (or on the path that skips it) it is a finding. */
#include <ntddk.h>

typedef struct _PROBE {
    PDRIVER_OBJECT Driver;
    HANDLE Directory;
    volatile LONG Hits;
} PROBE, *PPROBE;

NTSTATUS ProbeAfterLowering(PPROBE Probe)
{
    KIRQL oldIrql;

    KeRaiseIrql(DISPATCH_LEVEL, &oldIrql);
    InterlockedIncrement(&Probe->Hits);
    KeLowerIrql(oldIrql);
    return IoGetDriverDirectory(Probe->Driver, DriverDirectoryData, 0, &Probe->Directory);
}

NTSTATUS ProbeLoweredOnEveryPath(PPROBE Probe, BOOLEAN Quick)
{
    KIRQL oldIrql = KeRaiseIrqlToDpcLevel();

    InterlockedIncrement(&Probe->Hits);
    if (Quick) {
        KeLowerIrql(oldIrql);
        return IoGetDriverDirectory(Probe->Driver, DriverDirectoryImage, 0, &Probe->Directory);
    }
    KeLowerIrql(oldIrql);
    return IoGetDriverDirectory(Probe->Driver, DriverDirectoryData, 0, &Probe->Directory);
}

NTSTATUS ProbeLoweredOnlyOnEarlyReturn(PPROBE Probe, BOOLEAN Quick)
{
    KIRQL oldIrql = KeRaiseIrqlToDpcLevel(); // expect-note irql-too-high {{IRQL raised to DISPATCH_LEVEL by 'KeRaiseIrqlToDpcLevel' here}}
    NTSTATUS status;

    InterlockedIncrement(&Probe->Hits);
    if (Quick) {
        KeLowerIrql(oldIrql);
        return STATUS_SUCCESS;
    }
    /* Only the path that did not lower gets here. */
    status = IoGetDriverDirectory(Probe->Driver, DriverDirectoryData, 0, &Probe->Directory); // expect-warning irql-too-high {{'IoGetDriverDirectory' requires IRQL <= PASSIVE_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
    KeLowerIrql(oldIrql);
    return status;
}

NTSTATUS ProbeBeforeLowering(PPROBE Probe)
{
    KIRQL oldIrql;
    NTSTATUS status;

    KeRaiseIrql(DISPATCH_LEVEL, &oldIrql); // expect-note irql-too-high {{IRQL raised to DISPATCH_LEVEL by 'KeRaiseIrql' here}}
    status = IoGetDriverDirectory(Probe->Driver, DriverDirectoryData, 0, &Probe->Directory); // expect-warning irql-too-high {{'IoGetDriverDirectory' requires IRQL <= PASSIVE_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
    KeLowerIrql(oldIrql);
    return status;
}
