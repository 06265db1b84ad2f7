/* _IRQL_requires_(DISPATCH_LEVEL) says the function always runs at
 * DISPATCH_LEVEL.  The return type is the VOID macro, as in most drivers. */
#include <ntddk.h>

_IRQL_requires_(DISPATCH_LEVEL) // expect-note irql-too-high {{'DrainQueueLocked' is annotated _IRQL_requires_(DISPATCH_LEVEL)}}
VOID DrainQueueLocked(PDRIVER_OBJECT Driver)
{
    HANDLE directory;

    if (NT_SUCCESS(IoGetDriverDirectory(Driver, DriverDirectoryImage, 0, &directory))) // expect-warning irql-too-high {{requires IRQL <= PASSIVE_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
        ZwClose(directory); // expect-warning irql-too-high {{'ZwClose' requires IRQL <= PASSIVE_LEVEL}}
        // expect-note@5 irql-too-high {{'DrainQueueLocked' is annotated _IRQL_requires_(DISPATCH_LEVEL)}}
}
