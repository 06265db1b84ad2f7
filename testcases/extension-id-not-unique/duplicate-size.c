#include <ntddk.h>
/* One key, two extensions of different sizes: the second allocation fails
 * with STATUS_OBJECT_NAME_COLLISION (or, with Get, returns the wrong one). */

ULONG FilterKey;

NTSTATUS AllocateControl(PDRIVER_OBJECT DriverObject)
{
    PVOID extension;
    return IoAllocateDriverObjectExtension(DriverObject, &FilterKey, 16, &extension); // expect-note extension-id-not-unique {{'&FilterKey' is first allocated here with 16 bytes}}
}

NTSTATUS AllocateStatistics(PDRIVER_OBJECT DriverObject)
{
    PVOID extension;
    return IoAllocateDriverObjectExtension(DriverObject, &FilterKey, 32, &extension); // expect-warning extension-id-not-unique {{'&FilterKey' is allocated again with another size (32 bytes, first 16)}}
}
