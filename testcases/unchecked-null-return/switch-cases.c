// One case of a switch tests the result, another does not.
#include <wdm.h>

typedef struct _SWITCH_DATA {
    ULONG ReadCount;
    ULONG WriteCount;
    ULONG OtherCount;
} SWITCH_DATA, *PSWITCH_DATA;

static UCHAR SwitchKey;

VOID SwitchCount(PDRIVER_OBJECT DriverObject, UCHAR MajorFunction)
{
    PSWITCH_DATA data;

    switch (MajorFunction) {
    case IRP_MJ_READ:
        data = IoGetDriverObjectExtension(DriverObject, &SwitchKey);
        if (data == NULL)
            break;
        data->ReadCount++;
        break;
    case IRP_MJ_WRITE:
        data = IoGetDriverObjectExtension(DriverObject, &SwitchKey); // expect-note unchecked-null-return {{'data' is assigned the result of 'IoGetDriverObjectExtension' here}}
        data->WriteCount++; // expect-warning unchecked-null-return {{'data' from 'IoGetDriverObjectExtension' may be NULL here}}
        break;
    default:
        break;
    }
}

VOID SwitchAfterCheck(PDRIVER_OBJECT DriverObject, UCHAR MajorFunction)
{
    PSWITCH_DATA data = IoGetDriverObjectExtension(DriverObject, &SwitchKey);

    if (!data)
        return;
    switch (MajorFunction) {
    case IRP_MJ_READ:
        data->ReadCount++;
        break;
    case IRP_MJ_WRITE:
        data->WriteCount++;
        break;
    default:
        data->OtherCount++;
        break;
    }
}
