/* A helper with no annotation is entered at the IRQL of its callers: called
 * from a DPC, it runs at DISPATCH_LEVEL, so the PASSIVE_LEVEL-only DDI in it
 * is reported there, with the DPC's role and the call as notes. */
#include <ntddk.h>

static NTSTATUS OpenDirectoryHelper(PDRIVER_OBJECT Driver, PHANDLE Directory)
{
    return IoGetDriverDirectory(Driver, DriverDirectoryData, 0, Directory); // expect-warning irql-too-high {{'IoGetDriverDirectory' requires IRQL <= PASSIVE_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
}

KDEFERRED_ROUTINE RefreshDpc; // expect-note irql-too-high {{'RefreshDpc' is a DPC routine (KDEFERRED_ROUTINE), which runs at DISPATCH_LEVEL}}

VOID RefreshDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    HANDLE directory;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    if (NT_SUCCESS(OpenDirectoryHelper((PDRIVER_OBJECT)DeferredContext, &directory))) // expect-note irql-too-high {{'RefreshDpc' calls 'OpenDirectoryHelper' here, at DISPATCH_LEVEL}}
        ZwClose(directory); // expect-warning irql-too-high {{'ZwClose' requires IRQL <= PASSIVE_LEVEL}}
        // expect-note@11 irql-too-high {{'RefreshDpc' is a DPC routine (KDEFERRED_ROUTINE), which runs at DISPATCH_LEVEL}}
}
