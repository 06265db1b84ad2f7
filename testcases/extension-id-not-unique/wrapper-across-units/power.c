#include "context.h"

NTSTATUS InitializePower(PDRIVER_OBJECT DriverObject)
{
    PVOID context;
    /* Copied from the device-list code: the key was not changed. */
    return AllocateDriverContext(DriverObject, &DeviceListKey, sizeof(DRIVER_POWER_DATA), &context); // expect-warning extension-id-not-unique {{ClientIdentificationAddress '&DeviceListKey' is allocated again with another size (4 bytes, first 24)}}
}
