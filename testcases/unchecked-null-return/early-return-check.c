// The result is tested and the routine returns before any use: silent.
// expect-no-diagnostics
#include <wdm.h>

typedef struct _EARLY_DATA {
    ULONG Generation;
    KSPIN_LOCK Lock;
} EARLY_DATA, *PEARLY_DATA;

static UCHAR EarlyKey;

NTSTATUS EarlyNegation(PDRIVER_OBJECT DriverObject)
{
    PEARLY_DATA data = IoGetDriverObjectExtension(DriverObject, &EarlyKey);

    if (!data)
        return STATUS_DEVICE_CONFIGURATION_ERROR;
    data->Generation++;
    KeInitializeSpinLock(&data->Lock);
    return STATUS_SUCCESS;
}

NTSTATUS EarlyCompare(PDRIVER_OBJECT DriverObject)
{
    PEARLY_DATA data;

    data = (PEARLY_DATA)IoGetDriverObjectExtension(DriverObject, &EarlyKey);
    if (data == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlZeroMemory(data, sizeof(*data));
    return STATUS_SUCCESS;
}

NTSTATUS EarlyReversedCompare(PDRIVER_OBJECT DriverObject)
{
    PEARLY_DATA data = IoGetDriverObjectExtension(DriverObject, &EarlyKey);

    if (NULL == data) {
        return STATUS_NOT_FOUND;
    }
    return data->Generation ? STATUS_SUCCESS : STATUS_RETRY;
}
