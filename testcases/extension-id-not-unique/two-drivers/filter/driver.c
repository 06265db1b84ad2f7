#include <ntddk.h>
/* Two drivers in one tree, each with its own project: what one driver
 * allocates says nothing about the other.  The bus driver allocates under a
 * key ddicheck cannot follow (a parameter of a function nothing calls), which
 * would make any key possible in the bus driver, but not here: the filter's
 * statistics extension is still allocated nowhere in the filter. */

ULONG FilterControlKey;
ULONG FilterStatisticsKey; // expect-note extension-id-not-unique {{'FilterStatisticsKey' is declared here}}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    PVOID control;

    UNREFERENCED_PARAMETER(RegistryPath);
    return IoAllocateDriverObjectExtension(DriverObject, &FilterControlKey, 16, &control); // expect-note extension-id-not-unique {{the driver allocates an extension under '&FilterControlKey' here}}
}

ULONG FilterReads(PDEVICE_OBJECT DeviceObject)
{
    PULONG statistics = IoGetDriverObjectExtension(DeviceObject->DriverObject, &FilterStatisticsKey); // expect-warning extension-id-not-unique {{ClientIdentificationAddress '&FilterStatisticsKey' of 'IoGetDriverObjectExtension' is allocated nowhere in the driver}}
    return statistics ? *statistics : 0;
}
