#include <ntddk.h>
/* The address of a member or an element of a local is still on the stack. */

typedef struct _KEYS {
    ULONG Port;
    struct {
        ULONG Deep;
    } Inner;
    UCHAR Table[4];
} KEYS;

NTSTATUS AllocateExtensions(PDRIVER_OBJECT DriverObject)
{
    KEYS keys; // expect-note extension-id-stack {{'keys' is declared here}} expect-note extension-id-stack {{'keys' is declared here}} expect-note extension-id-stack {{'keys' is declared here}}
    ULONG table[2]; // expect-note extension-id-stack {{'table' is declared here}}
    PVOID extension;
    NTSTATUS status;

    status = IoAllocateDriverObjectExtension(DriverObject, &keys.Port, 16, &extension); // expect-warning extension-id-stack {{'&keys.Port' of 'IoAllocateDriverObjectExtension' is the address of a local variable}}
    if (!NT_SUCCESS(status))
        return status;
    status = IoAllocateDriverObjectExtension(DriverObject, &(keys.Inner.Deep), 16, &extension); // expect-warning extension-id-stack {{the address of a local variable}}
    if (!NT_SUCCESS(status))
        return status;
    status = IoAllocateDriverObjectExtension(DriverObject, &keys.Table[2], 16, &extension); // expect-warning extension-id-stack {{the address of a local variable}}
    if (!NT_SUCCESS(status))
        return status;
    return IoAllocateDriverObjectExtension(DriverObject, &table[1], 16, &extension); // expect-warning extension-id-stack {{'&table[1]' of 'IoAllocateDriverObjectExtension' is the address of a local variable}}
}
