// A copy holds the same value: checking either copy checks both, and an
// unchecked copy is reported under its own name.
#include <wdm.h>

typedef struct _COPY_DATA {
    ULONG Count;
} COPY_DATA, *PCOPY_DATA;

typedef struct _COPY_HOLDER {
    PCOPY_DATA Data;
} COPY_HOLDER, *PCOPY_HOLDER;

static UCHAR CopyKey;

VOID CopyChecked(PDRIVER_OBJECT DriverObject)
{
    PCOPY_DATA original = IoGetDriverObjectExtension(DriverObject, &CopyKey);
    PCOPY_DATA copy = original;

    if (original == NULL)
        return;
    copy->Count = 1;
}

VOID CopyUnchecked(PDRIVER_OBJECT DriverObject)
{
    PCOPY_DATA original = IoGetDriverObjectExtension(DriverObject, &CopyKey); // expect-note unchecked-null-return {{'original' is assigned the result of 'IoGetDriverObjectExtension' here, which may be NULL}}
    PCOPY_DATA copy;

    copy = original;
    copy->Count = 1; // expect-warning unchecked-null-return {{'copy' from 'IoGetDriverObjectExtension' may be NULL here}}
}

VOID CopyIntoMember(PDRIVER_OBJECT DriverObject, PCOPY_HOLDER Holder)
{
    PCOPY_DATA data = IoGetDriverObjectExtension(DriverObject, &CopyKey); // expect-note unchecked-null-return {{'data' is assigned the result of 'IoGetDriverObjectExtension' here, which may be NULL}}

    Holder->Data = data;
    Holder->Data->Count = 1; // expect-warning unchecked-null-return {{'Holder->Data' from 'IoGetDriverObjectExtension' may be NULL here}}
}

VOID CopyMemberChecked(PDRIVER_OBJECT DriverObject, PCOPY_HOLDER Holder)
{
    Holder->Data = IoGetDriverObjectExtension(DriverObject, &CopyKey);
    if (!Holder->Data)
        return;
    Holder->Data->Count = 1;
}
