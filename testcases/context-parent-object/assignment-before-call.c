#include <ntddk.h>
#include <wdf.h>
/* ParentObject is assigned on the attributes variable itself, then the same
 * variable is passed to WdfObjectAllocateContext. */

typedef struct _STATISTICS_CONTEXT {
    ULONG Reads;
    ULONG Writes;
} STATISTICS_CONTEXT, *PSTATISTICS_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(STATISTICS_CONTEXT, GetStatisticsContext)

NTSTATUS AddStatistics(WDFDEVICE Device, WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PSTATISTICS_CONTEXT statistics;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, STATISTICS_CONTEXT);
    attributes.ParentObject = Device; // expect-note context-parent-object {{ParentObject is set here}}
    return WdfObjectAllocateContext(Object, &attributes, (PVOID *)&statistics); // expect-warning context-parent-object {{STATUS_WDF_PARENT_ASSIGNMENT_NOT_ALLOWED}}
}

/* The finding is on the attributes argument when the call spans lines. */
NTSTATUS AddStatisticsSpread(WDFDEVICE Device, WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PSTATISTICS_CONTEXT statistics;
    NTSTATUS status;

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(&attributes, STATISTICS_CONTEXT);
    attributes.ParentObject = (WDFOBJECT)Device; // expect-note context-parent-object {{ParentObject is set here}}
    status = WdfObjectAllocateContext(Object,
                                      &attributes, // expect-warning context-parent-object {{'WdfObjectAllocateContext'}}
                                      (PVOID *)&statistics);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    statistics->Reads = 0;
    return STATUS_SUCCESS;
}
