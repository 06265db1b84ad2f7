/* The deferred routines run at PASSIVE_LEVEL: silent. */
#include "worker.h"

VOID WorkerCloseLog(PDEVICE_OBJECT DeviceObject, PVOID Context)
{
    PWORKER_CONTEXT context = (PWORKER_CONTEXT)Context;

    UNREFERENCED_PARAMETER(DeviceObject);
    if (context->OldLog != NULL) {
        ZwClose(context->OldLog);
        context->OldLog = NULL;
    }
}

VOID WorkerRefresh(PVOID Parameter)
{
    PWORKER_CONTEXT context = (PWORKER_CONTEXT)Parameter;
    HANDLE directory;

    if (NT_SUCCESS(IoGetDriverDirectory(context->Device->DriverObject, DriverDirectoryData, 0, &directory)))
        ZwClose(directory);
}

VOID WorkerThreadMain(PVOID StartContext)
{
    PWORKER_CONTEXT context = (PWORKER_CONTEXT)StartContext;
    LARGE_INTEGER interval;
    HANDLE directory;

    interval.QuadPart = -10 * 1000 * 1000;
    while (!context->Stop) {
        KeWaitForSingleObject(&context->Wake, Executive, KernelMode, FALSE, NULL);
        KeDelayExecutionThread(KernelMode, FALSE, &interval);
        if (NT_SUCCESS(IoGetDriverDirectory(context->Device->DriverObject, DriverDirectoryImage, 0, &directory)))
            ZwClose(directory);
    }
    PsTerminateSystemThread(STATUS_SUCCESS);
}
