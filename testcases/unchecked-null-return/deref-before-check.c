// The extension is used first and checked for NULL only afterwards.
#include <wdm.h>

typedef struct _SAMPLE_DRIVER_DATA {
    ULONG OpenCount;
    BOOLEAN Ready;
} SAMPLE_DRIVER_DATA, *PSAMPLE_DRIVER_DATA;

static UCHAR SampleDataKey;

NTSTATUS SampleCountOpen(PDRIVER_OBJECT DriverObject)
{
    PSAMPLE_DRIVER_DATA data = IoGetDriverObjectExtension(DriverObject, &SampleDataKey); // expect-note unchecked-null-return {{'data' is assigned the result of 'IoGetDriverObjectExtension' here, which may be NULL}}

    data->OpenCount++; // expect-warning unchecked-null-return {{'data' from 'IoGetDriverObjectExtension' may be NULL here}}
    if (data == NULL) { // expect-note unchecked-null-return {{'data' is checked for NULL only here, after the use}}
        return STATUS_UNSUCCESSFUL;
    }
    data->Ready = TRUE;
    return STATUS_SUCCESS;
}
