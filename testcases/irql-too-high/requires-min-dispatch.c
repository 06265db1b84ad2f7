/* _IRQL_requires_min_(DISPATCH_LEVEL): the IRQL is at least DISPATCH_LEVEL,
 * so it is certainly above PASSIVE_LEVEL. */
#include <ntddk.h>

_IRQL_requires_min_(DISPATCH_LEVEL) // expect-note irql-too-high {{'ReadSharedConfig' is annotated _IRQL_requires_min_(DISPATCH_LEVEL)}}
NTSTATUS ReadSharedConfig(PDRIVER_OBJECT Driver)
{
    HANDLE directory;
    NTSTATUS status = IoGetDriverDirectory(Driver, DriverDirectorySharedData, 0, &directory); // expect-warning irql-too-high {{the IRQL here is DISPATCH_LEVEL}}

    if (NT_SUCCESS(status))
        ZwClose(directory); // expect-warning irql-too-high {{'ZwClose' requires IRQL <= PASSIVE_LEVEL}}
        // expect-note@5 irql-too-high {{'ReadSharedConfig' is annotated _IRQL_requires_min_(DISPATCH_LEVEL)}}
    return status;
}
