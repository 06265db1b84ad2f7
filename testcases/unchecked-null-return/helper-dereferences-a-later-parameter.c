// The value is passed to a helper as its second parameter: what counts is
// which parameter the helper dereferences, here and along a chain of
// helpers.  A helper that dereferences only its first parameter, and checks
// the second, does not make passing the value second a NULL dereference.
#include <wdm.h>

typedef struct _STATS_DATA {
    ULONG Reads;
    ULONG Writes;
} STATS_DATA, *PSTATS_DATA;

static UCHAR StatsKey;

static VOID StatsCountRead(PDEVICE_OBJECT DeviceObject, PSTATS_DATA Stats)
{
    UNREFERENCED_PARAMETER(DeviceObject); // expect-note@+1 unchecked-null-return {{'StatsCountRead' dereferences its parameter here without a NULL check}}
    Stats->Reads++; // expect-note unchecked-null-return {{'StatsCountRead' dereferences its parameter here without a NULL check}}
}

static VOID StatsOnRead(PDEVICE_OBJECT DeviceObject, PSTATS_DATA Stats)
{
    StatsCountRead(DeviceObject, Stats); // expect-note unchecked-null-return {{'StatsOnRead' passes its parameter to 'StatsCountRead' here, which dereferences it}}
}

static VOID StatsLog(PDEVICE_OBJECT DeviceObject, PSTATS_DATA Stats)
{
    DeviceObject->Flags |= DO_BUFFERED_IO;
    if (Stats != NULL)
        Stats->Writes = 0;
}

VOID StatsRead(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT DeviceObject)
{
    PSTATS_DATA stats = IoGetDriverObjectExtension(DriverObject, &StatsKey); // expect-note unchecked-null-return {{'stats' is assigned the result of 'IoGetDriverObjectExtension' here}}

    StatsCountRead(DeviceObject, stats); // expect-warning unchecked-null-return {{'stats' from 'IoGetDriverObjectExtension' may be NULL here and 'StatsCountRead' dereferences it}}
}

VOID StatsReadThrough(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT DeviceObject)
{
    PSTATS_DATA stats = IoGetDriverObjectExtension(DriverObject, &StatsKey); // expect-note unchecked-null-return {{'stats' is assigned the result of 'IoGetDriverObjectExtension' here}}

    StatsOnRead(DeviceObject, stats); // expect-warning unchecked-null-return {{'stats' from 'IoGetDriverObjectExtension' may be NULL here and 'StatsOnRead' dereferences it}}
}

VOID StatsLogOnly(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT DeviceObject)
{
    PSTATS_DATA stats = IoGetDriverObjectExtension(DriverObject, &StatsKey);

    StatsLog(DeviceObject, stats);
}
