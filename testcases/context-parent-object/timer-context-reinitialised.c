#include <ntddk.h>
#include <wdf.h>
// expect-no-diagnostics
/* The usual KMDF idiom: ParentObject = Device for WdfTimerCreate, then the
 * same variable is re-initialised before WdfObjectAllocateContext. */

typedef struct _TIMER_CONTEXT {
    WDFDEVICE Device;
} TIMER_CONTEXT, *PTIMER_CONTEXT;

typedef struct _RETRY_STATE {
    ULONG Attempts;
} RETRY_STATE, *PRETRY_STATE;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(TIMER_CONTEXT, GetTimerContext)
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(RETRY_STATE, GetRetryState)

EVT_WDF_TIMER RetryTimerFunc;

VOID RetryTimerFunc(WDFTIMER Timer)
{
    GetRetryState(Timer)->Attempts++;
}

/* Re-initialised with WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE. */
NTSTATUS CreateRetryTimer(WDFDEVICE Device, WDFTIMER *Timer)
{
    WDF_TIMER_CONFIG timerConfig;
    WDF_OBJECT_ATTRIBUTES attributes;
    PRETRY_STATE retry;
    NTSTATUS status;

    WDF_TIMER_CONFIG_INIT(&timerConfig, RetryTimerFunc);
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, TIMER_CONTEXT);
    attributes.ParentObject = Device;
    attributes.ExecutionLevel = WdfExecutionLevelPassive;

    status = WdfTimerCreate(&timerConfig, &attributes, Timer);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    GetTimerContext(*Timer)->Device = Device;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, RETRY_STATE);
    status = WdfObjectAllocateContext(*Timer, &attributes, (PVOID *)&retry);
    if (!NT_SUCCESS(status)) {
        WdfObjectDelete(*Timer);
        return status;
    }
    retry->Attempts = 0;
    return STATUS_SUCCESS;
}

/* Re-initialised with WDF_OBJECT_ATTRIBUTES_INIT, the type set afterwards. */
NTSTATUS CreateRetryTimerPlainInit(WDFDEVICE Device, WDFTIMER *Timer)
{
    WDF_TIMER_CONFIG timerConfig;
    WDF_OBJECT_ATTRIBUTES attributes;
    PRETRY_STATE retry;
    NTSTATUS status;

    WDF_TIMER_CONFIG_INIT_PERIODIC(&timerConfig, RetryTimerFunc, 50);
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = Device;
    status = WdfTimerCreate(&timerConfig, &attributes, Timer);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(&attributes, RETRY_STATE);
    return WdfObjectAllocateContext(*Timer, &attributes, (PVOID *)&retry);
}

/* Re-initialised through a pointer to the variable. */
NTSTATUS CreateRetryTimerViaPointer(WDFDEVICE Device, WDFTIMER *Timer)
{
    WDF_TIMER_CONFIG timerConfig;
    WDF_OBJECT_ATTRIBUTES attributes;
    PWDF_OBJECT_ATTRIBUTES p = &attributes;
    PRETRY_STATE retry;
    NTSTATUS status;

    WDF_TIMER_CONFIG_INIT(&timerConfig, RetryTimerFunc);
    WDF_OBJECT_ATTRIBUTES_INIT(p);
    p->ParentObject = Device;
    status = WdfTimerCreate(&timerConfig, p, Timer);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(p, RETRY_STATE);
    return WdfObjectAllocateContext(*Timer, &attributes, (PVOID *)&retry);
}
