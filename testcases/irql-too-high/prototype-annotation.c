/* The annotation sits on a prototype in the same file; the definition
 * carries none (the _Use_decl_annotations_ idiom). */
#include <ntddk.h>

_IRQL_requires_(DISPATCH_LEVEL) // expect-note irql-too-high {{'RetireRequestsLocked' is annotated _IRQL_requires_(DISPATCH_LEVEL)}}
NTSTATUS RetireRequestsLocked(PDRIVER_OBJECT Driver, PHANDLE Directory);

_Use_decl_annotations_
NTSTATUS RetireRequestsLocked(PDRIVER_OBJECT Driver, PHANDLE Directory)
{
    return IoGetDriverDirectory(Driver, DriverDirectoryData, 0, Directory); // expect-warning irql-too-high {{the IRQL here is DISPATCH_LEVEL}}
}
