// A check on some paths only leaves the value unchecked on the others.
#include <wdm.h>

typedef struct _ONE_PATH_DATA {
    ULONG Count;
} ONE_PATH_DATA, *PONE_PATH_DATA;

static UCHAR OnePathKey;

VOID OnePathUse(PDRIVER_OBJECT DriverObject, BOOLEAN Validate)
{
    PONE_PATH_DATA data = IoGetDriverObjectExtension(DriverObject, &OnePathKey); // expect-note unchecked-null-return {{'data' is assigned the result of 'IoGetDriverObjectExtension' here, which may be NULL}}

    if (Validate) {
        if (data == NULL)
            return;
    }
    data->Count++; // expect-warning unchecked-null-return {{'data' from 'IoGetDriverObjectExtension' may be NULL here}}
}

VOID OnePathBothBranches(PDRIVER_OBJECT DriverObject, BOOLEAN Validate)
{
    PONE_PATH_DATA data = IoGetDriverObjectExtension(DriverObject, &OnePathKey);

    if (Validate) {
        if (data == NULL)
            return;
    } else if (!data) {
        return;
    }
    data->Count++;
}
