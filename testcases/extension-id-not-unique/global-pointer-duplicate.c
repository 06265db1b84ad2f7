#include <ntddk.h>
/* A constant pointer holds the address of a tag variable; the driver then
 * allocates under the pointer and, elsewhere, under the tag's address
 * itself: one key, two extensions. */

typedef struct _CONTROL_DATA {
    ULONG Opens;
} CONTROL_DATA;

typedef struct _STATISTICS_DATA {
    ULONGLONG Reads;
    ULONGLONG Writes;
} STATISTICS_DATA;

static UCHAR ControlTag;
static PVOID const ControlKey = &ControlTag; // expect-note extension-id-not-unique {{'ControlKey' is a constant set to '&ControlTag' here}}

NTSTATUS AllocateControl(PDRIVER_OBJECT DriverObject)
{
    PVOID data;
    return IoAllocateDriverObjectExtension(DriverObject, ControlKey, sizeof(CONTROL_DATA), &data); // expect-note extension-id-not-unique {{'ControlKey' is first allocated here with 4 bytes}}
}

NTSTATUS AllocateStatistics(PDRIVER_OBJECT DriverObject)
{
    PVOID data;
    return IoAllocateDriverObjectExtension(DriverObject, (PVOID)&ControlTag, sizeof(STATISTICS_DATA), &data); // expect-warning extension-id-not-unique {{'(PVOID)&ControlTag' is allocated again with another size (16 bytes, first 4)}}
}
