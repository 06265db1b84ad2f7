#include <ntddk.h>
/* NULL, constants and string literals are bad keys, but not stack addresses:
 * they belong to extension-id-not-unique, not to this check. */
// expect-no-diagnostics

NTSTATUS AllocateBadButNotStack(PDRIVER_OBJECT DriverObject)
{
    PVOID extension;
    NTSTATUS status;

    status = IoAllocateDriverObjectExtension(DriverObject, NULL, 16, &extension);
    if (!NT_SUCCESS(status))
        return status;
    status = IoAllocateDriverObjectExtension(DriverObject, (PVOID)'KEY1', 16, &extension);
    if (!NT_SUCCESS(status))
        return status;
    return IoAllocateDriverObjectExtension(DriverObject, "key", 16, &extension);
}
