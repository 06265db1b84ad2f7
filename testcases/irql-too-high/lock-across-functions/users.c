/* Callers in another file: a PASSIVE_LEVEL-only DDI while the helper's
 * lock is held is a finding; after the release helper it is not. */
#include "queue_lock.h"

VOID QueueInsert(PQUEUE_EXTENSION Extension, PLIST_ENTRY Entry)
{
    QueueLock(Extension);
    InsertTailList(&Extension->Pending, Entry);
    QueueUnlock(Extension);
}

NTSTATUS QueueOpenDirectoryLocked(PQUEUE_EXTENSION Extension)
{
    NTSTATUS status;

    QueueLock(Extension); // expect-note irql-too-high {{IRQL raised to DISPATCH_LEVEL by 'QueueLock' here}}
    status = IoGetDriverDirectory(Extension->Driver, DriverDirectoryData, 0, &Extension->Directory); // expect-warning irql-too-high {{'IoGetDriverDirectory' requires IRQL <= PASSIVE_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
    QueueUnlock(Extension);
    return status;
}

NTSTATUS QueueOpenDirectoryUnlocked(PQUEUE_EXTENSION Extension)
{
    BOOLEAN empty;

    QueueLock(Extension);
    empty = IsListEmpty(&Extension->Pending);
    QueueUnlock(Extension);

    /* The lock was released: silent. */
    if (!empty)
        return STATUS_DEVICE_BUSY;
    return IoGetDriverDirectory(Extension->Driver, DriverDirectoryData, 0, &Extension->Directory);
}
