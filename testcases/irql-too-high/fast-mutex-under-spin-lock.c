/* A fast mutex (APC_LEVEL at most) acquired while a spin lock is held. */
#include <ntddk.h>

typedef struct _CACHE {
    KSPIN_LOCK Lock;
    FAST_MUTEX Mutex;
    ULONG Entries;
} CACHE, *PCACHE;

VOID TrimCache(PCACHE Cache)
{
    KIRQL oldIrql;

    KeAcquireSpinLock(&Cache->Lock, &oldIrql); // expect-note irql-too-high {{IRQL raised to DISPATCH_LEVEL by 'KeAcquireSpinLock' here}}
    ExAcquireFastMutex(&Cache->Mutex); // expect-warning irql-too-high {{'ExAcquireFastMutex' requires IRQL <= APC_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
    Cache->Entries = 0;
    ExReleaseFastMutex(&Cache->Mutex);
    KeReleaseSpinLock(&Cache->Lock, oldIrql);
}
