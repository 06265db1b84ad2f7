/* A helper with no annotation, called from a DPC: the IRQL at its entry is
 * unknown, and this version does not follow calls between functions, so it
 * stays silent.  (The DPC itself calls nothing too high.) */
#include <ntddk.h>

static NTSTATUS OpenDirectoryHelper(PDRIVER_OBJECT Driver, PHANDLE Directory)
{
    return IoGetDriverDirectory(Driver, DriverDirectoryData, 0, Directory);
}

KDEFERRED_ROUTINE RefreshDpc;

VOID RefreshDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    HANDLE directory;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    if (NT_SUCCESS(OpenDirectoryHelper((PDRIVER_OBJECT)DeferredContext, &directory)))
        ZwClose(directory);
}

// expect-no-diagnostics
