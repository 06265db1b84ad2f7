#include <ntddk.h>
/* The address of a non-static local: the stack slot is reused after return. */

typedef struct _MY_DRIVER_EXTENSION {
    ULONG Flags;
    LIST_ENTRY Devices;
} MY_DRIVER_EXTENSION, *PMY_DRIVER_EXTENSION;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    ULONG extensionKey = 0; // expect-note extension-id-stack {{'extensionKey' is declared here}}
    PMY_DRIVER_EXTENSION extension;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoAllocateDriverObjectExtension(DriverObject, &extensionKey, sizeof(MY_DRIVER_EXTENSION), // expect-warning extension-id-stack {{'&extensionKey' of 'IoAllocateDriverObjectExtension' is the address of a local variable on the stack}}
                                             (PVOID *)&extension);
    if (!NT_SUCCESS(status))
        return status;
    InitializeListHead(&extension->Devices);
    return STATUS_SUCCESS;
}
