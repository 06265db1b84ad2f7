// Uses inside the branch that knows the result is not NULL: silent.
// expect-no-diagnostics
#include <wdm.h>

typedef struct _IF_DATA {
    ULONG Opens;
    KSPIN_LOCK Lock;
} IF_DATA, *PIF_DATA;

static UCHAR IfKey;

VOID IfPlain(PDRIVER_OBJECT DriverObject)
{
    PIF_DATA data = IoGetDriverObjectExtension(DriverObject, &IfKey);

    if (data) {
        data->Opens++;
    }
}

VOID IfNotEqual(PDRIVER_OBJECT DriverObject)
{
    PIF_DATA data;

    data = IoGetDriverObjectExtension(DriverObject, &IfKey);
    if (data != NULL) {
        KeInitializeSpinLock(&data->Lock);
        RtlZeroMemory(data, sizeof(IF_DATA));
    }
}

ULONG IfElse(PDRIVER_OBJECT DriverObject)
{
    PIF_DATA data = IoGetDriverObjectExtension(DriverObject, &IfKey);
    ULONG opens;

    if (data == NULL) {
        opens = 0;
    } else {
        opens = data->Opens;
    }
    return opens;
}

VOID IfAssignedInCondition(PDRIVER_OBJECT DriverObject)
{
    PIF_DATA data;

    if ((data = IoGetDriverObjectExtension(DriverObject, &IfKey)) != NULL) {
        data->Opens = 0;
    }
}
