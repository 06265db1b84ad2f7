#include <ntddk.h>
/* A stack address is a bad key, but that is extension-id-stack's finding. */
// expect-no-diagnostics

NTSTATUS AllocateOnStack(PDRIVER_OBJECT DriverObject)
{
    ULONG localKey;
    UCHAR localBytes[4];
    PVOID extension;
    NTSTATUS status = IoAllocateDriverObjectExtension(DriverObject, &localKey, 16, &extension);
    if (!NT_SUCCESS(status))
        return status;
    return IoAllocateDriverObjectExtension(DriverObject, localBytes, 16, &extension);
}
