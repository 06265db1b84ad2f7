#include <ntddk.h>
#include <wdf.h>
/* ParentObject is set on every path that reaches the call. */

typedef struct _ENDPOINT_CONTEXT {
    UCHAR Address;
} ENDPOINT_CONTEXT, *PENDPOINT_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(ENDPOINT_CONTEXT, GetEndpointContext)

/* Both branches set it (to different parents). */
NTSTATUS AddEndpoint(WDFDEVICE Device, WDFQUEUE Queue, WDFOBJECT Object, BOOLEAN UseQueue)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PENDPOINT_CONTEXT endpoint;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, ENDPOINT_CONTEXT);
    if (UseQueue) {
        attributes.ParentObject = Queue; // expect-note context-parent-object {{ParentObject is set here}}
    } else {
        attributes.ParentObject = Device; // expect-note context-parent-object {{ParentObject is set here}}
    }
    return WdfObjectAllocateContext(Object, &attributes, (PVOID *)&endpoint); // expect-warning context-parent-object {{ParentObject}}
}

/* The path on which the set is skipped leaves the function early. */
NTSTATUS AddEndpointAfterCheck(WDFDEVICE Device, WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PENDPOINT_CONTEXT endpoint;

    if (Object == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, ENDPOINT_CONTEXT);
    attributes.ParentObject = Device; // expect-note context-parent-object {{ParentObject is set here}}
    if (Device == NULL) {
        return STATUS_INVALID_DEVICE_STATE;
    }
    return WdfObjectAllocateContext(Object, &attributes, (PVOID *)&endpoint); // expect-warning context-parent-object {{ParentObject}}
}

/* Inside a loop body, before the call in the same iteration. */
NTSTATUS AddEndpoints(WDFDEVICE Device, WDFOBJECT *Objects, ULONG Count)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PENDPOINT_CONTEXT endpoint;
    NTSTATUS status = STATUS_SUCCESS;

    for (ULONG i = 0; i < Count; i++) {
        WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, ENDPOINT_CONTEXT);
        attributes.ParentObject = Device; // expect-note context-parent-object {{ParentObject is set here}}
        status = WdfObjectAllocateContext(Objects[i], &attributes, (PVOID *)&endpoint); // expect-warning context-parent-object {{ParentObject}}
        if (!NT_SUCCESS(status)) {
            break;
        }
        endpoint->Address = (UCHAR)i;
    }
    return status;
}
