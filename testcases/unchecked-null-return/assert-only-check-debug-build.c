// In a checked (DBG=1) build ASSERT expands to a real test, but the free build
// the driver ships as has none: it still does not count as a check.
#define DBG 1
#include <wdm.h>

typedef struct _DEBUG_DATA {
    ULONG Flags;
} DEBUG_DATA, *PDEBUG_DATA;

static UCHAR DebugKey;

VOID DebugAssertOnly(PDRIVER_OBJECT DriverObject)
{
    PDEBUG_DATA data = IoGetDriverObjectExtension(DriverObject, &DebugKey); // expect-note unchecked-null-return {{'data' is assigned the result of 'IoGetDriverObjectExtension' here}}

    ASSERT(data != NULL); // expect-note unchecked-null-return {{'data' is checked only by 'ASSERT' here}}
    data->Flags = 0; // expect-warning unchecked-null-return {{it is checked only by 'ASSERT', which is compiled out of free builds}}
}

NTSTATUS DebugNtAssertOnly(PDRIVER_OBJECT DriverObject)
{
    PDEBUG_DATA data = IoGetDriverObjectExtension(DriverObject, &DebugKey); // expect-note unchecked-null-return {{'data' is assigned the result of 'IoGetDriverObjectExtension' here}}

    NT_ASSERT(data); // expect-note unchecked-null-return {{'data' is checked only by 'NT_ASSERT' here}}
    data->Flags |= 2; // expect-warning unchecked-null-return {{it is checked only by 'NT_ASSERT', which is compiled out of free builds}}
    return STATUS_SUCCESS;
}
