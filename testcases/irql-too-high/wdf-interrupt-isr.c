/* A KMDF ISR runs at DIRQL: a WDF spin lock (DISPATCH_LEVEL at most) is too
 * high there; queueing the DPC is the right thing to do. */
#include <ntddk.h>
#include <wdf.h>

static WDFSPINLOCK StatsLock;

EVT_WDF_INTERRUPT_ISR DeviceEvtIsr; // expect-note irql-too-high {{'DeviceEvtIsr' is a KMDF interrupt service routine (EVT_WDF_INTERRUPT_ISR), which runs at DIRQL}}

BOOLEAN DeviceEvtIsr(WDFINTERRUPT Interrupt, ULONG MessageID)
{
    UNREFERENCED_PARAMETER(MessageID);
    WdfSpinLockAcquire(StatsLock); // expect-warning irql-too-high {{'WdfSpinLockAcquire' requires IRQL <= DISPATCH_LEVEL, but the IRQL here is DIRQL}}
    WdfSpinLockRelease(StatsLock);
    WdfInterruptQueueDpcForIsr(Interrupt);
    return TRUE;
}
