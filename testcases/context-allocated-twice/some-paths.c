#include <ntddk.h>
#include <wdf.h>
// expect-no-diagnostics
/* The first context is there on some paths only, or the type differs
 * between paths: not reported. */

typedef struct _FILE_CONTEXT {
    ULONG Opens;
} FILE_CONTEXT, *PFILE_CONTEXT;

typedef struct _FILE_EXTRA {
    ULONG Flags;
} FILE_EXTRA, *PFILE_EXTRA;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(FILE_CONTEXT, GetFileContext)
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(FILE_EXTRA, GetFileExtra)

NTSTATUS AllocatedOnOneBranch(WDFOBJECT Object, BOOLEAN Early)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PVOID context;
    NTSTATUS status;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, FILE_CONTEXT);
    if (Early) {
        status = WdfObjectAllocateContext(Object, &attributes, &context);
        if (!NT_SUCCESS(status)) {
            return status;
        }
    }
    return WdfObjectAllocateContext(Object, &attributes, &context);
}

NTSTATUS TypeDiffersByBranch(WDFOBJECT Object, BOOLEAN Extra)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PVOID context;
    NTSTATUS status;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, FILE_CONTEXT);
    status = WdfObjectAllocateContext(Object, &attributes, &context);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    if (Extra) {
        WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(&attributes, FILE_EXTRA);
    }
    return WdfObjectAllocateContext(Object, &attributes, &context);
}

/* One allocation per iteration, each on another object. */
NTSTATUS OnePerObject(WDFOBJECT *Objects, ULONG Count)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PVOID context;
    NTSTATUS status = STATUS_SUCCESS;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, FILE_CONTEXT);
    for (ULONG i = 0; i < Count && NT_SUCCESS(status); i++) {
        WDFOBJECT object = Objects[i];
        status = WdfObjectAllocateContext(object, &attributes, &context);
    }
    return status;
}

/* Created without attributes: no context yet. */
NTSTATUS CreatedWithoutContext(WDFDEVICE Device)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDFCOLLECTION collection;
    PVOID context;
    NTSTATUS status;

    status = WdfCollectionCreate(WDF_NO_OBJECT_ATTRIBUTES, &collection);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, FILE_CONTEXT);
    attributes.ParentObject = NULL;
    status = WdfObjectAllocateContext(collection, &attributes, &context);
    UNREFERENCED_PARAMETER(Device);
    return status;
}

/* A retry after the first call failed: that one attached nothing. */
NTSTATUS RetryAfterFailure(WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PVOID context;
    NTSTATUS status;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, FILE_CONTEXT);
    status = WdfObjectAllocateContext(Object, &attributes, &context);
    if (!NT_SUCCESS(status)) {
        status = WdfObjectAllocateContext(Object, &attributes, &context);
    }
    return status;
}

NTSTATUS RetryUnlessSuccess(WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PVOID context;
    NTSTATUS status;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, FILE_CONTEXT);
    NTSTATUS first = WdfObjectAllocateContext(Object, &attributes, &context);
    if (first != STATUS_SUCCESS) {
        status = WdfObjectAllocateContext(Object, &attributes, &context);
        return status;
    }
    return first;
}
