/* KeRaiseIrql raises to its argument; KeLowerIrql restores the saved IRQL. */
#include <ntddk.h>

NTSTATUS TouchAtDispatch(PDRIVER_OBJECT Driver, volatile LONG *Counter)
{
    HANDLE directory;
    KIRQL oldIrql;
    NTSTATUS status;

    KeRaiseIrql(DISPATCH_LEVEL, &oldIrql); // expect-note irql-too-high {{IRQL raised to DISPATCH_LEVEL by 'KeRaiseIrql' here}}
    InterlockedIncrement(Counter);
    status = IoGetDriverDirectory(Driver, DriverDirectoryData, 0, &directory); // expect-warning irql-too-high {{'IoGetDriverDirectory' requires IRQL <= PASSIVE_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
    KeLowerIrql(oldIrql);

    /* Back at the caller's IRQL: silent. */
    if (NT_SUCCESS(status))
        ZwClose(directory);
    status = IoGetDriverDirectory(Driver, DriverDirectoryImage, 0, &directory);
    if (NT_SUCCESS(status))
        ZwClose(directory);
    return status;
}
