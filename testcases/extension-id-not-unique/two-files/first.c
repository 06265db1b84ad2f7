#include <ntddk.h>
/* One key, two extensions of different sizes, allocated in two files. */
extern ULONG SharedKey;
ULONG SharedKey;

NTSTATUS AllocateSmall(PDRIVER_OBJECT DriverObject)
{
    PVOID extension;
    return IoAllocateDriverObjectExtension(DriverObject, &SharedKey, 16, &extension); // expect-note extension-id-not-unique {{first allocated here with 16 bytes}}
}
