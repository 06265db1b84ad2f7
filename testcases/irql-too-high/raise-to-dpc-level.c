/* KeRaiseIrqlToDpcLevel returns the old IRQL for KeLowerIrql. */
#include <ntddk.h>

VOID SnapshotAtDpcLevel(PDRIVER_OBJECT Driver, PHANDLE Directory)
{
    KIRQL oldIrql = KeRaiseIrqlToDpcLevel(); // expect-note irql-too-high {{IRQL raised to DISPATCH_LEVEL by 'KeRaiseIrqlToDpcLevel' here}}

    IoGetDriverDirectory(Driver, DriverDirectoryData, 0, Directory); // expect-warning irql-too-high {{the IRQL here is DISPATCH_LEVEL}}
    KeLowerIrql(oldIrql);
    IoGetDriverDirectory(Driver, DriverDirectoryImage, 0, Directory);
}
