#include "sampledriver.h"

EVT_WDF_TIMER SampleTimerFunc;

VOID SampleTimerFunc(WDFTIMER Timer)
{
    GetTimerStatistics(Timer)->Ticks++;
}

NTSTATUS SampleCreateTimer(WDFDEVICE Device, WDFTIMER *Timer)
{
    WDF_TIMER_CONFIG config;
    WDF_OBJECT_ATTRIBUTES attributes;
    NTSTATUS status;

    WDF_TIMER_CONFIG_INIT_PERIODIC(&config, SampleTimerFunc, 1000);
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, TIMER_CONTEXT);
    attributes.ParentObject = Device; // expect-note context-parent-object {{ParentObject is set here}}
    status = WdfTimerCreate(&config, &attributes, Timer);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    GetTimerContext(*Timer)->Device = Device;
    return SampleAttachStatistics(*Timer, &attributes); // expect-warning context-parent-object {{attributes '&attributes' passed to 'SampleAttachStatistics' have ParentObject set, and 'SampleAttachStatistics' passes them on to 'WdfObjectAllocateContext'}}
}

/* The same, with the helper that drops the parent. */
NTSTATUS SampleCreateCleanTimer(WDFDEVICE Device, WDFTIMER *Timer)
{
    WDF_TIMER_CONFIG config;
    WDF_OBJECT_ATTRIBUTES attributes;
    NTSTATUS status;

    WDF_TIMER_CONFIG_INIT_PERIODIC(&config, SampleTimerFunc, 1000);
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, TIMER_CONTEXT);
    attributes.ParentObject = Device;
    status = WdfTimerCreate(&config, &attributes, Timer);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return SampleAttachCleanStatistics(*Timer, &attributes);
}
