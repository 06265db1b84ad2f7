/* The same annotation on a function returning NTSTATUS. */
#include <ntddk.h>

_IRQL_requires_(DISPATCH_LEVEL) // expect-note irql-too-high {{'OpenDataDirectoryAtDpc' is annotated _IRQL_requires_(DISPATCH_LEVEL)}}
NTSTATUS OpenDataDirectoryAtDpc(PDRIVER_OBJECT Driver, PHANDLE Directory)
{
    return IoGetDriverDirectory(Driver, DriverDirectoryData, 0, Directory); // expect-warning irql-too-high {{'IoGetDriverDirectory' requires IRQL <= PASSIVE_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
}
