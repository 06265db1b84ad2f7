// The first result is tested, but the variable is then given a second result
// that nothing tests.
#include <wdm.h>

typedef struct _SECOND_DATA {
    ULONG Flags;
} SECOND_DATA, *PSECOND_DATA;

static UCHAR FirstKey;
static UCHAR SecondKey;

NTSTATUS SecondLookup(PDRIVER_OBJECT DriverObject)
{
    PSECOND_DATA data = IoGetDriverObjectExtension(DriverObject, &FirstKey);

    if (data == NULL)
        return STATUS_NOT_FOUND;
    data->Flags = 1;

    data = IoGetDriverObjectExtension(DriverObject, &SecondKey); // expect-note unchecked-null-return {{'data' is assigned the result of 'IoGetDriverObjectExtension' here}}
    data->Flags = 2; // expect-warning unchecked-null-return {{'data' from 'IoGetDriverObjectExtension' may be NULL here}}
    return STATUS_SUCCESS;
}
