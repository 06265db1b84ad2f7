#include <ntddk.h>
#include <wdf.h>
/* ParentObject is set by a designated initializer. */

typedef struct _CHANNEL_CONTEXT {
    ULONG Channel;
} CHANNEL_CONTEXT, *PCHANNEL_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(CHANNEL_CONTEXT, GetChannelContext)

NTSTATUS AddChannel(WDFDEVICE Device, WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes = {
        .Size = sizeof(WDF_OBJECT_ATTRIBUTES),
        .ExecutionLevel = WdfExecutionLevelInheritFromParent,
        .SynchronizationScope = WdfSynchronizationScopeInheritFromParent,
        .ParentObject = Device, // expect-note context-parent-object {{ParentObject is set here}}
        .ContextTypeInfo = WDF_GET_CONTEXT_TYPE_INFO(CHANNEL_CONTEXT),
    };
    PCHANNEL_CONTEXT channel;

    return WdfObjectAllocateContext(Object, &attributes, (PVOID *)&channel); // expect-warning context-parent-object {{ParentObject}}
}

/* The designator alone, everything else zero. */
NTSTATUS AddChannelShort(WDFDEVICE Device, WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes = {.ParentObject = Device}; // expect-note context-parent-object {{ParentObject is set here}}
    PCHANNEL_CONTEXT channel;

    attributes.Size = sizeof(attributes);
    attributes.ContextTypeInfo = WDF_GET_CONTEXT_TYPE_INFO(CHANNEL_CONTEXT);
    return WdfObjectAllocateContext(Object, &attributes, (PVOID *)&channel); // expect-warning context-parent-object {{ParentObject}}
}
