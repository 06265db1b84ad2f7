#include <ntddk.h>
/* Keys that reach the DDI through a driver's own wrapper macros. */

#define GET_DRIVER_EXTENSION(Driver, Key) IoGetDriverObjectExtension((Driver), (PVOID)(Key))
#define ALLOCATE_DRIVER_EXTENSION(Driver, Key, Size, Out) \
    IoAllocateDriverObjectExtension((Driver), (Key), (Size), (Out))

ULONG GoodKey;
#define GOOD_KEY ((PVOID)&GoodKey)

NTSTATUS SetupExtensions(PDRIVER_OBJECT DriverObject)
{
    ULONG localKey; // expect-note extension-id-stack {{'localKey' is declared here}} expect-note extension-id-stack {{'localKey' is declared here}}
    PVOID extension;
    NTSTATUS status;

    status = ALLOCATE_DRIVER_EXTENSION(DriverObject, &localKey, 16, &extension); // expect-warning extension-id-stack {{'&localKey' of 'IoAllocateDriverObjectExtension' is the address of a local variable}}
    if (!NT_SUCCESS(status))
        return status;
    extension = GET_DRIVER_EXTENSION(DriverObject, &localKey); // expect-warning extension-id-stack {{'&localKey' of 'IoGetDriverObjectExtension'}}
    if (!extension)
        return STATUS_UNSUCCESSFUL;
    status = ALLOCATE_DRIVER_EXTENSION(DriverObject, GOOD_KEY, 16, &extension);
    if (!NT_SUCCESS(status))
        return status;
    extension = GET_DRIVER_EXTENSION(DriverObject, GOOD_KEY);
    return extension ? STATUS_SUCCESS : STATUS_UNSUCCESSFUL;
}
