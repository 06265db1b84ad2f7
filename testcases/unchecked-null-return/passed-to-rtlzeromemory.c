// Memory and initialisation routines write through their pointer argument.
#include <wdm.h>

typedef struct _ZERO_DATA {
    LIST_ENTRY Pending;
    ULONG Counters[4];
} ZERO_DATA, *PZERO_DATA;

static UCHAR ZeroKey;

VOID ZeroWithRtl(PDRIVER_OBJECT DriverObject)
{
    PZERO_DATA data = IoGetDriverObjectExtension(DriverObject, &ZeroKey); // expect-note unchecked-null-return {{'data' is assigned the result of 'IoGetDriverObjectExtension' here}}

    RtlZeroMemory(data, sizeof(ZERO_DATA)); // expect-warning unchecked-null-return {{'data' from 'IoGetDriverObjectExtension' may be NULL here and}}
}

VOID ZeroWithMemset(PDRIVER_OBJECT DriverObject)
{
    PZERO_DATA data = IoGetDriverObjectExtension(DriverObject, &ZeroKey); // expect-note unchecked-null-return {{'data' is assigned the result of 'IoGetDriverObjectExtension' here}}

    memset(data, 0, sizeof(ZERO_DATA)); // expect-warning unchecked-null-return {{'data' from 'IoGetDriverObjectExtension' may be NULL here and 'memset' dereferences it}}
}

VOID CopyIntoExtension(PDRIVER_OBJECT DriverObject, const ZERO_DATA *Template)
{
    PZERO_DATA data = IoGetDriverObjectExtension(DriverObject, &ZeroKey); // expect-note unchecked-null-return {{'data' is assigned the result of 'IoGetDriverObjectExtension' here}}

    RtlCopyMemory(data, Template, sizeof(ZERO_DATA)); // expect-warning unchecked-null-return {{'data' from 'IoGetDriverObjectExtension' may be NULL here and}}
}

VOID CopyOutOfExtension(PDRIVER_OBJECT DriverObject, PZERO_DATA Snapshot)
{
    PZERO_DATA data = IoGetDriverObjectExtension(DriverObject, &ZeroKey); // expect-note unchecked-null-return {{'data' is assigned the result of 'IoGetDriverObjectExtension' here}}

    RtlCopyMemory(Snapshot, data, sizeof(ZERO_DATA)); // expect-warning unchecked-null-return {{'data' from 'IoGetDriverObjectExtension' may be NULL here and}}
}

VOID InitListAtStart(PDRIVER_OBJECT DriverObject)
{
    // The extension starts with its LIST_ENTRY, so the driver passes the
    // extension itself as the list head.
    PLIST_ENTRY head = (PLIST_ENTRY)IoGetDriverObjectExtension(DriverObject, &ZeroKey); // expect-note unchecked-null-return {{'head' is assigned the result of 'IoGetDriverObjectExtension' here}}

    InitializeListHead(head); // expect-warning unchecked-null-return {{'head' from 'IoGetDriverObjectExtension' may be NULL here and}}
}

VOID InitLockAsExtension(PDRIVER_OBJECT DriverObject)
{
    PKSPIN_LOCK lock = IoGetDriverObjectExtension(DriverObject, &ZeroKey); // expect-note unchecked-null-return {{'lock' is assigned the result of 'IoGetDriverObjectExtension' here}}

    KeInitializeSpinLock(lock); // expect-warning unchecked-null-return {{'lock' from 'IoGetDriverObjectExtension' may be NULL here and}}
}
