#include <ntddk.h>
#include <wdf.h>
/* Two WdfObjectAllocateContext calls with the same context type on the
 * same object: the second one allocates nothing. */

typedef struct _REQUEST_CONTEXT {
    WDFMEMORY Buffer;
} REQUEST_CONTEXT, *PREQUEST_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(REQUEST_CONTEXT, GetRequestContext)

/* The same attributes, reused. */
NTSTATUS SameAttributes(WDFREQUEST Request)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PREQUEST_CONTEXT first;
    PREQUEST_CONTEXT second;
    NTSTATUS status;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, REQUEST_CONTEXT); // expect-note context-allocated-twice {{context type 'REQUEST_CONTEXT' is set here}}
    status = WdfObjectAllocateContext(Request, &attributes, (PVOID *)&first); // expect-note context-allocated-twice {{'WdfObjectAllocateContext' gives 'Request' a context of type 'REQUEST_CONTEXT' here}}
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = WdfObjectAllocateContext(Request, &attributes, (PVOID *)&second); // expect-warning context-allocated-twice {{'Request' already has a context of type 'REQUEST_CONTEXT'}}
    return status;
}

/* Other attributes, the same type; the object through a cast. */
EVT_WDF_OBJECT_CONTEXT_CLEANUP SampleBufferCleanup;

VOID SampleBufferCleanup(WDFOBJECT Object)
{
    UNREFERENCED_PARAMETER(Object);
}

NTSTATUS OtherAttributes(WDFREQUEST Request)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_OBJECT_ATTRIBUTES withCleanup;
    PVOID context;
    NTSTATUS status;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, REQUEST_CONTEXT); // expect-note context-allocated-twice {{context type 'REQUEST_CONTEXT' is set here}}
    status = WdfObjectAllocateContext((WDFOBJECT)Request, &attributes, &context); // expect-note context-allocated-twice {{gives 'Request' a context of type 'REQUEST_CONTEXT' here}}
    if (!NT_SUCCESS(status)) {
        return status;
    }
    withCleanup = attributes; // expect-note context-allocated-twice {{'attributes' is copied to 'withCleanup' here}}
    withCleanup.EvtCleanupCallback = SampleBufferCleanup;
    return WdfObjectAllocateContext(Request, &withCleanup, &context); // expect-warning context-allocated-twice {{'Request' already has a context of type 'REQUEST_CONTEXT'}}
}

/* Allocated on every path before, by two different calls. */
NTSTATUS AllocatedOnBothBranches(WDFREQUEST Request, BOOLEAN Large)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PVOID context;
    NTSTATUS status;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, REQUEST_CONTEXT); // expect-note context-allocated-twice {{context type 'REQUEST_CONTEXT' is set here}}
    if (Large) {
        attributes.ContextSizeOverride = 4096;
        status = WdfObjectAllocateContext(Request, &attributes, &context); // expect-note context-allocated-twice {{gives 'Request' a context}}
    } else {
        status = WdfObjectAllocateContext(Request, &attributes, &context); // expect-note context-allocated-twice {{gives 'Request' a context}}
    }
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return WdfObjectAllocateContext(Request, &attributes, &context); // expect-warning context-allocated-twice {{'Request' already has}}
}

/* The second call on the success branch of the first. */
NTSTATUS OnSuccessBranch(WDFREQUEST Request)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PVOID context;
    NTSTATUS status;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, REQUEST_CONTEXT); // expect-note context-allocated-twice {{context type 'REQUEST_CONTEXT' is set here}}
    status = WdfObjectAllocateContext(Request, &attributes, &context); // expect-note context-allocated-twice {{gives 'Request' a context}}
    if (NT_SUCCESS(status)) {
        status = WdfObjectAllocateContext(Request, &attributes, &context); // expect-warning context-allocated-twice {{'Request' already has}}
    }
    return status;
}
