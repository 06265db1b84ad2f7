// Each of the three ways to dereference a pointer: '->', '*' and '[]'.
#include <wdm.h>

typedef struct _FORMS_DATA {
    ULONG Flags;
} FORMS_DATA, *PFORMS_DATA;

static UCHAR FormsKey;

ULONG FormsArrow(PDRIVER_OBJECT DriverObject)
{
    PFORMS_DATA data = IoGetDriverObjectExtension(DriverObject, &FormsKey); // expect-note unchecked-null-return {{'data' is assigned the result of 'IoGetDriverObjectExtension' here}}
    return data->Flags; // expect-warning unchecked-null-return {{'data' from 'IoGetDriverObjectExtension' may be NULL here}}
}

ULONG FormsStar(PDRIVER_OBJECT DriverObject)
{
    PULONG counter;

    counter = (PULONG)IoGetDriverObjectExtension(DriverObject, &FormsKey); // expect-note unchecked-null-return {{'counter' is assigned the result of 'IoGetDriverObjectExtension' here}}
    *counter += 1; // expect-warning unchecked-null-return {{'counter' from 'IoGetDriverObjectExtension' may be NULL here}}
    return 0;
}

VOID FormsSubscript(PDRIVER_OBJECT DriverObject, ULONG Index)
{
    PULONG table = (PULONG)IoGetDriverObjectExtension(DriverObject, &FormsKey); // expect-note unchecked-null-return {{'table' is assigned the result of 'IoGetDriverObjectExtension' here}}

    table[Index] = 0; // expect-warning unchecked-null-return {{'table' from 'IoGetDriverObjectExtension' may be NULL here}}
}
