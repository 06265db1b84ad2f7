#include <ntddk.h>
/* Locals declared in inner blocks, loops and for-initialisers are stack
 * variables too. */

VOID ScanDriverObjects(PDRIVER_OBJECT *Drivers, ULONG Count)
{
    for (ULONG i = 0; i < Count; i++) { // expect-note extension-id-stack {{'i' is declared here}}
        PVOID extension = IoGetDriverObjectExtension(Drivers[i], &i); // expect-warning extension-id-stack {{'&i' of 'IoGetDriverObjectExtension' is the address of a local variable}}
        if (extension) {
            ULONG marker; // expect-note extension-id-stack {{'marker' is declared here}}
            extension = IoGetDriverObjectExtension(Drivers[i], &marker); // expect-warning extension-id-stack {{'&marker'}}
            if (extension)
                break;
        }
    }
}

NTSTATUS AllocateInBlock(PDRIVER_OBJECT DriverObject, BOOLEAN Large)
{
    PVOID extension = NULL;
    NTSTATUS status = STATUS_SUCCESS;

    if (Large) {
        LARGE_INTEGER stamp; // expect-note extension-id-stack {{'stamp' is declared here}}
        KeQuerySystemTime(&stamp);
        status = IoAllocateDriverObjectExtension(DriverObject, &stamp.QuadPart, 4096, &extension); // expect-warning extension-id-stack {{'&stamp.QuadPart'}}
    }
    return status;
}
