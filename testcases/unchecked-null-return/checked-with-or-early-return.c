// The NULL test is one operand of an || that returns early: silent.
// expect-no-diagnostics
#include <wdm.h>

typedef struct _OR_DATA {
    ULONG Mode;
} OR_DATA, *POR_DATA;

static UCHAR OrKey;

NTSTATUS OrSetMode(PDRIVER_OBJECT DriverObject, ULONG Mode)
{
    POR_DATA data = IoGetDriverObjectExtension(DriverObject, &OrKey);

    if (Mode > 3 || data == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    data->Mode = Mode;
    return STATUS_SUCCESS;
}

NTSTATUS OrNegated(PDRIVER_OBJECT DriverObject)
{
    POR_DATA data = IoGetDriverObjectExtension(DriverObject, &OrKey);

    if (!data || data->Mode == 0)
        return STATUS_DEVICE_NOT_READY;
    return STATUS_SUCCESS;
}
