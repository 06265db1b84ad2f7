#include <ntddk.h>
/* Different members or elements of one global are different addresses, so
 * different keys: two sizes is not a collision. */
// expect-no-diagnostics

struct {
    UCHAR Port;
    UCHAR Miniport;
} ExtensionKeys;

UCHAR KeyTable[2];

NTSTATUS AllocatePortAndMiniport(PDRIVER_OBJECT DriverObject)
{
    PVOID extension;
    NTSTATUS status;

    status = IoAllocateDriverObjectExtension(DriverObject, &ExtensionKeys.Port, 16, &extension);
    if (!NT_SUCCESS(status))
        return status;
    status = IoAllocateDriverObjectExtension(DriverObject, &ExtensionKeys.Miniport, 64, &extension);
    if (!NT_SUCCESS(status))
        return status;
    status = IoAllocateDriverObjectExtension(DriverObject, &KeyTable[0], 8, &extension);
    if (!NT_SUCCESS(status))
        return status;
    return IoAllocateDriverObjectExtension(DriverObject, &KeyTable[1], 24, &extension);
}
