#include "filter.h"

VOID FilterCountRead(PDEVICE_OBJECT DeviceObject)
{
    PFILTER_STATISTICS statistics = IoGetDriverObjectExtension(DeviceObject->DriverObject, FILTER_STATISTICS_KEY); // expect-warning extension-id-not-unique {{ClientIdentificationAddress 'FILTER_STATISTICS_KEY' of 'IoGetDriverObjectExtension' is allocated nowhere in the driver: no IoAllocateDriverObjectExtension uses this key, so the call always returns NULL}}
    if (statistics)
        statistics->Reads++;
}

PFILTER_CONTROL FilterControl(PDEVICE_OBJECT DeviceObject)
{
    return IoGetDriverObjectExtension(DeviceObject->DriverObject, &FilterControlKey);
}
