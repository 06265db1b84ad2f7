/* The DPC: it runs at DISPATCH_LEVEL, and so do the helpers it calls, in
 * helpers.c.  A suppression at a note's location (here) suppresses nothing. */
#include <ntddk.h>

VOID OpenQuietly(PDRIVER_OBJECT Driver);
VOID OpenLoudly(PDRIVER_OBJECT Driver);

KDEFERRED_ROUTINE RefreshDpc;

VOID RefreshDpc(PKDPC Dpc, PVOID Context, PVOID Argument1, PVOID Argument2)
{
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Argument1);
    UNREFERENCED_PARAMETER(Argument2);
    OpenQuietly((PDRIVER_OBJECT)Context);
    OpenLoudly((PDRIVER_OBJECT)Context); // NOLINT(irql-too-high) [note]
}
