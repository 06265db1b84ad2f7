/* _IRQL_requires_max_(DISPATCH_LEVEL) only says the function may run that
 * high: the finding says "may be". */
#include <ntddk.h>

_IRQL_requires_max_(DISPATCH_LEVEL) // expect-note irql-too-high {{'QueryImageDirectory' is annotated _IRQL_requires_max_(DISPATCH_LEVEL)}}
NTSTATUS QueryImageDirectory(PDRIVER_OBJECT Driver, PHANDLE Directory)
{
    return IoGetDriverDirectory(Driver, DriverDirectoryImage, 0, Directory); // expect-warning irql-too-high {{'IoGetDriverDirectory' requires IRQL <= PASSIVE_LEVEL, but the IRQL here may be DISPATCH_LEVEL}}
}

/* A DDI allowed up to DISPATCH_LEVEL is fine here. */
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS LookUpExtension(PDRIVER_OBJECT Driver, PVOID *Extension)
{
    *Extension = IoGetDriverObjectExtension(Driver, (PVOID)LookUpExtension);
    return *Extension ? STATUS_SUCCESS : STATUS_NOT_FOUND;
}
