#include <ntddk.h>
#include <wdf.h>
/* Initialising the attributes first does not help when ParentObject is set
 * afterwards; neither does setting the context type later, which leaves the
 * other members alone. */

typedef struct _POWER_CONTEXT {
    BOOLEAN Armed;
} POWER_CONTEXT, *PPOWER_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(POWER_CONTEXT, GetPowerContext)

NTSTATUS AddPowerContext(WDFDEVICE Device)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PPOWER_CONTEXT power;

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = Device; // expect-note context-parent-object {{ParentObject is set here}}
    WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(&attributes, POWER_CONTEXT);
    return WdfObjectAllocateContext(Device, &attributes, (PVOID *)&power); // expect-warning context-parent-object {{ParentObject}}
}

/* The parent is whatever WdfIoQueueGetDevice returns: still a parent. */
NTSTATUS AddQueuePowerContext(WDFQUEUE Queue)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PPOWER_CONTEXT power;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, POWER_CONTEXT);
    attributes.ParentObject = WdfIoQueueGetDevice(Queue); // expect-note context-parent-object {{ParentObject is set here}}
    return WdfObjectAllocateContext(Queue, &attributes, (PVOID *)&power); // expect-warning context-parent-object {{ParentObject}}
}

/* Cleared, then set again: the last assignment counts. */
NTSTATUS AddPowerContextAgain(WDFDEVICE Device)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PPOWER_CONTEXT power;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, POWER_CONTEXT);
    attributes.ParentObject = NULL;
    attributes.ParentObject = Device; // expect-note context-parent-object {{ParentObject is set here}}
    return WdfObjectAllocateContext(Device, &attributes, (PVOID *)&power); // expect-warning context-parent-object {{ParentObject}}
}
