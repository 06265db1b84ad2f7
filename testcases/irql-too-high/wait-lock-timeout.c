#include <ntddk.h>
#include <wdf.h>
/* WdfWaitLockAcquire waits at PASSIVE_LEVEL only without a timeout; with a
 * zero timeout it only tries, which DISPATCH_LEVEL code may do. */

EVT_WDF_DPC TryLockDpc;
EVT_WDF_DPC WaitLockDpc; // expect-note irql-too-high {{'WaitLockDpc' is a KMDF DPC callback (EVT_WDF_DPC), which runs at DISPATCH_LEVEL}}

WDFWAITLOCK SharedLock;

VOID TryLockDpc(WDFDPC Dpc)
{
    LONGLONG noWait = 0;
    UNREFERENCED_PARAMETER(Dpc);
    if (NT_SUCCESS(WdfWaitLockAcquire(SharedLock, &noWait)))
        WdfWaitLockRelease(SharedLock);
}

VOID WaitLockDpc(WDFDPC Dpc)
{
    UNREFERENCED_PARAMETER(Dpc);
    WdfWaitLockAcquire(SharedLock, NULL); // expect-warning irql-too-high {{'WdfWaitLockAcquire' requires IRQL <= PASSIVE_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
    // expect-note@-1 irql-too-high {{'WdfWaitLockAcquire' allows at most PASSIVE_LEVEL when 'Timeout' is NULL}}
    WdfWaitLockRelease(SharedLock);
}
