#include <ntddk.h>
#include <wdf.h>
// expect-no-diagnostics
/* Attributes that carry a context type, or whose type the walk cannot know. */

typedef struct _DEVICE_EXTRA {
    ULONG Flags;
} DEVICE_EXTRA, *PDEVICE_EXTRA;

typedef struct _DEVICE_MORE {
    ULONG Count;
} DEVICE_MORE, *PDEVICE_MORE;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(DEVICE_EXTRA, GetDeviceExtra)
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(DEVICE_MORE, GetDeviceMore)

NTSTATUS InitContextType(WDFDEVICE Device)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PDEVICE_EXTRA extra;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, DEVICE_EXTRA);
    return WdfObjectAllocateContext(Device, &attributes, (PVOID *)&extra);
}

NTSTATUS InitThenSetType(WDFDEVICE Device)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PDEVICE_EXTRA extra;

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ContextSizeOverride = 128;
    WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(&attributes, DEVICE_EXTRA);
    return WdfObjectAllocateContext(Device, &attributes, (PVOID *)&extra);
}

NTSTATUS AssignedTypeInfo(WDFDEVICE Device)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PWDF_OBJECT_ATTRIBUTES p = &attributes;
    PDEVICE_EXTRA extra;

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    p->ContextTypeInfo = WDF_GET_CONTEXT_TYPE_INFO(DEVICE_EXTRA);
    return WdfObjectAllocateContext(Device, &attributes, (PVOID *)&extra);
}

NTSTATUS DesignatedType(WDFDEVICE Device)
{
    WDF_OBJECT_ATTRIBUTES attributes = {
        .Size = sizeof(WDF_OBJECT_ATTRIBUTES),
        .ContextTypeInfo = WDF_GET_CONTEXT_TYPE_INFO(DEVICE_EXTRA),
    };
    PDEVICE_EXTRA extra;

    return WdfObjectAllocateContext(Device, &attributes, (PVOID *)&extra);
}

/* A type on each path, a different one on each. */
NTSTATUS TypePerBranch(WDFDEVICE Device, BOOLEAN More)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PVOID context;

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    if (More) {
        WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(&attributes, DEVICE_MORE);
    } else {
        WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(&attributes, DEVICE_EXTRA);
    }
    return WdfObjectAllocateContext(Device, &attributes, &context);
}

/* The type comes from elsewhere: a variable, the caller, a helper. */
NTSTATUS TypeFromVariable(WDFDEVICE Device, PCWDF_OBJECT_CONTEXT_TYPE_INFO TypeInfo)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PVOID context;

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ContextTypeInfo = TypeInfo;
    return WdfObjectAllocateContext(Device, &attributes, &context);
}

NTSTATUS TypeFromCaller(WDFDEVICE Device, PWDF_OBJECT_ATTRIBUTES Attributes)
{
    PVOID context;

    Attributes->ContextSizeOverride = 64;
    return WdfObjectAllocateContext(Device, Attributes, &context);
}

VOID SetExtraType(PWDF_OBJECT_ATTRIBUTES Attributes);

NTSTATUS TypeFromHelper(WDFDEVICE Device)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PVOID context;

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    SetExtraType(&attributes);
    return WdfObjectAllocateContext(Device, &attributes, &context);
}

/* Not initialised at all: garbage, not a known NULL. */
NTSTATUS Uninitialised(WDFDEVICE Device)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PVOID context;

    attributes.Size = sizeof(attributes);
    return WdfObjectAllocateContext(Device, &attributes, &context);
}

/* A static local keeps what an earlier call left in it. */
NTSTATUS StaticAttributes(WDFDEVICE Device)
{
    static WDF_OBJECT_ATTRIBUTES attributes = {sizeof(WDF_OBJECT_ATTRIBUTES)};
    PVOID context;

    return WdfObjectAllocateContext(Device, &attributes, &context);
}
