/* A common shape: the lock is released on the early-return path only; on
 * the path that reaches the call it is still held. */
#include <ntddk.h>

typedef struct _DEVICE_STATE {
    KSPIN_LOCK Lock;
    BOOLEAN Removed;
    PDEVICE_OBJECT Pdo;
} DEVICE_STATE, *PDEVICE_STATE;

NTSTATUS OpenStateIfPresent(PDEVICE_STATE State, PHANDLE Handle)
{
    KIRQL oldIrql;
    NTSTATUS status;

    KeAcquireSpinLock(&State->Lock, &oldIrql); // expect-note irql-too-high {{IRQL raised to DISPATCH_LEVEL by 'KeAcquireSpinLock' here}}
    if (State->Removed) {
        KeReleaseSpinLock(&State->Lock, oldIrql);
        return STATUS_DELETE_PENDING;
    }
    status = IoGetDeviceDirectory(State->Pdo, DeviceDirectoryData, 0, NULL, Handle); // expect-warning irql-too-high {{'IoGetDeviceDirectory' requires IRQL <= PASSIVE_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
    KeReleaseSpinLock(&State->Lock, oldIrql);
    return status;
}
