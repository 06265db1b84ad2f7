#include <ntddk.h>
#include <wdf.h>
// expect-no-diagnostics
/* ParentObject is set on one attributes variable, the context is allocated
 * with another. */

typedef struct _DEVICE_EXTRA {
    ULONG Flags;
} DEVICE_EXTRA, *PDEVICE_EXTRA;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(DEVICE_EXTRA, GetDeviceExtra)

NTSTATUS TwoVariables(WDFDEVICE Device, WDFCOLLECTION *Collection)
{
    WDF_OBJECT_ATTRIBUTES collectionAttributes;
    WDF_OBJECT_ATTRIBUTES extraAttributes;
    PDEVICE_EXTRA extra;
    NTSTATUS status;

    WDF_OBJECT_ATTRIBUTES_INIT(&collectionAttributes);
    collectionAttributes.ParentObject = Device;
    status = WdfCollectionCreate(&collectionAttributes, Collection);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&extraAttributes, DEVICE_EXTRA);
    return WdfObjectAllocateContext(Device, &extraAttributes, (PVOID *)&extra);
}

/* A pointer that pointed at the allocation's attributes is moved to other
 * attributes before ParentObject is set through it. */
NTSTATUS PointerMovedAway(WDFDEVICE Device, WDFCOLLECTION *Collection)
{
    WDF_OBJECT_ATTRIBUTES collectionAttributes;
    WDF_OBJECT_ATTRIBUTES extraAttributes;
    PWDF_OBJECT_ATTRIBUTES p = &extraAttributes;
    PDEVICE_EXTRA extra;
    NTSTATUS status;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(p, DEVICE_EXTRA);
    p = &collectionAttributes;
    WDF_OBJECT_ATTRIBUTES_INIT(p);
    p->ParentObject = Device;
    status = WdfCollectionCreate(p, Collection);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return WdfObjectAllocateContext(Device, &extraAttributes, (PVOID *)&extra);
}

/* Same name, different scopes. */
NTSTATUS Shadowed(WDFDEVICE Device, WDFCOLLECTION *Collection)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PDEVICE_EXTRA extra;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, DEVICE_EXTRA);
    {
        WDF_OBJECT_ATTRIBUTES attributes;
        NTSTATUS status;

        WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
        attributes.ParentObject = Device;
        status = WdfCollectionCreate(&attributes, Collection);
        if (!NT_SUCCESS(status)) {
            return status;
        }
    }
    return WdfObjectAllocateContext(Device, &attributes, (PVOID *)&extra);
}

/* Each function has its own "attributes". */
NTSTATUS CreateParentedCollection(WDFDEVICE Device, WDFCOLLECTION *Collection)
{
    WDF_OBJECT_ATTRIBUTES attributes;

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = Device;
    return WdfCollectionCreate(&attributes, Collection);
}

NTSTATUS AddExtra(WDFDEVICE Device)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PDEVICE_EXTRA extra;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, DEVICE_EXTRA);
    return WdfObjectAllocateContext(Device, &attributes, (PVOID *)&extra);
}
