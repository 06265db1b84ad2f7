#include <ntddk.h>
/* Only constant sizes are compared: a size computed at run time may well be
 * the same, so it is not flagged. A Get does not allocate. */
// expect-no-diagnostics

static ULONG BufferKey;

NTSTATUS AllocateBuffer(PDRIVER_OBJECT DriverObject, ULONG Size)
{
    PVOID extension;
    NTSTATUS status = IoAllocateDriverObjectExtension(DriverObject, &BufferKey, 64, &extension);
    if (status == STATUS_OBJECT_NAME_COLLISION)
        status = IoAllocateDriverObjectExtension(DriverObject, &BufferKey, Size, &extension);
    return status;
}

PVOID GetBuffer(PDRIVER_OBJECT DriverObject)
{
    return IoGetDriverObjectExtension(DriverObject, &BufferKey);
}
