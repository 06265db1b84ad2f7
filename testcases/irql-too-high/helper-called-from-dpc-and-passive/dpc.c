/* The DISPATCH_LEVEL caller of the helper. */
#include "logfile.h"

KDEFERRED_ROUTINE LogFlushDpc; // expect-note irql-too-high {{'LogFlushDpc' is a DPC routine (KDEFERRED_ROUTINE), which runs at DISPATCH_LEVEL}}

VOID LogFlushDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PLOG_EXTENSION extension = (PLOG_EXTENSION)DeferredContext;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    if (!NT_SUCCESS(LogOpen(extension))) // expect-note irql-too-high {{'LogFlushDpc' calls 'LogOpen' here, at DISPATCH_LEVEL}}
        return;
}
