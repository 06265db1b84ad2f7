#include <ntddk.h>
/* Integer constants cast to pointers, however they are spelled. */

#define EXTENSION_KEY_VALUE 0x1234
static const ULONG_PTR ConstKey = 0x77;

NTSTATUS AllocateWithIntegers(PDRIVER_OBJECT DriverObject)
{
    PVOID extension;
    NTSTATUS status;

    status = IoAllocateDriverObjectExtension(DriverObject, (PVOID)0x1234, 16, &extension); // expect-warning extension-id-not-unique {{is the integer constant 0x1234 cast to a pointer}}
    if (!NT_SUCCESS(status))
        return status;
    status = IoAllocateDriverObjectExtension(DriverObject, (PVOID)(ULONG_PTR)1, 16, &extension); // expect-warning extension-id-not-unique {{is the integer constant 0x1 cast to a pointer}}
    if (!NT_SUCCESS(status))
        return status;
    status = IoAllocateDriverObjectExtension(DriverObject, (PVOID)(EXTENSION_KEY_VALUE + 1), 16, &extension); // expect-warning extension-id-not-unique {{is the integer constant 0x1235 cast to a pointer}}
    if (!NT_SUCCESS(status))
        return status;
    extension = IoGetDriverObjectExtension(DriverObject, (PVOID)ConstKey); // expect-warning extension-id-not-unique {{is the integer constant 0x77 cast to a pointer}}
    return extension ? STATUS_SUCCESS : STATUS_UNSUCCESSFUL;
}
