#include <ntddk.h>
#include <wdf.h>
/* A KMDF timer callback "may" run at DISPATCH_LEVEL, unless the timer was
 * created with WdfExecutionLevelPassive.  A callback that asserts
 * PAGED_CODE() says it was; a DPC that asserts it is still a DPC. */

typedef struct _SENSOR_CONTEXT {
    WDFWAITLOCK Lock;
    ULONG Readings;
} SENSOR_CONTEXT, *PSENSOR_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(SENSOR_CONTEXT, GetSensorContext)

EVT_WDF_TIMER PassiveSensorTimer;
EVT_WDF_TIMER DispatchSensorTimer; // expect-note irql-too-high {{'DispatchSensorTimer' is a KMDF timer callback (EVT_WDF_TIMER), which may run at DISPATCH_LEVEL}}
KDEFERRED_ROUTINE PagedDpc; // expect-note irql-too-high {{'PagedDpc' is a DPC routine (KDEFERRED_ROUTINE), which runs at DISPATCH_LEVEL}}

VOID PassiveSensorTimer(WDFTIMER Timer)
{
    PSENSOR_CONTEXT context = GetSensorContext(WdfTimerGetParentObject(Timer));
    PAGED_CODE();
    WdfWaitLockAcquire(context->Lock, NULL);
    context->Readings++;
    WdfWaitLockRelease(context->Lock);
}

VOID DispatchSensorTimer(WDFTIMER Timer)
{
    PSENSOR_CONTEXT context = GetSensorContext(WdfTimerGetParentObject(Timer));
    WdfWaitLockAcquire(context->Lock, NULL); // expect-warning irql-too-high {{'WdfWaitLockAcquire' requires IRQL <= PASSIVE_LEVEL, but the IRQL here may be DISPATCH_LEVEL}}
    // expect-note@-1 irql-too-high {{'WdfWaitLockAcquire' allows at most PASSIVE_LEVEL when 'Timeout' is NULL}}
    context->Readings++;
    WdfWaitLockRelease(context->Lock);
}

VOID PagedDpc(PKDPC Dpc, PVOID Context, PVOID Argument1, PVOID Argument2)
{
    PSENSOR_CONTEXT context = Context;
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Argument1);
    UNREFERENCED_PARAMETER(Argument2);
    PAGED_CODE();
    WdfWaitLockAcquire(context->Lock, NULL); // expect-warning irql-too-high {{'WdfWaitLockAcquire' requires IRQL <= PASSIVE_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
    // expect-note@-1 irql-too-high {{'WdfWaitLockAcquire' allows at most PASSIVE_LEVEL when 'Timeout' is NULL}}
}
