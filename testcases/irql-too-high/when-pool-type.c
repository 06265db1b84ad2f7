/* ExAllocatePoolWithTag's IRQL limit depends on its pool type argument
 * (_When_ in its annotations): a paged pool needs IRQL <= APC_LEVEL, a
 * non-paged one allows DISPATCH_LEVEL.  Under a spin lock only the paged
 * allocation is a finding; an unknown pool type stays silent. */
#include <ntddk.h>

#define CACHE_TAG 'hcaC'

typedef struct _CACHE {
    KSPIN_LOCK Lock;
    PVOID Entries[8];
    ULONG Used;
} CACHE, *PCACHE;

VOID CacheFill(PCACHE Cache, SIZE_T Size)
{
    KIRQL oldIrql;

    /* Two findings below: one note for each. */
    // expect-note@+2 irql-too-high {{IRQL raised to DISPATCH_LEVEL by 'KeAcquireSpinLock' here}}
    // expect-note@+1 irql-too-high {{IRQL raised to DISPATCH_LEVEL by 'KeAcquireSpinLock' here}}
    KeAcquireSpinLock(&Cache->Lock, &oldIrql);
    Cache->Entries[0] = ExAllocatePoolWithTag(PagedPool, Size, CACHE_TAG); // expect-warning irql-too-high {{'ExAllocatePoolWithTag' requires IRQL <= APC_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
    // expect-note@-1 irql-too-high {{'ExAllocatePoolWithTag' allows at most APC_LEVEL when 'PoolType' has bits 0x1 set}}
    Cache->Entries[1] = ExAllocatePoolWithTag(PagedPoolCacheAligned, Size, CACHE_TAG); // expect-warning irql-too-high {{'ExAllocatePoolWithTag' requires IRQL <= APC_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
    // expect-note@-1 irql-too-high {{'ExAllocatePoolWithTag' allows at most APC_LEVEL when 'PoolType' has bits 0x1 set}}
    Cache->Entries[2] = ExAllocatePoolWithTag(NonPagedPoolNx, Size, CACHE_TAG);
    Cache->Entries[3] = ExAllocatePoolWithTag(NonPagedPool, Size, CACHE_TAG);
    Cache->Used = 4;
    KeReleaseSpinLock(&Cache->Lock, oldIrql);

    /* After the release the paged pool is fine. */
    Cache->Entries[4] = ExAllocatePoolWithTag(PagedPool, Size, CACHE_TAG);
}

VOID CacheFillWithType(PCACHE Cache, POOL_TYPE PoolType, SIZE_T Size)
{
    KIRQL oldIrql;

    /* The pool type is not a constant: what cannot be known stays silent. */
    KeAcquireSpinLock(&Cache->Lock, &oldIrql);
    Cache->Entries[5] = ExAllocatePoolWithTag(PoolType, Size, CACHE_TAG);
    KeReleaseSpinLock(&Cache->Lock, oldIrql);
}
