// The left side of && tests the result before the right side uses it: silent.
// expect-no-diagnostics
#include <wdm.h>

typedef struct _AND_DATA {
    BOOLEAN Started;
    ULONG Flags;
} AND_DATA, *PAND_DATA;

static UCHAR AndKey;

BOOLEAN AndIsStarted(PDRIVER_OBJECT DriverObject)
{
    PAND_DATA data = IoGetDriverObjectExtension(DriverObject, &AndKey);

    return data && data->Started;
}

VOID AndInCondition(PDRIVER_OBJECT DriverObject, ULONG Flag)
{
    PAND_DATA data = IoGetDriverObjectExtension(DriverObject, &AndKey);

    if (data != NULL && (data->Flags & Flag) == 0) {
        data->Flags |= Flag;
    }
}
