#include <ntddk.h>
#include <wdf.h>
// expect-no-diagnostics
/* ParentObject set on only one branch: the paths join before the call, and
 * the check stays silent rather than guess which path runs. */

typedef struct _PORT_CONTEXT {
    ULONG Number;
} PORT_CONTEXT, *PPORT_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(PORT_CONTEXT, GetPortContext)

NTSTATUS IfWithoutElse(WDFDEVICE Device, WDFOBJECT Object, BOOLEAN Parented)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PPORT_CONTEXT port;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, PORT_CONTEXT);
    if (Parented) {
        attributes.ParentObject = Device;
    }
    return WdfObjectAllocateContext(Object, &attributes, (PVOID *)&port);
}

NTSTATUS SwitchOneCase(WDFDEVICE Device, WDFOBJECT Object, ULONG Kind)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PPORT_CONTEXT port;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, PORT_CONTEXT);
    switch (Kind) {
    case 1:
        attributes.ParentObject = Device;
        break;
    case 2:
        attributes.ContextSizeOverride = 64;
        break;
    default:
        break;
    }
    return WdfObjectAllocateContext(Object, &attributes, (PVOID *)&port);
}

NTSTATUS SetOnOneBranchClearedOnTheOther(WDFDEVICE Device, WDFOBJECT Object, BOOLEAN Parented)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PPORT_CONTEXT port;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, PORT_CONTEXT);
    if (Parented) {
        attributes.ParentObject = Device;
    } else {
        attributes.ParentObject = NULL;
    }
    return WdfObjectAllocateContext(Object, &attributes, (PVOID *)&port);
}

/* The branch is inside the expression: NULL on one path. */
NTSTATUS ConditionalExpression(WDFDEVICE Device, WDFOBJECT Object, BOOLEAN Parented)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PPORT_CONTEXT port;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, PORT_CONTEXT);
    attributes.ParentObject = Parented ? Device : NULL;
    return WdfObjectAllocateContext(Object, &attributes, (PVOID *)&port);
}

/* Set at the end of a loop body: the first iteration reaches the call
 * without it. */
NTSTATUS SetAfterCallInLoop(WDFDEVICE Device, WDFOBJECT *Objects, ULONG Count)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PPORT_CONTEXT port;
    NTSTATUS status = STATUS_SUCCESS;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, PORT_CONTEXT);
    for (ULONG i = 0; i < Count; i++) {
        status = WdfObjectAllocateContext(Objects[i], &attributes, (PVOID *)&port);
        if (!NT_SUCCESS(status)) {
            break;
        }
        attributes.ParentObject = Device;
    }
    return status;
}
