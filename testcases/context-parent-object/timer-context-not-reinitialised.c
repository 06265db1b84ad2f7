#include <ntddk.h>
#include <wdf.h>
/* A real driver bug: the attributes used to create a timer parented to the
 * device are reused, unchanged but for the context type, to add a second
 * context to the timer. */

typedef struct _TIMER_CONTEXT {
    WDFDEVICE Device;
} TIMER_CONTEXT, *PTIMER_CONTEXT;

typedef struct _POLL_STATE {
    ULONG Ticks;
    ULONG Misses;
} POLL_STATE, *PPOLL_STATE;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(TIMER_CONTEXT, GetTimerContext)
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(POLL_STATE, GetPollState)

EVT_WDF_TIMER PollTimerFunc;

VOID PollTimerFunc(WDFTIMER Timer)
{
    PPOLL_STATE poll = GetPollState(Timer);
    poll->Ticks++;
}

NTSTATUS CreatePollTimer(WDFDEVICE Device, WDFTIMER *Timer)
{
    WDF_TIMER_CONFIG timerConfig;
    WDF_OBJECT_ATTRIBUTES timerAttributes;
    PPOLL_STATE poll;
    NTSTATUS status;

    WDF_TIMER_CONFIG_INIT_PERIODIC(&timerConfig, PollTimerFunc, 100);
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&timerAttributes, TIMER_CONTEXT);
    timerAttributes.ParentObject = Device; // expect-note context-parent-object {{ParentObject is set here}}

    status = WdfTimerCreate(&timerConfig, &timerAttributes, Timer);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    GetTimerContext(*Timer)->Device = Device;

    WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(&timerAttributes, POLL_STATE);
    status = WdfObjectAllocateContext(*Timer, &timerAttributes, (PVOID *)&poll); // expect-warning context-parent-object {{STATUS_WDF_PARENT_ASSIGNMENT_NOT_ALLOWED}}
    if (!NT_SUCCESS(status)) {
        WdfObjectDelete(*Timer);
        return status;
    }
    poll->Misses = 0;
    return STATUS_SUCCESS;
}
