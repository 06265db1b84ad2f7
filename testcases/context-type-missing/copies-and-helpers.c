#include <ntddk.h>
#include <wdf.h>
/* The missing type followed through copies and through helpers that hand
 * the attributes on to WdfObjectAllocateContext. */

typedef struct _QUEUE_EXTRA {
    LONG Pending;
} QUEUE_EXTRA, *PQUEUE_EXTRA;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(QUEUE_EXTRA, GetQueueExtra)

NTSTATUS CopiedUntyped(WDFQUEUE Queue)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_OBJECT_ATTRIBUTES copy;
    PVOID context;

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes); // expect-note context-type-missing {{ContextTypeInfo is left NULL here}}
    RtlCopyMemory(&copy, &attributes, sizeof(WDF_OBJECT_ATTRIBUTES)); // expect-note context-type-missing {{'attributes' is copied to 'copy' here}}
    return WdfObjectAllocateContext(Queue, &copy, &context); // expect-warning context-type-missing {{attributes '&copy' passed to 'WdfObjectAllocateContext' have no context type}}
}

/* The copy is given a type, or copied from typed attributes. */
NTSTATUS CopiesWithType(WDFQUEUE Queue)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_OBJECT_ATTRIBUTES copy;
    PVOID context;
    NTSTATUS status;

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    copy = attributes;
    WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(&copy, QUEUE_EXTRA);
    status = WdfObjectAllocateContext(Queue, &copy, &context);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(&attributes, QUEUE_EXTRA);
    copy = attributes;
    return WdfObjectAllocateContext(Queue, &copy, &context);
}

static NTSTATUS AddExtra(WDFQUEUE Queue, PWDF_OBJECT_ATTRIBUTES Attributes)
{
    PQUEUE_EXTRA extra;
    NTSTATUS status;

    status = WdfObjectAllocateContext(Queue, Attributes, (PVOID *)&extra); // expect-note context-type-missing {{'AddExtra' passes 'Attributes' to 'WdfObjectAllocateContext' here}}
    if (NT_SUCCESS(status)) {
        extra->Pending = 0;
    }
    return status;
}

NTSTATUS UntypedToHelper(WDFQUEUE Queue)
{
    WDF_OBJECT_ATTRIBUTES attributes;

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes); // expect-note context-type-missing {{ContextTypeInfo is left NULL here}}
    attributes.ExecutionLevel = WdfExecutionLevelPassive;
    return AddExtra(Queue, &attributes); // expect-warning context-type-missing {{attributes '&attributes' passed to 'AddExtra' have no context type, and 'AddExtra' passes them on to 'WdfObjectAllocateContext', which fails with STATUS_OBJECT_NAME_INVALID}}
}

NTSTATUS TypedToHelper(WDFQUEUE Queue)
{
    WDF_OBJECT_ATTRIBUTES attributes;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, QUEUE_EXTRA);
    return AddExtra(Queue, &attributes);
}

/* This helper sets the type itself: what the caller leaves out is fine. */
static NTSTATUS AddTypedExtra(WDFQUEUE Queue, PWDF_OBJECT_ATTRIBUTES Attributes)
{
    PVOID context;

    WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(Attributes, QUEUE_EXTRA);
    return WdfObjectAllocateContext(Queue, Attributes, &context);
}

NTSTATUS UntypedToTypingHelper(WDFQUEUE Queue)
{
    WDF_OBJECT_ATTRIBUTES attributes;

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    return AddTypedExtra(Queue, &attributes);
}
