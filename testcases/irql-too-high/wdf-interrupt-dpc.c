/* A KMDF interrupt DPC runs at DISPATCH_LEVEL. */
#include <ntddk.h>
#include <wdf.h>

static WDFWAITLOCK ConfigLock;

EVT_WDF_INTERRUPT_DPC DeviceEvtDpc; // expect-note irql-too-high {{'DeviceEvtDpc' is a KMDF interrupt DPC callback (EVT_WDF_INTERRUPT_DPC), which runs at DISPATCH_LEVEL}}

VOID DeviceEvtDpc(WDFINTERRUPT Interrupt, WDFOBJECT AssociatedObject)
{
    UNREFERENCED_PARAMETER(Interrupt);
    UNREFERENCED_PARAMETER(AssociatedObject);
    WdfWaitLockAcquire(ConfigLock, NULL); // expect-warning irql-too-high {{the IRQL here is DISPATCH_LEVEL}}
    // expect-note@-1 irql-too-high {{'WdfWaitLockAcquire' allows at most PASSIVE_LEVEL when 'Timeout' is NULL}}
    WdfWaitLockRelease(ConfigLock);
}
