#include <ntddk.h>
/* Enumerators used as keys are small integers: 1 is 1 in every driver. */

typedef enum _EXTENSION_ID {
    ExtensionIdNone,
    ExtensionIdPort,
    ExtensionIdMiniport = 0x20,
} EXTENSION_ID;

NTSTATUS AllocateByEnum(PDRIVER_OBJECT DriverObject)
{
    PVOID extension;
    NTSTATUS status;

    status = IoAllocateDriverObjectExtension(DriverObject, (PVOID)ExtensionIdPort, 16, &extension); // expect-warning extension-id-not-unique {{'(PVOID)ExtensionIdPort' of 'IoAllocateDriverObjectExtension' is the integer constant 0x1 cast to a pointer}}
    if (!NT_SUCCESS(status))
        return status;
    status = IoAllocateDriverObjectExtension(DriverObject, (PVOID)(ULONG_PTR)ExtensionIdMiniport, 32, &extension); // expect-warning extension-id-not-unique {{is the integer constant 0x20 cast to a pointer}}
    if (!NT_SUCCESS(status))
        return status;
    extension = IoGetDriverObjectExtension(DriverObject, (PVOID)ExtensionIdNone); // expect-warning extension-id-not-unique {{'(PVOID)ExtensionIdNone' of 'IoGetDriverObjectExtension' is NULL}}
    return extension ? STATUS_SUCCESS : STATUS_UNSUCCESSFUL;
}
