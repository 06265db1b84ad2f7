// DriverUnload releases what the driver object extension holds.  Unload runs
// even when DriverEntry failed before it allocated the extension.
#include <wdm.h>

typedef struct _UNLOAD_DATA {
    UNICODE_STRING RegistryPath;
    PVOID LookasideBuffer;
} UNLOAD_DATA, *PUNLOAD_DATA;

static UCHAR UnloadKey;

#define UNLOAD_TAG 'dlnU'

VOID UnloadUnchecked(PDRIVER_OBJECT DriverObject)
{
    PUNLOAD_DATA data = (PUNLOAD_DATA)IoGetDriverObjectExtension(DriverObject, &UnloadKey); // expect-note unchecked-null-return {{'data' is assigned the result of 'IoGetDriverObjectExtension' here}}

    ExFreePoolWithTag(data->RegistryPath.Buffer, UNLOAD_TAG); // expect-warning unchecked-null-return {{'data' from 'IoGetDriverObjectExtension' may be NULL here}}
    ExFreePoolWithTag(data->LookasideBuffer, UNLOAD_TAG);
}

VOID UnloadChecked(PDRIVER_OBJECT DriverObject)
{
    PUNLOAD_DATA data = (PUNLOAD_DATA)IoGetDriverObjectExtension(DriverObject, &UnloadKey);

    if (data == NULL)
        return;
    if (data->RegistryPath.Buffer != NULL)
        ExFreePoolWithTag(data->RegistryPath.Buffer, UNLOAD_TAG);
    if (data->LookasideBuffer != NULL)
        ExFreePoolWithTag(data->LookasideBuffer, UNLOAD_TAG);
}
