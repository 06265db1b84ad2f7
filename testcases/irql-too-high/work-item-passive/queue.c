/* The DPC queues the work items; the start routine creates the thread. */
#include "worker.h"

KDEFERRED_ROUTINE WorkerDpc; // expect-note irql-too-high {{'WorkerDpc' is a DPC routine (KDEFERRED_ROUTINE), which runs at DISPATCH_LEVEL}}

VOID WorkerDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PWORKER_CONTEXT context = (PWORKER_CONTEXT)DeferredContext;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    /* Deferring is right: silent. */
    IoQueueWorkItem(context->IoItem, WorkerCloseLog, DelayedWorkQueue, context);
    ExInitializeWorkItem(&context->ExItem, WorkerRefresh, context);
    ExQueueWorkItem(&context->ExItem, DelayedWorkQueue);
    KeSetEvent(&context->Wake, IO_NO_INCREMENT, FALSE);

    /* Closing here instead is the mistake the work item avoids. */
    if (context->OldLog != NULL)
        ZwClose(context->OldLog); // expect-warning irql-too-high {{'ZwClose' requires IRQL <= PASSIVE_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
}

NTSTATUS WorkerStart(PWORKER_CONTEXT Context)
{
    Context->IoItem = IoAllocateWorkItem(Context->Device);
    if (Context->IoItem == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    KeInitializeEvent(&Context->Wake, SynchronizationEvent, FALSE);
    KeInitializeDpc(&Context->Dpc, WorkerDpc, Context);
    return PsCreateSystemThread(&Context->Thread, THREAD_ALL_ACCESS, NULL, NULL, NULL, WorkerThreadMain, Context);
}
