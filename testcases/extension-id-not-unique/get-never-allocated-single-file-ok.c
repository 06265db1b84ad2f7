#include <ntddk.h>
/* A Get whose key this file never allocates: analysed alone, another file of
 * the driver may allocate it, so nothing is said (the folder
 * get-never-allocated is the same driver analysed whole). */
// expect-no-diagnostics

ULONG FilterStatisticsKey;

PVOID FilterStatistics(PDEVICE_OBJECT DeviceObject)
{
    return IoGetDriverObjectExtension(DeviceObject->DriverObject, &FilterStatisticsKey);
}
