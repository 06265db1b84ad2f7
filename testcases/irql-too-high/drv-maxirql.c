/* The older __drv_maxIRQL spelling of _IRQL_requires_max_. */
#include <ntddk.h>

__drv_maxIRQL(DISPATCH_LEVEL) // expect-note irql-too-high {{'LegacyQueryDirectory' is annotated __drv_maxIRQL(DISPATCH_LEVEL)}}
NTSTATUS LegacyQueryDirectory(PDRIVER_OBJECT Driver, PHANDLE Directory)
{
    return IoGetDriverDirectory(Driver, DriverDirectoryData, 0, Directory); // expect-warning irql-too-high {{the IRQL here may be DISPATCH_LEVEL}}
}
