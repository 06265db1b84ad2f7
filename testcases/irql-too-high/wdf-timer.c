/* A KMDF timer callback runs at DISPATCH_LEVEL unless the timer asked for
 * PASSIVE_LEVEL execution, so it may be too high. */
#include <ntddk.h>
#include <wdf.h>

static WDFWAITLOCK PollLock;

EVT_WDF_TIMER PollEvtTimer; // expect-note irql-too-high {{'PollEvtTimer' is a KMDF timer callback (EVT_WDF_TIMER), which may run at DISPATCH_LEVEL}}

VOID PollEvtTimer(WDFTIMER Timer)
{
    UNREFERENCED_PARAMETER(Timer);
    WdfWaitLockAcquire(PollLock, NULL); // expect-warning irql-too-high {{'WdfWaitLockAcquire' requires IRQL <= PASSIVE_LEVEL, but the IRQL here may be DISPATCH_LEVEL}}
    // expect-note@-1 irql-too-high {{'WdfWaitLockAcquire' allows at most PASSIVE_LEVEL when 'Timeout' is NULL}}
    WdfWaitLockRelease(PollLock);
}
