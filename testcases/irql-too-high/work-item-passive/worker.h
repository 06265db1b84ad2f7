/* A DPC defers its PASSIVE_LEVEL work to an I/O work item and an executive
 * work item, and a system thread does more: those callbacks run at
 * PASSIVE_LEVEL.  Passing a routine to IoQueueWorkItem is not calling it. */
#pragma once
#include <ntddk.h>

typedef struct _WORKER_CONTEXT {
    KDPC Dpc;
    PIO_WORKITEM IoItem;
    WORK_QUEUE_ITEM ExItem;
    PDEVICE_OBJECT Device;
    KEVENT Wake;
    HANDLE OldLog;
    HANDLE Thread;
    BOOLEAN Stop;
} WORKER_CONTEXT, *PWORKER_CONTEXT;

VOID WorkerCloseLog(PDEVICE_OBJECT DeviceObject, PVOID Context);
VOID WorkerRefresh(PVOID Parameter);
VOID WorkerThreadMain(PVOID StartContext);
NTSTATUS WorkerStart(PWORKER_CONTEXT Context);
