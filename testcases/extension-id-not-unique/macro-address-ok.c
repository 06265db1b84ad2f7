#include <ntddk.h>
/* Header-style key macros that expand to the address of a variable or a
 * function. */
// expect-no-diagnostics

ULONG MyKeyVariable;
NTSTATUS MyPortInitialize(PDRIVER_OBJECT DriverObject);

#define MY_KEY ((PVOID)&MyKeyVariable)
#define MY_PORT_KEY ((PVOID)MyPortInitialize)
#define MY_PORT_KEY_ALIAS MY_PORT_KEY

NTSTATUS MyPortInitialize(PDRIVER_OBJECT DriverObject)
{
    PVOID extension;
    NTSTATUS status;

    status = IoAllocateDriverObjectExtension(DriverObject, MY_KEY, 128, &extension);
    if (!NT_SUCCESS(status))
        return status;
    status = IoAllocateDriverObjectExtension(DriverObject, MY_PORT_KEY, 64, &extension);
    if (!NT_SUCCESS(status))
        return status;
    extension = IoGetDriverObjectExtension(DriverObject, MY_PORT_KEY_ALIAS);
    return extension ? STATUS_SUCCESS : STATUS_UNSUCCESSFUL;
}
