/* WdfSpinLockAcquire raises to DISPATCH_LEVEL until WdfSpinLockRelease. */
#include <ntddk.h>
#include <wdf.h>

typedef struct _QUEUE_STATE {
    WDFSPINLOCK SpinLock;
    WDFWAITLOCK WaitLock;
    ULONG Outstanding;
} QUEUE_STATE, *PQUEUE_STATE;

VOID DrainOutstanding(PQUEUE_STATE State)
{
    WdfSpinLockAcquire(State->SpinLock); // expect-note irql-too-high {{IRQL raised to DISPATCH_LEVEL by 'WdfSpinLockAcquire' here}}
    State->Outstanding = 0;
    WdfWaitLockAcquire(State->WaitLock, NULL); // expect-warning irql-too-high {{'WdfWaitLockAcquire' requires IRQL <= PASSIVE_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
    // expect-note@-1 irql-too-high {{'WdfWaitLockAcquire' allows at most PASSIVE_LEVEL when 'Timeout' is NULL}}
    WdfWaitLockRelease(State->WaitLock);
    WdfSpinLockRelease(State->SpinLock);

    WdfWaitLockAcquire(State->WaitLock, NULL);
    WdfWaitLockRelease(State->WaitLock);
}
