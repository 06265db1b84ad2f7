#include <ntddk.h>
#include <wdf.h>
/* ParentObject is the sixth member: a positional initializer that reaches it
 * sets it. */

typedef struct _LINK_CONTEXT {
    LIST_ENTRY Link;
} LINK_CONTEXT, *PLINK_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(LINK_CONTEXT, GetLinkContext)

NTSTATUS AddLink(WDFDEVICE Device, WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes = {
        sizeof(WDF_OBJECT_ATTRIBUTES),
        NULL,
        NULL,
        WdfExecutionLevelInheritFromParent,
        WdfSynchronizationScopeInheritFromParent,
        Device, // expect-note context-parent-object {{ParentObject is set here}}
        0,
        WDF_GET_CONTEXT_TYPE_INFO(LINK_CONTEXT),
    };
    PLINK_CONTEXT link;

    return WdfObjectAllocateContext(Object, &attributes, (PVOID *)&link); // expect-warning context-parent-object {{ParentObject}}
}

/* A positional initializer that stops before ParentObject leaves it zero. */
NTSTATUS AddLinkShort(WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes = {sizeof(WDF_OBJECT_ATTRIBUTES), NULL, NULL,
                                        WdfExecutionLevelInheritFromParent,
                                        WdfSynchronizationScopeInheritFromParent};
    PLINK_CONTEXT link;

    attributes.ContextTypeInfo = WDF_GET_CONTEXT_TYPE_INFO(LINK_CONTEXT);
    return WdfObjectAllocateContext(Object, &attributes, (PVOID *)&link);
}

/* A positional NULL in ParentObject's place is not a parent. */
NTSTATUS AddLinkNullParent(WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes = {sizeof(WDF_OBJECT_ATTRIBUTES), NULL, NULL,
                                        WdfExecutionLevelInheritFromParent,
                                        WdfSynchronizationScopeInheritFromParent,
                                        NULL, 0, WDF_GET_CONTEXT_TYPE_INFO(LINK_CONTEXT)};
    PLINK_CONTEXT link;

    return WdfObjectAllocateContext(Object, &attributes, (PVOID *)&link);
}
