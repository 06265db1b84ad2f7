// A helper defined in the same file writes through its parameter before it
// tests it, so passing it the unchecked result is a NULL dereference.
#include <wdm.h>

typedef struct _HELPER_DATA {
    ULONG Signature;
    LIST_ENTRY Queue;
} HELPER_DATA, *PHELPER_DATA;

static UCHAR HelperKey;

static VOID HelperStamp(PHELPER_DATA Data)
{
    Data->Signature = 'pleH'; // expect-note unchecked-null-return {{'HelperStamp' dereferences its parameter here without a NULL check}}
    InitializeListHead(&Data->Queue);
}

static VOID HelperDefinedBelow(PHELPER_DATA Data);

NTSTATUS HelperSetUp(PDRIVER_OBJECT DriverObject)
{
    PHELPER_DATA data = IoGetDriverObjectExtension(DriverObject, &HelperKey); // expect-note unchecked-null-return {{'data' is assigned the result of 'IoGetDriverObjectExtension' here}}

    HelperStamp(data); // expect-warning unchecked-null-return {{'data' from 'IoGetDriverObjectExtension' may be NULL here and 'HelperStamp' dereferences it}}
    return STATUS_SUCCESS;
}

VOID HelperSetUpLater(PDRIVER_OBJECT DriverObject)
{
    PHELPER_DATA data = IoGetDriverObjectExtension(DriverObject, &HelperKey); // expect-note unchecked-null-return {{'data' is assigned the result of 'IoGetDriverObjectExtension' here}}

    HelperDefinedBelow(data); // expect-warning unchecked-null-return {{'data' from 'IoGetDriverObjectExtension' may be NULL here and 'HelperDefinedBelow' dereferences it}}
}

static VOID HelperDefinedBelow(PHELPER_DATA Data)
{
    ULONG signature = Data->Signature; // expect-note unchecked-null-return {{'HelperDefinedBelow' dereferences its parameter here without a NULL check}}

    if (Data == NULL || signature != 'pleH')
        return;
    Data->Signature = 0;
}
