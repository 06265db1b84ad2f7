#include <ntddk.h>
/* A port library linked into the driver keys its per-driver data by the
 * driver object pointer, as port libraries often do; the driver's own code
 * does the same for its own data.  There is one driver object, so both
 * allocations use one key: the later one fails with
 * STATUS_OBJECT_NAME_COLLISION (the later in file order is reported). */

typedef struct _PORT_DRIVER_DATA {
    ULONG MiniportCount;
    PVOID HwInitializationData[4];
} PORT_DRIVER_DATA, *PPORT_DRIVER_DATA;

NTSTATUS PortInitialize(PDRIVER_OBJECT DriverObject, PVOID HwInitializationData)
{
    PPORT_DRIVER_DATA data = IoGetDriverObjectExtension(DriverObject, DriverObject);
    if (!data) {
        NTSTATUS status = IoAllocateDriverObjectExtension(DriverObject, DriverObject, sizeof(PORT_DRIVER_DATA), // expect-warning extension-id-not-unique {{ClientIdentificationAddress 'DriverObject' (the driver object: one key for the whole driver) is allocated again with another size (40 bytes, first 4)}}
                                                          (PVOID *)&data);
        if (!NT_SUCCESS(status))
            return status;
        RtlZeroMemory(data, sizeof(*data));
    }
    if (data->MiniportCount == 4)
        return STATUS_INSUFFICIENT_RESOURCES;
    data->HwInitializationData[data->MiniportCount++] = HwInitializationData;
    return STATUS_SUCCESS;
}
