#include <ntddk.h>
/* NULL or 0 as the key: every other component that makes the same mistake
 * shares it. */

NTSTATUS AllocateWithNull(PDRIVER_OBJECT DriverObject)
{
    PVOID extension;
    NTSTATUS status;

    status = IoAllocateDriverObjectExtension(DriverObject, NULL, 16, &extension); // expect-warning extension-id-not-unique {{'NULL' of 'IoAllocateDriverObjectExtension' is NULL, not a unique key}}
    if (!NT_SUCCESS(status))
        return status;
    status = IoAllocateDriverObjectExtension(DriverObject, 0, 16, &extension); // expect-warning extension-id-not-unique {{'0' of 'IoAllocateDriverObjectExtension' is NULL}}
    if (!NT_SUCCESS(status))
        return status;
    extension = IoGetDriverObjectExtension(DriverObject, (PVOID)0); // expect-warning extension-id-not-unique {{'(PVOID)0' of 'IoGetDriverObjectExtension' is NULL}}
    return extension ? STATUS_SUCCESS : STATUS_UNSUCCESSFUL;
}
