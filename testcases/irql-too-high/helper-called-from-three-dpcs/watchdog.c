/* A third DPC, in the second file: it calls the helper too, but after the
 * two DPCs of the first file. */
#include "timers.h"

KDEFERRED_ROUTINE WatchdogDpc;

VOID WatchdogDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    SaveTimerState((PTIMER_EXTENSION)DeferredContext);
}
