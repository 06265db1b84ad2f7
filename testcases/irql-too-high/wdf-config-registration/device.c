/* Creates the framework objects: each callback is registered through its
 * config structure's _INIT function or by assigning the config member. */
#include "sample.h"

NTSTATUS SampleCreateObjects(WDFDEVICE Device)
{
    PSAMPLE_CONTEXT context = SampleGetContext(Device);
    WDF_DPC_CONFIG dpcConfig;
    WDF_DPC_CONFIG flushConfig;
    WDF_TIMER_CONFIG timerConfig;
    WDF_WORKITEM_CONFIG workItemConfig;
    WDF_IO_QUEUE_CONFIG queueConfig;
    WDF_INTERRUPT_CONFIG interruptConfig;
    WDF_OBJECT_ATTRIBUTES attributes;
    NTSTATUS status;

    status = WdfWaitLockCreate(WDF_NO_OBJECT_ATTRIBUTES, &context->StateLock);
    if (!NT_SUCCESS(status))
        return status;
    status = WdfSpinLockCreate(WDF_NO_OBJECT_ATTRIBUTES, &context->CountLock);
    if (!NT_SUCCESS(status))
        return status;

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = Device;

    WDF_DPC_CONFIG_INIT(&dpcConfig, SampleCompletionDpc); // expect-note irql-too-high {{'SampleCompletionDpc' is registered as a KMDF DPC callback (EVT_WDF_DPC) here, which runs at DISPATCH_LEVEL}}
    status = WdfDpcCreate(&dpcConfig, &attributes, &context->CompletionDpc);
    if (!NT_SUCCESS(status))
        return status;

    RtlZeroMemory(&flushConfig, sizeof(flushConfig));
    flushConfig.Size = sizeof(flushConfig);
    flushConfig.EvtDpcFunc = SampleFlushDpc; // expect-note irql-too-high {{'SampleFlushDpc' is registered as a KMDF DPC callback (EVT_WDF_DPC) here, which runs at DISPATCH_LEVEL}}
    flushConfig.AutomaticSerialization = TRUE;
    status = WdfDpcCreate(&flushConfig, &attributes, &context->FlushDpc);
    if (!NT_SUCCESS(status))
        return status;

    WDF_TIMER_CONFIG_INIT(&timerConfig, SamplePollTimer); // expect-note irql-too-high {{'SamplePollTimer' is registered as a KMDF timer callback (EVT_WDF_TIMER) here, which may run at DISPATCH_LEVEL}}
    status = WdfTimerCreate(&timerConfig, &attributes, &context->PollTimer);
    if (!NT_SUCCESS(status))
        return status;

    WDF_WORKITEM_CONFIG_INIT(&workItemConfig, SampleRefreshWorkItem);
    status = WdfWorkItemCreate(&workItemConfig, &attributes, &context->RefreshItem);
    if (!NT_SUCCESS(status))
        return status;

    // expect-note@+2 irql-too-high {{'SampleInterruptIsr' is registered as a KMDF interrupt service routine (EVT_WDF_INTERRUPT_ISR) here, which runs at DIRQL}}
    // expect-note@+1 irql-too-high {{'SampleInterruptDpc' is registered as a KMDF interrupt DPC callback (EVT_WDF_INTERRUPT_DPC) here, which runs at DISPATCH_LEVEL}}
    WDF_INTERRUPT_CONFIG_INIT(&interruptConfig, SampleInterruptIsr, SampleInterruptDpc);
    status = WdfInterruptCreate(Device, &interruptConfig, WDF_NO_OBJECT_ATTRIBUTES, &context->Interrupt);
    if (!NT_SUCCESS(status))
        return status;

    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, WdfIoQueueDispatchParallel);
    queueConfig.EvtIoDeviceControl = SampleIoDeviceControl; // expect-note irql-too-high {{'SampleIoDeviceControl' is registered as a KMDF I/O queue device control request handler (EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL) here, which may run at DISPATCH_LEVEL}}
    return WdfIoQueueCreate(Device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, WDF_NO_HANDLE);
}
