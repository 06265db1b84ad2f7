#include <ntddk.h>
#include <wdf.h>
/* ParentObject is set through a pointer to the attributes variable. */

typedef struct _BUFFER_CONTEXT {
    WDFMEMORY Memory;
} BUFFER_CONTEXT, *PBUFFER_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(BUFFER_CONTEXT, GetBufferContext)

/* Set through the pointer, allocated with the variable. */
NTSTATUS AttachThroughPointer(WDFDEVICE Device, WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PWDF_OBJECT_ATTRIBUTES p = &attributes;
    PBUFFER_CONTEXT context;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(p, BUFFER_CONTEXT);
    p->ParentObject = Device; // expect-note context-parent-object {{ParentObject is set here}}
    return WdfObjectAllocateContext(Object, &attributes, (PVOID *)&context); // expect-warning context-parent-object {{ParentObject}}
}

/* Set through the variable, allocated with the pointer. */
NTSTATUS AllocateThroughPointer(WDFDEVICE Device, WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PWDF_OBJECT_ATTRIBUTES p;
    PBUFFER_CONTEXT context;

    p = &attributes;
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, BUFFER_CONTEXT);
    attributes.ParentObject = Device; // expect-note context-parent-object {{ParentObject is set here}}
    return WdfObjectAllocateContext(Object, p, (PVOID *)&context); // expect-warning context-parent-object {{ParentObject}}
}

/* Attributes received through a pointer parameter. */
NTSTATUS AllocateWithCallerAttributes(WDFDEVICE Device, WDFOBJECT Object, PWDF_OBJECT_ATTRIBUTES Attributes)
{
    PVOID context;

    Attributes->ParentObject = Device; // expect-note context-parent-object {{ParentObject is set here}}
    return WdfObjectAllocateContext(Object, Attributes, &context); // expect-warning context-parent-object {{ParentObject}}
}
