// ASSERT and NT_ASSERT are compiled out of free (release) builds, so they do
// not protect the use that follows.
#include <wdm.h>

typedef struct _ASSERT_DATA {
    LIST_ENTRY Devices;
    ULONG DeviceCount;
} ASSERT_DATA, *PASSERT_DATA;

static UCHAR AssertKey;

VOID AssertNtAssert(PDRIVER_OBJECT DriverObject)
{
    PASSERT_DATA data = IoGetDriverObjectExtension(DriverObject, &AssertKey); // expect-note unchecked-null-return {{'data' is assigned the result of 'IoGetDriverObjectExtension' here}}

    NT_ASSERT(data != NULL); // expect-note unchecked-null-return {{'data' is checked only by 'NT_ASSERT' here}}
    data->DeviceCount = 0; // expect-warning unchecked-null-return {{'data' from 'IoGetDriverObjectExtension' may be NULL here: it is checked only by 'NT_ASSERT', which is compiled out of free builds}}
}

VOID AssertPlainAssert(PDRIVER_OBJECT DriverObject)
{
    PASSERT_DATA data;

    data = IoGetDriverObjectExtension(DriverObject, &AssertKey); // expect-note unchecked-null-return {{'data' is assigned the result of 'IoGetDriverObjectExtension' here}}
    ASSERT(data); // expect-note unchecked-null-return {{'data' is checked only by 'ASSERT' here}}
    InitializeListHead(&data->Devices); // expect-warning unchecked-null-return {{compiled out of free builds}}
}

NTSTATUS AssertWithMessage(PDRIVER_OBJECT DriverObject)
{
    PASSERT_DATA data = IoGetDriverObjectExtension(DriverObject, &AssertKey); // expect-note unchecked-null-return {{'data' is assigned the result of 'IoGetDriverObjectExtension' here}}

    NT_ASSERTMSG("the extension is allocated in DriverEntry", data != NULL); // expect-note unchecked-null-return {{'data' is checked only by 'NT_ASSERTMSG' here}}
    return data->DeviceCount ? STATUS_SUCCESS : STATUS_NO_SUCH_DEVICE; // expect-warning unchecked-null-return {{it is checked only by 'NT_ASSERTMSG', which is compiled out of free builds}}
}
