/* The helpers: the acquire in one function, the release in another. */
#include "queue_lock.h"

VOID QueueLock(PQUEUE_EXTENSION Extension)
{
    KeAcquireSpinLock(&Extension->Lock, &Extension->LockIrql);
}

VOID QueueUnlock(PQUEUE_EXTENSION Extension)
{
    KeReleaseSpinLock(&Extension->Lock, Extension->LockIrql);
}
