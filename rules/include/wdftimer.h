/*
 * wdftimer.h - ddicheck overlay header.
 *
 * Written for ddicheck from the documented KMDF API (Microsoft Learn);
 * used only when the real Windows Driver Kit is absent.
 * Framework timer objects.
 */
#ifndef DDICHECK_WDFTIMER_H
#define DDICHECK_WDFTIMER_H

#include <wdfobject.h>

#define TolerableDelayUnlimited ((ULONG)-1)

typedef _Function_class_(EVT_WDF_TIMER)
_IRQL_requires_same_
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID EVT_WDF_TIMER(_In_ WDFTIMER Timer);
typedef EVT_WDF_TIMER *PFN_WDF_TIMER;

typedef struct _WDF_TIMER_CONFIG {
    ULONG Size;
    PFN_WDF_TIMER EvtTimerFunc;
    ULONG Period;
    BOOLEAN AutomaticSerialization;
    ULONG TolerableDelay;
    BOOLEAN UseHighResolutionTimer;
} WDF_TIMER_CONFIG, *PWDF_TIMER_CONFIG;

FORCEINLINE VOID
WDF_TIMER_CONFIG_INIT(
    _Out_ PWDF_TIMER_CONFIG Config,
    _In_ PFN_WDF_TIMER EvtTimerFunc)
{
    RtlZeroMemory(Config, sizeof(WDF_TIMER_CONFIG));
    Config->Size = sizeof(WDF_TIMER_CONFIG);
    Config->EvtTimerFunc = EvtTimerFunc;
    Config->Period = 0;
    Config->AutomaticSerialization = TRUE;
    Config->TolerableDelay = 0;
}

FORCEINLINE VOID
WDF_TIMER_CONFIG_INIT_PERIODIC(
    _Out_ PWDF_TIMER_CONFIG Config,
    _In_ PFN_WDF_TIMER EvtTimerFunc,
    _In_ LONG Period)
{
    RtlZeroMemory(Config, sizeof(WDF_TIMER_CONFIG));
    Config->Size = sizeof(WDF_TIMER_CONFIG);
    Config->EvtTimerFunc = EvtTimerFunc;
    Config->Period = (ULONG)Period;
    Config->AutomaticSerialization = TRUE;
    Config->TolerableDelay = 0;
}

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfTimerCreate(
    _In_ PWDF_TIMER_CONFIG Config,
    _In_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _Out_ WDFTIMER *Timer);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN WdfTimerStart(
    _In_ WDFTIMER Timer,
    _In_ LONGLONG DueTime);

_When_(Wait == __true, _IRQL_requires_max_(PASSIVE_LEVEL))
_When_(Wait == __false, _IRQL_requires_max_(DISPATCH_LEVEL))
BOOLEAN WdfTimerStop(
    _In_ WDFTIMER Timer,
    _In_ BOOLEAN Wait);

_IRQL_requires_max_(DISPATCH_LEVEL)
WDFOBJECT WdfTimerGetParentObject(_In_ WDFTIMER Timer);

#endif /* DDICHECK_WDFTIMER_H */
