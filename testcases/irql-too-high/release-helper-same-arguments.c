/* A lock helper annotated _IRQL_raises_ whose release helper carries no
 * restore annotation (only _IRQL_requires_(DISPATCH_LEVEL)): the release is
 * the helper called with the same arguments, so the lock is no longer held
 * after it.  Before the release the IRQL is DISPATCH_LEVEL. */
#include <ntddk.h>

typedef enum _ADAPTER_LOCK { RxLock, TxLock } ADAPTER_LOCK;

_IRQL_raises_(DISPATCH_LEVEL)
VOID AdapterAcquireLock(PVOID Adapter, ADAPTER_LOCK Which);

_IRQL_requires_(DISPATCH_LEVEL)
VOID AdapterReleaseLock(PVOID Adapter, ADAPTER_LOCK Which);

NTSTATUS AdapterWaitForRx(PVOID Adapter, PKEVENT RxDone, PBOOLEAN Stopped)
{
    BOOLEAN stopped;

    AdapterAcquireLock(Adapter, RxLock); // expect-note irql-too-high {{IRQL raised to DISPATCH_LEVEL by 'AdapterAcquireLock' here}}
    stopped = *Stopped;
    KeClearEvent(RxDone);
    KeWaitForSingleObject(RxDone, Executive, KernelMode, FALSE, NULL); // expect-warning irql-too-high {{'KeWaitForSingleObject' requires IRQL <= APC_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
    // expect-note@-1 irql-too-high {{'KeWaitForSingleObject' allows at most APC_LEVEL when 'Timeout' is NULL}}
    AdapterReleaseLock(Adapter, RxLock);

    if (stopped)
        return STATUS_CANCELLED;
    return KeWaitForSingleObject(RxDone, Executive, KernelMode, FALSE, NULL);
}
