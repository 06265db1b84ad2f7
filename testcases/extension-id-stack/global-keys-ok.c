#include <ntddk.h>
/* Globals, file-scope statics, their members and elements, and a
 * block-scope extern all have static storage. */
// expect-no-diagnostics

ULONG GlobalKey;
static ULONG FileKey;
UCHAR GlobalKeyBytes[4];
struct {
    ULONG Port;
    ULONG Miniport;
} GlobalKeys;

NTSTATUS AllocateAll(PDRIVER_OBJECT DriverObject)
{
    PVOID extension;
    NTSTATUS status;

    status = IoAllocateDriverObjectExtension(DriverObject, &GlobalKey, 16, &extension);
    if (!NT_SUCCESS(status))
        return status;
    status = IoAllocateDriverObjectExtension(DriverObject, (PVOID)&FileKey, 16, &extension);
    if (!NT_SUCCESS(status))
        return status;
    status = IoAllocateDriverObjectExtension(DriverObject, GlobalKeyBytes, 16, &extension);
    if (!NT_SUCCESS(status))
        return status;
    status = IoAllocateDriverObjectExtension(DriverObject, &GlobalKeyBytes[2], 16, &extension);
    if (!NT_SUCCESS(status))
        return status;
    status = IoAllocateDriverObjectExtension(DriverObject, &GlobalKeys.Miniport, 16, &extension);
    if (!NT_SUCCESS(status))
        return status;
    {
        extern ULONG LateKey;
        status = IoAllocateDriverObjectExtension(DriverObject, &LateKey, 16, &extension);
    }
    return status;
}

ULONG LateKey;
