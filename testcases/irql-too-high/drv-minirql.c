/* The older __drv_minIRQL spelling of _IRQL_requires_min_.  The mingw-w64
 * headers lack the macro; the WDK's driverspecs.h defines it to nothing. */
#include <ntddk.h>

#ifndef __drv_minIRQL
#define __drv_minIRQL(irql)
#endif

__drv_minIRQL(DISPATCH_LEVEL) // expect-note irql-too-high {{'LegacyAtDpcLevel' is annotated __drv_minIRQL(DISPATCH_LEVEL)}}
NTSTATUS LegacyAtDpcLevel(PDRIVER_OBJECT Driver, PHANDLE Directory)
{
    return IoGetDriverDirectory(Driver, DriverDirectoryImage, 0, Directory); // expect-warning irql-too-high {{the IRQL here is DISPATCH_LEVEL}}
}
