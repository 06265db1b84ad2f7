#include <ntddk.h>
/* A miniport keyed by DriverEntry that reuses the key for a second, larger
 * structure; the key is spelled two ways. */

typedef struct _SMALL_GLOBALS {
    ULONG Count;
} SMALL_GLOBALS;

typedef struct _LARGE_GLOBALS {
    ULONG Count;
    ULONG Reserved[7];
} LARGE_GLOBALS;

DRIVER_INITIALIZE DriverEntry;

NTSTATUS AllocateLarge(PDRIVER_OBJECT DriverObject)
{
    PVOID extension;
    return IoAllocateDriverObjectExtension(DriverObject, &DriverEntry, sizeof(LARGE_GLOBALS), &extension); // expect-note extension-id-not-unique {{'&DriverEntry' is first allocated here with 32 bytes}}
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    PVOID extension;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoAllocateDriverObjectExtension(DriverObject, (PVOID)DriverEntry, sizeof(SMALL_GLOBALS), &extension); // expect-warning extension-id-not-unique {{'(PVOID)DriverEntry' is allocated again with another size (4 bytes, first 32)}}
    if (!NT_SUCCESS(status))
        return status;
    return AllocateLarge(DriverObject);
}
