// Pool allocations return NULL when the pool is short.  A must-succeed pool
// type bug-checks instead, and POOL_RAISE_IF_ALLOCATION_FAILURE (PoolType) or
// POOL_FLAG_RAISE_ON_FAILURE (POOL_FLAGS) raise an exception instead: their
// results need no test.  A pool type that is not a constant decides nothing.
#include <ntddk.h>

#define POOL_TAG_CONTEXT 'xtCP'

typedef struct _POOL_CONTEXT {
    LIST_ENTRY Link;
    ULONG Flags;
    ULONG Length;
} POOL_CONTEXT, *PPOOL_CONTEXT;

PPOOL_CONTEXT PoolWithTagUnchecked(VOID)
{
    PPOOL_CONTEXT context = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(POOL_CONTEXT), POOL_TAG_CONTEXT); // expect-note unchecked-null-return {{'context' is assigned the result of 'ExAllocatePoolWithTag' here, which may be NULL}}

    context->Flags = 0; // expect-warning unchecked-null-return {{'context' from 'ExAllocatePoolWithTag' may be NULL here}}
    return context;
}

PPOOL_CONTEXT PoolWithTagChecked(VOID)
{
    PPOOL_CONTEXT context = ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(POOL_CONTEXT), POOL_TAG_CONTEXT);

    if (context == NULL)
        return NULL;
    context->Flags = 0;
    return context;
}

PPOOL_CONTEXT Pool2Unchecked(VOID)
{
    PPOOL_CONTEXT context = ExAllocatePool2(POOL_FLAG_NON_PAGED, sizeof(POOL_CONTEXT), POOL_TAG_CONTEXT); // expect-note unchecked-null-return {{'context' is assigned the result of 'ExAllocatePool2' here, which may be NULL}}

    InitializeListHead(&context->Link); // expect-warning unchecked-null-return {{'context' from 'ExAllocatePool2' may be NULL here}}
    return context;
}

PPOOL_CONTEXT Pool2RaisesOnFailure(VOID)
{
    PPOOL_CONTEXT context =
        ExAllocatePool2(POOL_FLAG_NON_PAGED | POOL_FLAG_RAISE_ON_FAILURE, sizeof(POOL_CONTEXT), POOL_TAG_CONTEXT);

    InitializeListHead(&context->Link);
    return context;
}

PPOOL_CONTEXT PoolWithTagRaisesOnFailure(VOID)
{
    PPOOL_CONTEXT context = ExAllocatePoolWithTag(NonPagedPoolNx | POOL_RAISE_IF_ALLOCATION_FAILURE,
                                                  sizeof(POOL_CONTEXT), POOL_TAG_CONTEXT);

    context->Flags = 0;
    return context;
}

PPOOL_CONTEXT PoolMustSucceed(VOID)
{
    PPOOL_CONTEXT context = ExAllocatePoolWithTag(NonPagedPoolMustSucceed, sizeof(POOL_CONTEXT), POOL_TAG_CONTEXT);

    context->Flags = 0;
    return context;
}

PUCHAR PoolTypeOfTheCaller(POOL_TYPE PoolType, SIZE_T Length)
{
    PUCHAR buffer = ExAllocatePoolWithTag(PoolType, Length, POOL_TAG_CONTEXT); // expect-note unchecked-null-return {{'buffer' is assigned the result of 'ExAllocatePoolWithTag' here, which may be NULL}}

    buffer[0] = 0; // expect-warning unchecked-null-return {{'buffer' from 'ExAllocatePoolWithTag' may be NULL here}}
    return buffer;
}

PVOID PoolZeroCopy(PVOID Source, SIZE_T Length)
{
    PVOID copy = ExAllocatePoolZero(NonPagedPoolNx, Length, POOL_TAG_CONTEXT); // expect-note unchecked-null-return {{'copy' is assigned the result of 'ExAllocatePoolZero' here, which may be NULL}}

    RtlCopyMemory(copy, Source, Length); // expect-warning unchecked-null-return {{'copy' from 'ExAllocatePoolZero' may be NULL here}}
    return copy;
}

PPOOL_CONTEXT PoolWithPriority(VOID)
{
    PPOOL_CONTEXT context = ExAllocatePoolWithTagPriority(NonPagedPoolNx, sizeof(POOL_CONTEXT), POOL_TAG_CONTEXT, // expect-note unchecked-null-return {{'context' is assigned the result of 'ExAllocatePoolWithTagPriority' here, which may be NULL}}
                                                          LowPoolPriority);

    context->Length = sizeof(POOL_CONTEXT); // expect-warning unchecked-null-return {{'context' from 'ExAllocatePoolWithTagPriority' may be NULL here}}
    return context;
}

// Quota allocations raise an exception when the quota or the pool is short.
PPOOL_CONTEXT PoolWithQuota(VOID)
{
    PPOOL_CONTEXT context = ExAllocatePoolWithQuotaTag(PagedPool, sizeof(POOL_CONTEXT), POOL_TAG_CONTEXT);

    context->Flags = 0;
    return context;
}
