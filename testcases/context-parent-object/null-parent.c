#include <ntddk.h>
#include <wdf.h>
// expect-no-diagnostics
/* ParentObject set to NULL or WDF_NO_HANDLE is no parent at all. */

typedef struct _CACHE_CONTEXT {
    ULONG Hits;
} CACHE_CONTEXT, *PCACHE_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(CACHE_CONTEXT, GetCacheContext)

NTSTATUS ExplicitNull(WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PCACHE_CONTEXT cache;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, CACHE_CONTEXT);
    attributes.ParentObject = NULL;
    return WdfObjectAllocateContext(Object, &attributes, (PVOID *)&cache);
}

NTSTATUS NoHandle(WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PCACHE_CONTEXT cache;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, CACHE_CONTEXT);
    attributes.ParentObject = WDF_NO_HANDLE;
    return WdfObjectAllocateContext(Object, &attributes, (PVOID *)&cache);
}

NTSTATUS CastNull(WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PCACHE_CONTEXT cache;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, CACHE_CONTEXT);
    attributes.ParentObject = (WDFOBJECT)NULL;
    return WdfObjectAllocateContext(Object, &attributes, (PVOID *)&cache);
}

/* Set for a create call, then cleared before the allocation. */
NTSTATUS ClearedBeforeAllocation(WDFDEVICE Device, WDFOBJECT *Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PCACHE_CONTEXT cache;
    NTSTATUS status;

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = Device;
    status = WdfObjectCreate(&attributes, Object);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    attributes.ParentObject = WDF_NO_HANDLE;
    WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(&attributes, CACHE_CONTEXT);
    return WdfObjectAllocateContext(*Object, &attributes, (PVOID *)&cache);
}

/* Cleared through a pointer. */
NTSTATUS ClearedThroughPointer(WDFDEVICE Device, WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PWDF_OBJECT_ATTRIBUTES p = &attributes;
    PCACHE_CONTEXT cache;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, CACHE_CONTEXT);
    attributes.ParentObject = Device;
    p->ParentObject = NULL;
    return WdfObjectAllocateContext(Object, &attributes, (PVOID *)&cache);
}

/* Initializers that name ParentObject with no parent. */
NTSTATUS DesignatedNull(WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes = {
        .Size = sizeof(WDF_OBJECT_ATTRIBUTES),
        .ParentObject = NULL,
        .ContextTypeInfo = WDF_GET_CONTEXT_TYPE_INFO(CACHE_CONTEXT),
    };
    PCACHE_CONTEXT cache;

    return WdfObjectAllocateContext(Object, &attributes, (PVOID *)&cache);
}

NTSTATUS DesignatedNoHandle(WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes = {.Size = sizeof(attributes), .ParentObject = WDF_NO_HANDLE};
    PCACHE_CONTEXT cache;

    attributes.ContextTypeInfo = WDF_GET_CONTEXT_TYPE_INFO(CACHE_CONTEXT);
    return WdfObjectAllocateContext(Object, &attributes, (PVOID *)&cache);
}

NTSTATUS ZeroInitialized(WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes = {0};
    PCACHE_CONTEXT cache;

    attributes.Size = sizeof(attributes);
    attributes.ContextTypeInfo = WDF_GET_CONTEXT_TYPE_INFO(CACHE_CONTEXT);
    return WdfObjectAllocateContext(Object, &attributes, (PVOID *)&cache);
}
