#include <ntddk.h>
extern ULONG SharedKey;

NTSTATUS AllocateLarge(PDRIVER_OBJECT DriverObject)
{
    PVOID extension;
    return IoAllocateDriverObjectExtension(DriverObject, &SharedKey, 32, &extension); // expect-warning extension-id-not-unique {{allocated again with another size (32 bytes, first 16)}}
}
