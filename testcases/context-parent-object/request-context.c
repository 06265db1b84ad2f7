#include <ntddk.h>
#include <wdf.h>
// expect-no-diagnostics
/* A request context allocated in an I/O callback, the way most drivers do it:
 * fresh attributes, no parent. */

typedef struct _REQUEST_CONTEXT {
    WDFMEMORY InputMemory;
    WDFMEMORY OutputMemory;
} REQUEST_CONTEXT, *PREQUEST_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(REQUEST_CONTEXT, GetRequestContext)

EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL SampleEvtIoDeviceControl;

VOID SampleEvtIoDeviceControl(WDFQUEUE Queue, WDFREQUEST Request, size_t OutputBufferLength,
                              size_t InputBufferLength, ULONG IoControlCode)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PREQUEST_CONTEXT requestContext;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Queue);
    UNREFERENCED_PARAMETER(OutputBufferLength);
    UNREFERENCED_PARAMETER(InputBufferLength);
    UNREFERENCED_PARAMETER(IoControlCode);

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, REQUEST_CONTEXT);
    status = WdfObjectAllocateContext(Request, &attributes, (PVOID *)&requestContext);
    if (!NT_SUCCESS(status)) {
        WdfRequestComplete(Request, status);
        return;
    }
    requestContext->InputMemory = NULL;
    requestContext->OutputMemory = NULL;
    WdfRequestComplete(Request, STATUS_SUCCESS);
}

/* Memory objects created for the request are parented to it; their
 * attributes are a different variable from the context's. */
NTSTATUS AttachBuffers(WDFREQUEST Request, PVOID Buffer, size_t Length)
{
    WDF_OBJECT_ATTRIBUTES memoryAttributes;
    WDF_OBJECT_ATTRIBUTES contextAttributes;
    PREQUEST_CONTEXT requestContext;
    WDFMEMORY memory;
    NTSTATUS status;

    WDF_OBJECT_ATTRIBUTES_INIT(&memoryAttributes);
    memoryAttributes.ParentObject = Request;
    status = WdfMemoryCreatePreallocated(&memoryAttributes, Buffer, Length, &memory);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&contextAttributes, REQUEST_CONTEXT);
    status = WdfObjectAllocateContext(Request, &contextAttributes, (PVOID *)&requestContext);
    if (NT_SUCCESS(status)) {
        requestContext->InputMemory = memory;
    }
    return status;
}
