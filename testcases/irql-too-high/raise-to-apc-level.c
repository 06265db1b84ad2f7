/* KeRaiseIrql(APC_LEVEL) is above PASSIVE_LEVEL but below the
 * DISPATCH_LEVEL limit of IoGetDriverObjectExtension. */
#include <ntddk.h>

PVOID LookUpAtApc(PDRIVER_OBJECT Driver, PHANDLE Directory)
{
    KIRQL oldIrql;
    PVOID extension;

    KeRaiseIrql(APC_LEVEL, &oldIrql); // expect-note irql-too-high {{IRQL raised to APC_LEVEL by 'KeRaiseIrql' here}}
    extension = IoGetDriverObjectExtension(Driver, (PVOID)LookUpAtApc);
    IoGetDriverDirectory(Driver, DriverDirectoryData, 0, Directory); // expect-warning irql-too-high {{'IoGetDriverDirectory' requires IRQL <= PASSIVE_LEVEL, but the IRQL here is APC_LEVEL}}
    KeLowerIrql(oldIrql);
    return extension;
}
