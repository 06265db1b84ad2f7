/* A SynchCritSection routine run by KeSynchronizeExecution runs at the
 * interrupt's DIRQL: a DISPATCH_LEVEL spin lock cannot be taken there. */
#include <ntddk.h>

typedef struct _SHARED_STATE {
    KSPIN_LOCK Lock;
    ULONG Mask;
} SHARED_STATE, *PSHARED_STATE;

KSYNCHRONIZE_ROUTINE UpdateMask; // expect-note irql-too-high {{'UpdateMask' is a SynchCritSection routine (KSYNCHRONIZE_ROUTINE), which runs at DIRQL}}

BOOLEAN UpdateMask(PVOID SynchronizeContext)
{
    PSHARED_STATE state = (PSHARED_STATE)SynchronizeContext;
    KLOCK_QUEUE_HANDLE handle;

    KeAcquireInStackQueuedSpinLock(&state->Lock, &handle); // expect-warning irql-too-high {{'KeAcquireInStackQueuedSpinLock' requires IRQL <= DISPATCH_LEVEL, but the IRQL here is DIRQL}}
    state->Mask = 0;
    KeReleaseInStackQueuedSpinLock(&handle);
    return TRUE;
}

NTSTATUS ClearMask(PKINTERRUPT Interrupt, PSHARED_STATE State)
{
    KeSynchronizeExecution(Interrupt, UpdateMask, State);
    return STATUS_SUCCESS;
}
