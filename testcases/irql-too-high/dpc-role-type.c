/* A DPC routine declared with its role type always runs at DISPATCH_LEVEL;
 * IoGetDriverDirectory may only be called at PASSIVE_LEVEL. */
#include <ntddk.h>

KDEFERRED_ROUTINE LogDirectoryDpc; // expect-note irql-too-high {{'LogDirectoryDpc' is a DPC routine (KDEFERRED_ROUTINE), which runs at DISPATCH_LEVEL}}

VOID LogDirectoryDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PDRIVER_OBJECT driver = (PDRIVER_OBJECT)DeferredContext;
    HANDLE directory;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    if (NT_SUCCESS(IoGetDriverDirectory(driver, DriverDirectoryData, 0, &directory))) // expect-warning irql-too-high {{'IoGetDriverDirectory' requires IRQL <= PASSIVE_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
        ZwClose(directory); // expect-warning irql-too-high {{'ZwClose' requires IRQL <= PASSIVE_LEVEL}}
        // expect-note@5 irql-too-high {{'LogDirectoryDpc' is a DPC routine (KDEFERRED_ROUTINE), which runs at DISPATCH_LEVEL}}
}
