/* The DPC routine itself calls nothing PASSIVE_LEVEL-only. */
#include "refresh.h"

VOID RefreshDpcRoutine(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PREFRESH_EXTENSION extension = (PREFRESH_EXTENSION)DeferredContext;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    InterlockedIncrement((volatile LONG *)&extension->Generation);
    RefreshState(extension); // expect-note irql-too-high {{'RefreshDpcRoutine' calls 'RefreshState' here, at DISPATCH_LEVEL}}
}
