#include <ntddk.h>
/* A function that may run at DISPATCH_LEVEL tests KeGetCurrentIrql() before
 * a PASSIVE_LEVEL-only call: the tested path is silent, the others are not. */

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS OpenDirectoryIfPassive(PDRIVER_OBJECT DriverObject, PHANDLE Directory)
{
    if (KeGetCurrentIrql() != PASSIVE_LEVEL)
        return STATUS_INVALID_DEVICE_STATE;
    return IoGetDriverDirectory(DriverObject, DriverDirectoryData, 0, Directory);
}

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS OpenDirectoryWhenLow(PDRIVER_OBJECT DriverObject, PHANDLE Directory)
{
    if (KeGetCurrentIrql() <= PASSIVE_LEVEL)
        return IoGetDriverDirectory(DriverObject, DriverDirectoryData, 0, Directory);
    if (PASSIVE_LEVEL < KeGetCurrentIrql())
        return STATUS_INVALID_DEVICE_STATE;
    return IoGetDriverDirectory(DriverObject, DriverDirectoryData, 0, Directory);
}

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS OpenDirectoryWrongGuard(PDRIVER_OBJECT DriverObject, PHANDLE Directory) // expect-note@-1 irql-too-high {{'OpenDirectoryWrongGuard' is annotated _IRQL_requires_max_(DISPATCH_LEVEL)}}
{
    if (KeGetCurrentIrql() > DISPATCH_LEVEL)
        return STATUS_INVALID_DEVICE_STATE;
    return IoGetDriverDirectory(DriverObject, DriverDirectoryData, 0, Directory); // expect-warning irql-too-high {{the IRQL here may be DISPATCH_LEVEL}}
}

NTSTATUS OpenDirectoryUnderLock(PDRIVER_OBJECT DriverObject, PHANDLE Directory, PKSPIN_LOCK Lock)
{
    KIRQL oldIrql;
    NTSTATUS status = STATUS_INVALID_DEVICE_STATE;
    if (KeGetCurrentIrql() == PASSIVE_LEVEL) {
        KeAcquireSpinLock(Lock, &oldIrql); // expect-note irql-too-high {{IRQL raised to DISPATCH_LEVEL by 'KeAcquireSpinLock' here}}
        status = IoGetDriverDirectory(DriverObject, DriverDirectoryData, 0, Directory); // expect-warning irql-too-high {{the IRQL here is DISPATCH_LEVEL}}
        KeReleaseSpinLock(Lock, oldIrql);
    }
    return status;
}
