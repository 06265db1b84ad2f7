#include <ntddk.h>
#include <wdf.h>
/* Attributes initialised without a context type and never given one. */

typedef struct _BUFFER_CONTEXT {
    PVOID Buffer;
} BUFFER_CONTEXT, *PBUFFER_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(BUFFER_CONTEXT, GetBufferContext)

NTSTATUS PlainInit(WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PBUFFER_CONTEXT context;

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes); // expect-note context-type-missing {{ContextTypeInfo is left NULL here}}
    return WdfObjectAllocateContext(Object, &attributes, (PVOID *)&context); // expect-warning context-type-missing {{attributes '&attributes' passed to 'WdfObjectAllocateContext' have no context type; the call fails with STATUS_OBJECT_NAME_INVALID}}
}

/* A size override without a type: the size of what? */
NTSTATUS SizeWithoutType(WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PVOID context;

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes); // expect-note context-type-missing {{ContextTypeInfo is left NULL here}}
    attributes.ContextSizeOverride = 256;
    return WdfObjectAllocateContext(Object, &attributes, &context); // expect-warning context-type-missing {{no context type}}
}

/* Zero-initialised, designated without the type, or positional up to the size. */
NTSTATUS ZeroInitializer(WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes = {0}; // expect-note context-type-missing {{ContextTypeInfo is left NULL here}}
    PVOID context;

    attributes.Size = sizeof(attributes);
    return WdfObjectAllocateContext(Object, &attributes, &context); // expect-warning context-type-missing {{no context type}}
}

NTSTATUS DesignatedWithoutType(WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes = { // expect-note context-type-missing {{ContextTypeInfo is left NULL here}}
        .Size = sizeof(WDF_OBJECT_ATTRIBUTES),
        .ExecutionLevel = WdfExecutionLevelInheritFromParent,
        .SynchronizationScope = WdfSynchronizationScopeInheritFromParent,
        .ContextSizeOverride = 64,
    };
    PVOID context;

    return WdfObjectAllocateContext(Object, &attributes, &context); // expect-warning context-type-missing {{no context type}}
}

NTSTATUS PositionalWithoutType(WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes = {sizeof(WDF_OBJECT_ATTRIBUTES)}; // expect-note context-type-missing {{ContextTypeInfo is left NULL here}}
    PVOID context;

    return WdfObjectAllocateContext(Object, &attributes, &context); // expect-warning context-type-missing {{no context type}}
}

/* Zeroed by hand, then filled in but for the type. */
NTSTATUS ZeroedByHand(WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PVOID context;

    RtlZeroMemory(&attributes, sizeof(attributes)); // expect-note context-type-missing {{ContextTypeInfo is left NULL here}}
    attributes.Size = sizeof(attributes);
    attributes.ExecutionLevel = WdfExecutionLevelInheritFromParent;
    attributes.SynchronizationScope = WdfSynchronizationScopeInheritFromParent;
    return WdfObjectAllocateContext(Object, &attributes, &context); // expect-warning context-type-missing {{no context type}}
}

/* The type assigned NULL, through a pointer. */
NTSTATUS TypeAssignedNull(WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PWDF_OBJECT_ATTRIBUTES p = &attributes;
    PVOID context;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(p, BUFFER_CONTEXT);
    p->ContextTypeInfo = NULL; // expect-note context-type-missing {{ContextTypeInfo is left NULL here}}
    return WdfObjectAllocateContext(Object, p, &context); // expect-warning context-type-missing {{attributes 'p' passed to 'WdfObjectAllocateContext' have no context type}}
}

/* Initialised without a type on every path. */
NTSTATUS EveryPath(WDFOBJECT Object, BOOLEAN Large)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PVOID context;

    if (Large) {
        WDF_OBJECT_ATTRIBUTES_INIT(&attributes); // expect-note context-type-missing {{ContextTypeInfo is left NULL here}}
        attributes.ContextSizeOverride = 4096;
    } else {
        WDF_OBJECT_ATTRIBUTES_INIT(&attributes); // expect-note context-type-missing {{ContextTypeInfo is left NULL here}}
    }
    return WdfObjectAllocateContext(Object, &attributes, &context); // expect-warning context-type-missing {{no context type}}
}
