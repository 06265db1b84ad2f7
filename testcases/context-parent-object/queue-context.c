#include <ntddk.h>
#include <wdf.h>
// expect-no-diagnostics
/* A queue created with its own context, a lock parented to the queue, and a
 * second context allocated on the queue afterwards. */

typedef struct _QUEUE_CONTEXT {
    WDFSPINLOCK Lock;
    WDFREQUEST CurrentRequest;
} QUEUE_CONTEXT, *PQUEUE_CONTEXT;

typedef struct _QUEUE_COUNTERS {
    LONG Pending;
} QUEUE_COUNTERS, *PQUEUE_COUNTERS;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(QUEUE_CONTEXT, GetQueueContext)
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(QUEUE_COUNTERS, GetQueueCounters)

EVT_WDF_IO_QUEUE_IO_READ SampleEvtIoRead;

VOID SampleEvtIoRead(WDFQUEUE Queue, WDFREQUEST Request, size_t Length)
{
    UNREFERENCED_PARAMETER(Length);
    InterlockedIncrement(&GetQueueCounters(Queue)->Pending);
    WdfRequestComplete(Request, STATUS_SUCCESS);
}

NTSTATUS CreateReadQueue(WDFDEVICE Device)
{
    WDF_IO_QUEUE_CONFIG queueConfig;
    WDF_OBJECT_ATTRIBUTES queueAttributes;
    WDF_OBJECT_ATTRIBUTES lockAttributes;
    WDF_OBJECT_ATTRIBUTES countersAttributes;
    PQUEUE_CONTEXT queueContext;
    PQUEUE_COUNTERS counters;
    WDFQUEUE queue;
    NTSTATUS status;

    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, WdfIoQueueDispatchSequential);
    queueConfig.EvtIoRead = SampleEvtIoRead;
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&queueAttributes, QUEUE_CONTEXT);
    status = WdfIoQueueCreate(Device, &queueConfig, &queueAttributes, &queue);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    queueContext = GetQueueContext(queue);

    WDF_OBJECT_ATTRIBUTES_INIT(&lockAttributes);
    lockAttributes.ParentObject = queue;
    status = WdfSpinLockCreate(&lockAttributes, &queueContext->Lock);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&countersAttributes, QUEUE_COUNTERS);
    status = WdfObjectAllocateContext(queue, &countersAttributes, (PVOID *)&counters);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    counters->Pending = 0;
    return STATUS_SUCCESS;
}
