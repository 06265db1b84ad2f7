/* The queue lock is taken and dropped through the driver's own helpers;
 * their annotations say that the first raises the IRQL and saves the old
 * one in the extension, and the second restores it. */
#pragma once
#include <ntddk.h>

typedef struct _QUEUE_EXTENSION {
    KSPIN_LOCK Lock;
    KIRQL LockIrql;
    LIST_ENTRY Pending;
    PDRIVER_OBJECT Driver;
    HANDLE Directory;
} QUEUE_EXTENSION, *PQUEUE_EXTENSION;

_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_raises_(DISPATCH_LEVEL)
_IRQL_saves_global_(SpinLock, Extension)
VOID QueueLock(PQUEUE_EXTENSION Extension);

_IRQL_requires_(DISPATCH_LEVEL)
_IRQL_restores_global_(SpinLock, Extension)
VOID QueueUnlock(PQUEUE_EXTENSION Extension);

VOID QueueInsert(PQUEUE_EXTENSION Extension, PLIST_ENTRY Entry);
NTSTATUS QueueOpenDirectoryLocked(PQUEUE_EXTENSION Extension);
NTSTATUS QueueOpenDirectoryUnlocked(PQUEUE_EXTENSION Extension);
