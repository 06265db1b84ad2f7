#include <ntddk.h>
#include <wdf.h>
/* Pointers to attributes: a local pointer to a parameter's attributes, a
 * pointer moved to other attributes, and attributes the driver's code may
 * change behind the walk's back. */

typedef struct _LINK_CONTEXT {
    ULONG Speed;
} LINK_CONTEXT, *PLINK_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(LINK_CONTEXT, GetLinkContext)

/* A local pointer to what the parameter points to. */
NTSTATUS LocalPointerToParameter(WDFDEVICE Device, WDFOBJECT Object, PWDF_OBJECT_ATTRIBUTES Attributes)
{
    PWDF_OBJECT_ATTRIBUTES p = Attributes;
    PVOID context;

    p->ParentObject = Device; // expect-note context-parent-object {{ParentObject is set here}}
    return WdfObjectAllocateContext(Object, Attributes, &context); // expect-warning context-parent-object {{attributes 'Attributes' passed to 'WdfObjectAllocateContext' have ParentObject set}}
}

/* The pointer moves to other attributes after the set: re-initialising
 * through it leaves the first ones as they were. */
NTSTATUS PointerMovedAfterSet(WDFDEVICE Device, WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_OBJECT_ATTRIBUTES other;
    PWDF_OBJECT_ATTRIBUTES p = &attributes;
    PVOID context;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(p, LINK_CONTEXT);
    p->ParentObject = Device; // expect-note context-parent-object {{ParentObject is set here}}
    p = &other;
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(p, LINK_CONTEXT);
    return WdfObjectAllocateContext(Object, &attributes, &context); // expect-warning context-parent-object {{'&attributes'}}
}

/* The pointer is set on one path only: re-initialising through it may or
 * may not reach the attributes. */
NTSTATUS PointerOnOnePath(WDFDEVICE Device, WDFOBJECT Object, BOOLEAN Reset)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_OBJECT_ATTRIBUTES other;
    PWDF_OBJECT_ATTRIBUTES p = &other;
    PVOID context;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, LINK_CONTEXT);
    attributes.ParentObject = Device;
    if (Reset) {
        p = &attributes;
    }
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(p, LINK_CONTEXT);
    return WdfObjectAllocateContext(Object, &attributes, &context);
}

/* Global attributes: any of the driver's functions may change them. */
WDF_OBJECT_ATTRIBUTES SharedAttributes;

VOID ResetSharedAttributes(VOID);

NTSTATUS GlobalSetThenHelper(WDFDEVICE Device, WDFOBJECT Object)
{
    PVOID context;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&SharedAttributes, LINK_CONTEXT);
    SharedAttributes.ParentObject = Device;
    ResetSharedAttributes();
    return WdfObjectAllocateContext(Object, &SharedAttributes, &context);
}

NTSTATUS GlobalSet(WDFDEVICE Device, WDFOBJECT Object)
{
    PVOID context;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&SharedAttributes, LINK_CONTEXT);
    SharedAttributes.ParentObject = Device; // expect-note context-parent-object {{ParentObject is set here}}
    return WdfObjectAllocateContext(Object, &SharedAttributes, &context); // expect-warning context-parent-object {{'&SharedAttributes'}}
}

/* The member's address handed to the driver's code: it may be cleared. */
VOID ClearHandle(WDFOBJECT *Handle);

NTSTATUS MemberAddressPassed(WDFDEVICE Device, WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PVOID context;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, LINK_CONTEXT);
    attributes.ParentObject = Device;
    ClearHandle(&attributes.ParentObject);
    return WdfObjectAllocateContext(Object, &attributes, &context);
}
