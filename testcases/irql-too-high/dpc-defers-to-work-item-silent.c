/* A DPC that defers the PASSIVE_LEVEL work to a work item: the real fix
 * for dpc-role-type.c.  Silent. */
#include <ntddk.h>

typedef struct _DEFER_CONTEXT {
    PIO_WORKITEM WorkItem;
    PDRIVER_OBJECT Driver;
} DEFER_CONTEXT, *PDEFER_CONTEXT;

IO_WORKITEM_ROUTINE OpenDirectoryWorker;
KDEFERRED_ROUTINE DeferDpc;

_IRQL_requires_(PASSIVE_LEVEL)
VOID OpenDirectoryWorker(PDEVICE_OBJECT DeviceObject, PVOID Context)
{
    PDEFER_CONTEXT defer = (PDEFER_CONTEXT)Context;
    HANDLE directory;

    UNREFERENCED_PARAMETER(DeviceObject);
    if (NT_SUCCESS(IoGetDriverDirectory(defer->Driver, DriverDirectoryData, 0, &directory)))
        ZwClose(directory);
}

VOID DeferDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PDEFER_CONTEXT defer = (PDEFER_CONTEXT)DeferredContext;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);
    IoQueueWorkItem(defer->WorkItem, OpenDirectoryWorker, DelayedWorkQueue, defer);
}

// expect-no-diagnostics
