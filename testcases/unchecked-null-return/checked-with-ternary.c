// The conditional operator tests the result before the chosen arm uses it:
// silent.
// expect-no-diagnostics
#include <wdm.h>

typedef struct _TERNARY_DATA {
    ULONG Count;
} TERNARY_DATA, *PTERNARY_DATA;

static UCHAR TernaryKey;

ULONG TernaryCount(PDRIVER_OBJECT DriverObject)
{
    PTERNARY_DATA data = IoGetDriverObjectExtension(DriverObject, &TernaryKey);
    ULONG count = data ? data->Count : 0;

    return count;
}

ULONG TernaryCompare(PDRIVER_OBJECT DriverObject)
{
    PTERNARY_DATA data;

    data = IoGetDriverObjectExtension(DriverObject, &TernaryKey);
    return data == NULL ? 0 : data->Count + 1;
}
