#include <ntddk.h>
#include <wdf.h>
// expect-no-diagnostics
/* Known limits (see rules/context-parent-object.md): these calls do fail at
 * run time, but the check does not follow attributes copied to another
 * variable or forwarded to a helper yet.  Update the expectations when it
 * does. */

typedef struct _COPY_CONTEXT {
    ULONG Value;
} COPY_CONTEXT, *PCOPY_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(COPY_CONTEXT, GetCopyContext)

NTSTATUS CopiedByAssignment(WDFDEVICE Device, WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_OBJECT_ATTRIBUTES copy;
    PCOPY_CONTEXT context;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, COPY_CONTEXT);
    attributes.ParentObject = Device;
    copy = attributes;
    return WdfObjectAllocateContext(Object, &copy, (PVOID *)&context);
}

NTSTATUS CopiedByRtlCopyMemory(WDFDEVICE Device, WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_OBJECT_ATTRIBUTES copy;
    PCOPY_CONTEXT context;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, COPY_CONTEXT);
    attributes.ParentObject = Device;
    RtlCopyMemory(&copy, &attributes, sizeof(copy));
    return WdfObjectAllocateContext(Object, &copy, (PVOID *)&context);
}

static NTSTATUS AllocateWith(WDFOBJECT Object, PWDF_OBJECT_ATTRIBUTES Attributes, PVOID *Context)
{
    return WdfObjectAllocateContext(Object, Attributes, Context);
}

NTSTATUS ForwardedToHelper(WDFDEVICE Device, WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PVOID context;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, COPY_CONTEXT);
    attributes.ParentObject = Device;
    return AllocateWith(Object, &attributes, &context);
}
