// A wrapper that hands the result back to its caller leaves the test to the
// caller: silent here.
// expect-no-diagnostics
#include <wdm.h>

typedef struct _RETURN_DATA {
    ULONG Flags;
} RETURN_DATA, *PRETURN_DATA;

static UCHAR ReturnKey;

PRETURN_DATA ReturnGetData(PDRIVER_OBJECT DriverObject)
{
    return (PRETURN_DATA)IoGetDriverObjectExtension(DriverObject, &ReturnKey);
}

PRETURN_DATA ReturnThroughLocal(PDRIVER_OBJECT DriverObject)
{
    PRETURN_DATA data = IoGetDriverObjectExtension(DriverObject, &ReturnKey);

    return data;
}

NTSTATUS ReturnThroughOutParameter(PDRIVER_OBJECT DriverObject, PRETURN_DATA *Data)
{
    *Data = IoGetDriverObjectExtension(DriverObject, &ReturnKey);
    return *Data ? STATUS_SUCCESS : STATUS_NOT_FOUND;
}
