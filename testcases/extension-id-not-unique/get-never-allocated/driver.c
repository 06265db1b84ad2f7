#include "filter.h"
/* The driver allocates its control extension, but the statistics extension
 * that statistics.c looks up is allocated nowhere: that Get always returns
 * NULL.  Only said when the whole driver is analysed (-p, a folder). */

ULONG FilterControlKey;
ULONG FilterStatisticsKey;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    PFILTER_CONTROL control;

    UNREFERENCED_PARAMETER(RegistryPath);
    return IoAllocateDriverObjectExtension(DriverObject, &FilterControlKey, sizeof(FILTER_CONTROL), (PVOID *)&control); // expect-note extension-id-not-unique {{the driver allocates an extension under '&FilterControlKey' here}}
}
