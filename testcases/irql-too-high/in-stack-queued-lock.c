/* KeAcquireInStackQueuedSpinLock raises to DISPATCH_LEVEL until
 * KeReleaseInStackQueuedSpinLock releases the handle. */
#include <ntddk.h>

typedef struct _REQUEST_QUEUE {
    KSPIN_LOCK Lock;
    LIST_ENTRY Head;
    PDEVICE_OBJECT Pdo;
} REQUEST_QUEUE, *PREQUEST_QUEUE;

VOID FlushQueue(PREQUEST_QUEUE Queue)
{
    KLOCK_QUEUE_HANDLE handle;
    HANDLE state;

    KeAcquireInStackQueuedSpinLock(&Queue->Lock, &handle); // expect-note irql-too-high {{IRQL raised to DISPATCH_LEVEL by 'KeAcquireInStackQueuedSpinLock' here}}
    while (!IsListEmpty(&Queue->Head))
        RemoveHeadList(&Queue->Head);
    IoGetDeviceDirectory(Queue->Pdo, DeviceDirectoryData, 0, NULL, &state); // expect-warning irql-too-high {{'IoGetDeviceDirectory' requires IRQL <= PASSIVE_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
    KeReleaseInStackQueuedSpinLock(&handle);

    if (NT_SUCCESS(IoGetDeviceDirectory(Queue->Pdo, DeviceDirectoryData, 0, NULL, &state)))
        ZwClose(state);
}
