#include "sampledriver.h"

EVT_WDF_IO_QUEUE_IO_READ SampleEvtIoRead;

VOID SampleEvtIoRead(WDFQUEUE Queue, WDFREQUEST Request, size_t Length)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PREQUEST_CONTEXT context;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Queue);
    UNREFERENCED_PARAMETER(Length);
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes); // expect-note context-type-missing {{ContextTypeInfo is left NULL here}}
    status = SampleAttachContext(Request, &attributes, (PVOID *)&context); // expect-warning context-type-missing {{attributes '&attributes' passed to 'SampleAttachContext' have no context type, and 'SampleAttachContext' passes them on to 'WdfObjectAllocateContext'}}
    if (!NT_SUCCESS(status)) {
        WdfRequestComplete(Request, status);
        return;
    }
    context->Buffer = NULL;
    WdfRequestComplete(Request, STATUS_SUCCESS);
}

EVT_WDF_IO_QUEUE_IO_WRITE SampleEvtIoWrite;

VOID SampleEvtIoWrite(WDFQUEUE Queue, WDFREQUEST Request, size_t Length)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PREQUEST_CONTEXT context;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Queue);
    UNREFERENCED_PARAMETER(Length);
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, REQUEST_CONTEXT);
    status = SampleAttachContext(Request, &attributes, (PVOID *)&context);
    WdfRequestComplete(Request, status);
}
