#include <ntddk.h>
#include <wdf.h>
/* An object created with attributes of a context type already has a
 * context of that type: WdfObjectAllocateContext with the same type
 * returns STATUS_OBJECT_NAME_EXISTS and allocates nothing. */

typedef struct _DEVICE_CONTEXT {
    WDFTIMER Timer;
    WDFQUEUE Queue;
} DEVICE_CONTEXT, *PDEVICE_CONTEXT;

typedef struct _TIMER_CONTEXT {
    WDFDEVICE Device;
} TIMER_CONTEXT, *PTIMER_CONTEXT;

typedef struct _QUEUE_CONTEXT {
    ULONG Pending;
} QUEUE_CONTEXT, *PQUEUE_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(DEVICE_CONTEXT, GetDeviceContext)
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(TIMER_CONTEXT, GetTimerContext)
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(QUEUE_CONTEXT, GetQueueContext)

EVT_WDF_TIMER SampleTimerFunc;

VOID SampleTimerFunc(WDFTIMER Timer)
{
    UNREFERENCED_PARAMETER(Timer);
}

/* The created handle goes to the caller's variable. */
NTSTATUS TimerThroughOutPointer(WDFDEVICE Device, WDFTIMER *Timer)
{
    WDF_TIMER_CONFIG config;
    WDF_OBJECT_ATTRIBUTES attributes;
    PTIMER_CONTEXT context;
    NTSTATUS status;

    WDF_TIMER_CONFIG_INIT(&config, SampleTimerFunc);
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, TIMER_CONTEXT); // expect-note context-allocated-twice {{context type 'TIMER_CONTEXT' is set here}}
    attributes.ParentObject = Device;
    status = WdfTimerCreate(&config, &attributes, Timer); // expect-note context-allocated-twice {{'WdfTimerCreate' creates '*Timer' with a context of type 'TIMER_CONTEXT' here}}
    if (!NT_SUCCESS(status)) {
        return status;
    }
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, TIMER_CONTEXT); // expect-note context-allocated-twice {{context type 'TIMER_CONTEXT' is set here}}
    return WdfObjectAllocateContext(*Timer, &attributes, (PVOID *)&context); // expect-warning context-allocated-twice {{'*Timer' already has a context of type 'TIMER_CONTEXT': 'WdfObjectAllocateContext' returns STATUS_OBJECT_NAME_EXISTS}}
}

/* The device, created in the same function. */
NTSTATUS DeviceAdd(WDFDRIVER Driver, PWDFDEVICE_INIT DeviceInit)
{
    WDF_OBJECT_ATTRIBUTES deviceAttributes;
    WDF_OBJECT_ATTRIBUTES contextAttributes;
    PDEVICE_CONTEXT context;
    WDFDEVICE device;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(Driver);
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&deviceAttributes, DEVICE_CONTEXT); // expect-note context-allocated-twice {{context type 'DEVICE_CONTEXT' is set here}}
    status = WdfDeviceCreate(&DeviceInit, &deviceAttributes, &device); // expect-note context-allocated-twice {{'WdfDeviceCreate' creates 'device' with a context of type 'DEVICE_CONTEXT' here}}
    if (!NT_SUCCESS(status)) {
        return status;
    }
    WDF_OBJECT_ATTRIBUTES_INIT(&contextAttributes);
    WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(&contextAttributes, DEVICE_CONTEXT); // expect-note context-allocated-twice {{context type 'DEVICE_CONTEXT' is set here}}
    status = WdfObjectAllocateContext(device, &contextAttributes, (PVOID *)&context); // expect-warning context-allocated-twice {{'device' already has a context of type 'DEVICE_CONTEXT'}}
    if (!NT_SUCCESS(status)) {
        return status;
    }
    context->Timer = NULL;
    return STATUS_SUCCESS;
}

/* A queue whose handle is kept in the device context. */
NTSTATUS QueueInDeviceContext(WDFDEVICE Device)
{
    PDEVICE_CONTEXT deviceContext = GetDeviceContext(Device);
    WDF_IO_QUEUE_CONFIG config;
    WDF_OBJECT_ATTRIBUTES attributes;
    PQUEUE_CONTEXT queueContext;
    NTSTATUS status;

    WDF_IO_QUEUE_CONFIG_INIT(&config, WdfIoQueueDispatchManual);
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, QUEUE_CONTEXT); // expect-note context-allocated-twice {{context type 'QUEUE_CONTEXT' is set here}}
    status = WdfIoQueueCreate(Device, &config, &attributes, &deviceContext->Queue); // expect-note context-allocated-twice {{'WdfIoQueueCreate' creates 'deviceContext->Queue' with a context of type 'QUEUE_CONTEXT' here}}
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return WdfObjectAllocateContext(deviceContext->Queue, &attributes, (PVOID *)&queueContext); // expect-warning context-allocated-twice {{'deviceContext->Queue' already has a context of type 'QUEUE_CONTEXT'}}
}

/* An unbraced `if` guards only the WDF_OBJECT_ATTRIBUTES_INIT half of
 * WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE (as with the WDK's macro): the
 * type is set on both paths. */
NTSTATUS UnbracedReinitialisation(WDFDEVICE Device, BOOLEAN Fresh)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PQUEUE_CONTEXT queueContext;
    WDFCOLLECTION collection;
    NTSTATUS status;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, QUEUE_CONTEXT); // expect-note context-allocated-twice {{context type 'QUEUE_CONTEXT' is set here}}
    attributes.ParentObject = Device;
    status = WdfCollectionCreate(&attributes, &collection); // expect-note context-allocated-twice {{'WdfCollectionCreate' creates 'collection'}}
    if (!NT_SUCCESS(status)) {
        return status;
    }
    if (Fresh)
        WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, QUEUE_CONTEXT); // expect-note context-allocated-twice {{context type 'QUEUE_CONTEXT' is set here}}
    return WdfObjectAllocateContext(collection, &attributes, (PVOID *)&queueContext); // expect-warning context-allocated-twice {{'collection' already has a context of type 'QUEUE_CONTEXT'}}
}
