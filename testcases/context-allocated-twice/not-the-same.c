#include <ntddk.h>
#include <wdf.h>
// expect-no-diagnostics
/* Contexts of different types, or objects that cannot be proved the same. */

typedef struct _DEVICE_CONTEXT {
    WDFTIMER Timer;
    WDFTIMER Timers[2];
} DEVICE_CONTEXT, *PDEVICE_CONTEXT;

typedef struct _TIMER_CONTEXT {
    ULONG Ticks;
} TIMER_CONTEXT, *PTIMER_CONTEXT;

typedef struct _TIMER_STATISTICS {
    ULONG Misses;
} TIMER_STATISTICS, *PTIMER_STATISTICS;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(DEVICE_CONTEXT, GetDeviceContext)
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(TIMER_CONTEXT, GetTimerContext)
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(TIMER_STATISTICS, GetTimerStatistics)

EVT_WDF_TIMER SampleTimerFunc;

VOID SampleTimerFunc(WDFTIMER Timer)
{
    UNREFERENCED_PARAMETER(Timer);
}

VOID SampleReplaceTimer(PDEVICE_CONTEXT Context);
VOID SampleLookupTimer(WDFTIMER *Timer);

/* The usual idiom: a second context of another type. */
NTSTATUS AnotherType(WDFDEVICE Device, WDFTIMER *Timer)
{
    WDF_TIMER_CONFIG config;
    WDF_OBJECT_ATTRIBUTES attributes;
    PTIMER_STATISTICS statistics;
    NTSTATUS status;

    WDF_TIMER_CONFIG_INIT(&config, SampleTimerFunc);
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, TIMER_CONTEXT);
    attributes.ParentObject = Device;
    status = WdfTimerCreate(&config, &attributes, Timer);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, TIMER_STATISTICS);
    return WdfObjectAllocateContext(*Timer, &attributes, (PVOID *)&statistics);
}

/* Another object created between, in the same variable. */
NTSTATUS HandleReplaced(WDFDEVICE Device, WDFTIMER Other)
{
    WDF_TIMER_CONFIG config;
    WDF_OBJECT_ATTRIBUTES attributes;
    PTIMER_CONTEXT context;
    WDFTIMER timer;
    NTSTATUS status;

    WDF_TIMER_CONFIG_INIT(&config, SampleTimerFunc);
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, TIMER_CONTEXT);
    attributes.ParentObject = Device;
    status = WdfTimerCreate(&config, &attributes, &timer);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    timer = Other;
    attributes.ParentObject = NULL;
    return WdfObjectAllocateContext(timer, &attributes, (PVOID *)&context);
}

/* The handle's address given to the driver's own code. */
NTSTATUS HandleAddressPassed(WDFDEVICE Device)
{
    WDF_TIMER_CONFIG config;
    WDF_OBJECT_ATTRIBUTES attributes;
    PTIMER_CONTEXT context;
    WDFTIMER timer;
    NTSTATUS status;

    WDF_TIMER_CONFIG_INIT(&config, SampleTimerFunc);
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, TIMER_CONTEXT);
    attributes.ParentObject = Device;
    status = WdfTimerCreate(&config, &attributes, &timer);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    SampleLookupTimer(&timer);
    attributes.ParentObject = NULL;
    return WdfObjectAllocateContext(timer, &attributes, (PVOID *)&context);
}

/* A member handle, and the driver's code runs between: it may replace it. */
NTSTATUS MemberHandleAfterDriverCall(WDFDEVICE Device)
{
    PDEVICE_CONTEXT deviceContext = GetDeviceContext(Device);
    WDF_TIMER_CONFIG config;
    WDF_OBJECT_ATTRIBUTES attributes;
    PTIMER_CONTEXT context;
    NTSTATUS status;

    WDF_TIMER_CONFIG_INIT(&config, SampleTimerFunc);
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, TIMER_CONTEXT);
    attributes.ParentObject = Device;
    status = WdfTimerCreate(&config, &attributes, &deviceContext->Timer);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    SampleReplaceTimer(deviceContext);
    attributes.ParentObject = NULL;
    return WdfObjectAllocateContext(deviceContext->Timer, &attributes, (PVOID *)&context);
}

/* Array elements and accessor results are not proved the same. */
NTSTATUS ArrayAndAccessor(WDFDEVICE Device, ULONG Index)
{
    PDEVICE_CONTEXT deviceContext = GetDeviceContext(Device);
    WDF_TIMER_CONFIG config;
    WDF_OBJECT_ATTRIBUTES attributes;
    PTIMER_CONTEXT context;
    NTSTATUS status;

    WDF_TIMER_CONFIG_INIT(&config, SampleTimerFunc);
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, TIMER_CONTEXT);
    attributes.ParentObject = Device;
    status = WdfTimerCreate(&config, &attributes, &deviceContext->Timers[Index]);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    attributes.ParentObject = NULL;
    status = WdfObjectAllocateContext(deviceContext->Timers[Index], &attributes, (PVOID *)&context);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return WdfObjectAllocateContext(GetDeviceContext(Device)->Timer, &attributes, (PVOID *)&context);
}

/* Deleted in between: the handle no longer names that timer (using it is
 * another bug). */
NTSTATUS DeletedBetween(WDFDEVICE Device)
{
    WDF_TIMER_CONFIG config;
    WDF_OBJECT_ATTRIBUTES attributes;
    PTIMER_CONTEXT context;
    WDFTIMER timer;
    NTSTATUS status;

    WDF_TIMER_CONFIG_INIT(&config, SampleTimerFunc);
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, TIMER_CONTEXT);
    status = WdfTimerCreate(&config, &attributes, &timer);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    WdfObjectDelete(timer);
    return WdfObjectAllocateContext(timer, &attributes, (PVOID *)&context);
}

/* Created again, without a context, into the same variable. */
NTSTATUS CreatedAgain(WDFDEVICE Device)
{
    WDF_TIMER_CONFIG config;
    WDF_OBJECT_ATTRIBUTES attributes;
    PTIMER_CONTEXT context;
    WDFTIMER timer;
    NTSTATUS status;

    WDF_TIMER_CONFIG_INIT(&config, SampleTimerFunc);
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, TIMER_CONTEXT);
    attributes.ParentObject = Device;
    status = WdfTimerCreate(&config, &attributes, &timer);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = WdfTimerCreate(&config, WDF_NO_OBJECT_ATTRIBUTES, &timer);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    attributes.ParentObject = NULL;
    return WdfObjectAllocateContext(timer, &attributes, (PVOID *)&context);
}

/* Two different objects. */
NTSTATUS TwoObjects(WDFREQUEST First, WDFREQUEST Second)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PVOID context;
    NTSTATUS status;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, TIMER_CONTEXT);
    status = WdfObjectAllocateContext(First, &attributes, &context);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return WdfObjectAllocateContext(Second, &attributes, &context);
}
