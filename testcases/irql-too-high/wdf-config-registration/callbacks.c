/* The callbacks: a wait lock (PASSIVE_LEVEL only, when it waits without a
 * timeout) in each one; only the work item may take it. */
#include "sample.h"

VOID SampleCompletionDpc(WDFDPC Dpc)
{
    PSAMPLE_CONTEXT context = SampleGetContext(WdfDpcGetParentObject(Dpc));

    /* A spin lock and a work item are fine at DISPATCH_LEVEL. */
    WdfSpinLockAcquire(context->CountLock);
    context->Count++;
    WdfSpinLockRelease(context->CountLock);
    WdfWorkItemEnqueue(context->RefreshItem);

    WdfWaitLockAcquire(context->StateLock, NULL); // expect-warning irql-too-high {{'WdfWaitLockAcquire' requires IRQL <= PASSIVE_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
    // expect-note@-1 irql-too-high {{'WdfWaitLockAcquire' allows at most PASSIVE_LEVEL when 'Timeout' is NULL}}
    WdfWaitLockRelease(context->StateLock);
}

VOID SampleFlushDpc(WDFDPC Dpc)
{
    PSAMPLE_CONTEXT context = SampleGetContext(WdfDpcGetParentObject(Dpc));

    WdfWaitLockAcquire(context->StateLock, NULL); // expect-warning irql-too-high {{'WdfWaitLockAcquire' requires IRQL <= PASSIVE_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
    // expect-note@-1 irql-too-high {{'WdfWaitLockAcquire' allows at most PASSIVE_LEVEL when 'Timeout' is NULL}}
    context->Count = 0;
    WdfWaitLockRelease(context->StateLock);
}

VOID SamplePollTimer(WDFTIMER Timer)
{
    PSAMPLE_CONTEXT context = SampleGetContext(WdfTimerGetParentObject(Timer));
    LONGLONG noWait = 0;

    /* A zero timeout does not wait: allowed at DISPATCH_LEVEL. */
    if (NT_SUCCESS(WdfWaitLockAcquire(context->StateLock, &noWait))) {
        context->Count++;
        WdfWaitLockRelease(context->StateLock);
    }

    WdfWaitLockAcquire(context->StateLock, NULL); // expect-warning irql-too-high {{'WdfWaitLockAcquire' requires IRQL <= PASSIVE_LEVEL, but the IRQL here may be DISPATCH_LEVEL}}
    // expect-note@-1 irql-too-high {{'WdfWaitLockAcquire' allows at most PASSIVE_LEVEL when 'Timeout' is NULL}}
    WdfWaitLockRelease(context->StateLock);
}

VOID SampleIoDeviceControl(WDFQUEUE Queue, WDFREQUEST Request, size_t OutputBufferLength,
                           size_t InputBufferLength, ULONG IoControlCode)
{
    PSAMPLE_CONTEXT context = SampleGetContext(WdfIoQueueGetDevice(Queue));

    UNREFERENCED_PARAMETER(OutputBufferLength);
    UNREFERENCED_PARAMETER(InputBufferLength);
    UNREFERENCED_PARAMETER(IoControlCode);

    WdfWaitLockAcquire(context->StateLock, NULL); // expect-warning irql-too-high {{'WdfWaitLockAcquire' requires IRQL <= PASSIVE_LEVEL, but the IRQL here may be DISPATCH_LEVEL}}
    // expect-note@-1 irql-too-high {{'WdfWaitLockAcquire' allows at most PASSIVE_LEVEL when 'Timeout' is NULL}}
    context->Count++;
    WdfWaitLockRelease(context->StateLock);
    WdfRequestComplete(Request, STATUS_SUCCESS);
}

/* The ISR runs at DIRQL: even a framework spin lock is too high there; it
 * should only queue its DPC. */
BOOLEAN SampleInterruptIsr(WDFINTERRUPT Interrupt, ULONG MessageID)
{
    PSAMPLE_CONTEXT context = SampleGetContext(WdfInterruptGetDevice(Interrupt));

    UNREFERENCED_PARAMETER(MessageID);

    WdfSpinLockAcquire(context->CountLock); // expect-warning irql-too-high {{'WdfSpinLockAcquire' requires IRQL <= DISPATCH_LEVEL, but the IRQL here is DIRQL}}
    context->Count++;
    WdfSpinLockRelease(context->CountLock);
    WdfInterruptQueueDpcForIsr(Interrupt);
    return TRUE;
}

VOID SampleInterruptDpc(WDFINTERRUPT Interrupt, WDFOBJECT AssociatedObject)
{
    PSAMPLE_CONTEXT context = SampleGetContext(WdfInterruptGetDevice(Interrupt));

    UNREFERENCED_PARAMETER(AssociatedObject);

    /* A framework spin lock is fine at DISPATCH_LEVEL, a wait lock is not. */
    WdfSpinLockAcquire(context->CountLock);
    context->Count = 0;
    WdfSpinLockRelease(context->CountLock);
    WdfWaitLockAcquire(context->StateLock, NULL); // expect-warning irql-too-high {{'WdfWaitLockAcquire' requires IRQL <= PASSIVE_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
    // expect-note@-1 irql-too-high {{'WdfWaitLockAcquire' allows at most PASSIVE_LEVEL when 'Timeout' is NULL}}
    WdfWaitLockRelease(context->StateLock);
}

/* A KMDF work item runs at PASSIVE_LEVEL: silent. */
VOID SampleRefreshWorkItem(WDFWORKITEM WorkItem)
{
    PSAMPLE_CONTEXT context = SampleGetContext(WdfWorkItemGetParentObject(WorkItem));

    WdfWaitLockAcquire(context->StateLock, NULL);
    context->Count = 0;
    WdfWaitLockRelease(context->StateLock);
}
