/* A KMDF driver whose callbacks are declared without their role types:
 * the config structures they are registered through say how high the IRQL
 * is when they run. */
#pragma once
#include <ntddk.h>
#include <wdf.h>

typedef struct _SAMPLE_CONTEXT {
    WDFWAITLOCK StateLock;
    WDFSPINLOCK CountLock;
    WDFDPC CompletionDpc;
    WDFDPC FlushDpc;
    WDFTIMER PollTimer;
    WDFWORKITEM RefreshItem;
    WDFINTERRUPT Interrupt;
    ULONG Count;
} SAMPLE_CONTEXT, *PSAMPLE_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(SAMPLE_CONTEXT, SampleGetContext)

VOID SampleCompletionDpc(WDFDPC Dpc);
VOID SampleFlushDpc(WDFDPC Dpc);
VOID SamplePollTimer(WDFTIMER Timer);
VOID SampleRefreshWorkItem(WDFWORKITEM WorkItem);
BOOLEAN SampleInterruptIsr(WDFINTERRUPT Interrupt, ULONG MessageID);
VOID SampleInterruptDpc(WDFINTERRUPT Interrupt, WDFOBJECT AssociatedObject);
VOID SampleIoDeviceControl(WDFQUEUE Queue, WDFREQUEST Request, size_t OutputBufferLength,
                           size_t InputBufferLength, ULONG IoControlCode);
NTSTATUS SampleCreateObjects(WDFDEVICE Device);
