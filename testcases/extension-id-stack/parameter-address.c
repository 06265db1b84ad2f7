#include <ntddk.h>
/* The address of a parameter is the address of a stack slot (or of a
 * register spill), not the driver object itself. */

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath) // expect-note extension-id-stack {{'DriverObject' is declared here}} expect-note extension-id-stack {{'RegistryPath' is declared here}}
{
    PVOID extension;
    NTSTATUS status;

    status = IoAllocateDriverObjectExtension(DriverObject, &DriverObject, 64, &extension); // expect-warning extension-id-stack {{'&DriverObject' of 'IoAllocateDriverObjectExtension' is the address of a parameter on the stack}}
    if (!NT_SUCCESS(status))
        return status;
    status = IoAllocateDriverObjectExtension(DriverObject, (PVOID)&RegistryPath, 8, &extension); // expect-warning extension-id-stack {{is the address of a parameter}}
    return status;
}

VOID
MyUnload(PDRIVER_OBJECT DriverObject) // expect-note extension-id-stack {{'DriverObject' is declared here}}
{
    PVOID extension = IoGetDriverObjectExtension(DriverObject, &DriverObject); // expect-warning extension-id-stack {{'&DriverObject' of 'IoGetDriverObjectExtension' is the address of a parameter}}
    if (extension)
        RtlZeroMemory(extension, 64);
}
