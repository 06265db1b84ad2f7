/* Two DPCs that save the timer state; the finding names the first. */
#include "timers.h"

KDEFERRED_ROUTINE TimerDpcFirst; // expect-note irql-too-high {{'TimerDpcFirst' is a DPC routine (KDEFERRED_ROUTINE), which runs at DISPATCH_LEVEL}}
KDEFERRED_ROUTINE TimerDpcSecond;

VOID TimerDpcFirst(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    SaveTimerState((PTIMER_EXTENSION)DeferredContext); // expect-note irql-too-high {{'TimerDpcFirst' calls 'SaveTimerState' here, at DISPATCH_LEVEL}}
}

VOID TimerDpcSecond(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    SaveTimerState((PTIMER_EXTENSION)DeferredContext);
}
