/* A KMDF DPC callback runs at DISPATCH_LEVEL: a wait lock cannot be taken
 * there, a spin lock can. */
#include <ntddk.h>
#include <wdf.h>

static WDFSPINLOCK CounterLock;
static WDFWAITLOCK CounterWaitLock;

EVT_WDF_DPC CounterEvtDpc; // expect-note irql-too-high {{'CounterEvtDpc' is a KMDF DPC callback (EVT_WDF_DPC), which runs at DISPATCH_LEVEL}}

VOID CounterEvtDpc(WDFDPC Dpc)
{
    UNREFERENCED_PARAMETER(Dpc);
    WdfSpinLockAcquire(CounterLock);
    WdfSpinLockRelease(CounterLock);

    WdfWaitLockAcquire(CounterWaitLock, NULL); // expect-warning irql-too-high {{'WdfWaitLockAcquire' requires IRQL <= PASSIVE_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
    // expect-note@-1 irql-too-high {{'WdfWaitLockAcquire' allows at most PASSIVE_LEVEL when 'Timeout' is NULL}}
    WdfWaitLockRelease(CounterWaitLock);
}
