#include <ntddk.h>
#include <wdf.h>
// expect-no-diagnostics
/* A driver helper that fills in the attributes: what it does to them is not
 * known at the call site, so a ParentObject set before the helper is
 * forgotten. */

typedef struct _WORK_CONTEXT {
    WDFDEVICE Device;
} WORK_CONTEXT, *PWORK_CONTEXT;

typedef struct _WORK_STATISTICS {
    ULONG Runs;
} WORK_STATISTICS, *PWORK_STATISTICS;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(WORK_CONTEXT, GetWorkContext)
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(WORK_STATISTICS, GetWorkStatistics)

static VOID InitStatisticsAttributes(PWDF_OBJECT_ATTRIBUTES Attributes)
{
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(Attributes, WORK_STATISTICS);
    Attributes->ExecutionLevel = WdfExecutionLevelInheritFromParent;
}

static VOID InitWorkAttributes(PWDF_OBJECT_ATTRIBUTES Attributes, WDFDEVICE Device)
{
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(Attributes, WORK_CONTEXT);
    Attributes->ParentObject = Device;
}

EVT_WDF_WORKITEM SampleWorkItem;

VOID SampleWorkItem(WDFWORKITEM WorkItem)
{
    GetWorkStatistics(WorkItem)->Runs++;
}

NTSTATUS CreateWorker(WDFDEVICE Device, WDFWORKITEM *WorkItem)
{
    WDF_WORKITEM_CONFIG config;
    WDF_OBJECT_ATTRIBUTES attributes;
    PWORK_STATISTICS statistics;
    NTSTATUS status;

    WDF_WORKITEM_CONFIG_INIT(&config, SampleWorkItem);
    InitWorkAttributes(&attributes, Device);
    status = WdfWorkItemCreate(&config, &attributes, WorkItem);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    GetWorkContext(*WorkItem)->Device = Device;

    InitStatisticsAttributes(&attributes);
    return WdfObjectAllocateContext(*WorkItem, &attributes, (PVOID *)&statistics);
}

/* ParentObject set in the caller, then the helper re-initialises. */
NTSTATUS CreateWorkerInline(WDFDEVICE Device, WDFWORKITEM *WorkItem)
{
    WDF_WORKITEM_CONFIG config;
    WDF_OBJECT_ATTRIBUTES attributes;
    PWORK_STATISTICS statistics;
    NTSTATUS status;

    WDF_WORKITEM_CONFIG_INIT(&config, SampleWorkItem);
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, WORK_CONTEXT);
    attributes.ParentObject = Device;
    status = WdfWorkItemCreate(&config, &attributes, WorkItem);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    InitStatisticsAttributes(&attributes);
    return WdfObjectAllocateContext(*WorkItem, &attributes, (PVOID *)&statistics);
}
