/* Helpers without annotations run at the IRQL of their callers: the DPC in
 * dpc.c calls both. */
#include <ntddk.h>

VOID OpenQuietly(PDRIVER_OBJECT Driver)
{
    HANDLE h;
    IoGetDriverDirectory(Driver, DriverDirectoryData, 0, &h); // NOLINT(irql-too-high) [suppressed]
}

VOID OpenLoudly(PDRIVER_OBJECT Driver)
{
    HANDLE h;
    IoGetDriverDirectory(Driver, DriverDirectoryData, 0, &h); // [reported]
}
