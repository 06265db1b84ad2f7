// The variable is given a non-NULL value before the use, so the NULL the DDI
// may have returned never reaches it: silent.
// expect-no-diagnostics
#include <wdm.h>

typedef struct _REASSIGN_DATA {
    ULONG Flags;
} REASSIGN_DATA, *PREASSIGN_DATA;

static UCHAR ReassignKey;
static REASSIGN_DATA ReassignFallback;

ULONG ReassignFallbackValue(PDRIVER_OBJECT DriverObject)
{
    PREASSIGN_DATA data = IoGetDriverObjectExtension(DriverObject, &ReassignKey);

    data = &ReassignFallback;
    return data->Flags;
}

ULONG ReassignWhenMissing(PDRIVER_OBJECT DriverObject)
{
    PREASSIGN_DATA data = IoGetDriverObjectExtension(DriverObject, &ReassignKey);

    if (data == NULL)
        data = &ReassignFallback;
    return data->Flags;
}
