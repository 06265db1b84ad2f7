#include <ntddk.h>
/* A pool-tag-style multi-character constant is an integer, not an address:
 * another driver component can pick the same four letters. */

NTSTATUS AllocateWithTagKey(PDRIVER_OBJECT DriverObject)
{
    PVOID extension;
    NTSTATUS status;

    status = IoAllocateDriverObjectExtension(DriverObject, (PVOID)'KEY1', 16, &extension); // expect-warning extension-id-not-unique {{'(PVOID)'KEY1'' of 'IoAllocateDriverObjectExtension' is the integer constant 0x4B455931 cast to a pointer}}
    if (!NT_SUCCESS(status))
        return status;
    extension = IoGetDriverObjectExtension(DriverObject, (PVOID)(ULONG_PTR)'1YEK'); // expect-warning extension-id-not-unique {{is the integer constant 0x3159454B cast to a pointer}}
    return extension ? STATUS_SUCCESS : STATUS_UNSUCCESSFUL;
}
