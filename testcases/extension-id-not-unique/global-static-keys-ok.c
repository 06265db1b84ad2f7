#include <ntddk.h>
/* Addresses of globals, file-scope statics, static locals, global arrays and
 * members of globals: unique, and each a different key. */
// expect-no-diagnostics

ULONG GlobalKey;
static UCHAR FileKey;
UCHAR KeyBytes[4];

NTSTATUS AllocateEverything(PDRIVER_OBJECT DriverObject)
{
    static LONG localStaticKey;
    PVOID extension;
    NTSTATUS status;

    status = IoAllocateDriverObjectExtension(DriverObject, &GlobalKey, 8, &extension);
    if (!NT_SUCCESS(status))
        return status;
    status = IoAllocateDriverObjectExtension(DriverObject, (PVOID)&FileKey, 16, &extension);
    if (!NT_SUCCESS(status))
        return status;
    status = IoAllocateDriverObjectExtension(DriverObject, &localStaticKey, 24, &extension);
    if (!NT_SUCCESS(status))
        return status;
    status = IoAllocateDriverObjectExtension(DriverObject, KeyBytes, 32, &extension);
    if (!NT_SUCCESS(status))
        return status;
    extension = IoGetDriverObjectExtension(DriverObject, &localStaticKey);
    return extension ? STATUS_SUCCESS : STATUS_UNSUCCESSFUL;
}
