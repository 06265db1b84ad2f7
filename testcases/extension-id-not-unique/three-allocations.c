#include <ntddk.h>
/* Three allocations under one key, one after the other: each later one is
 * reported once, against the first (the same size fails as well as
 * another size). */

static ULONG TripleKey;
static ULONG OtherKey;

NTSTATUS AllocateThree(PDRIVER_OBJECT DriverObject)
{
    PVOID extension;
    NTSTATUS status;

    status = IoAllocateDriverObjectExtension(DriverObject, &TripleKey, 16, &extension); // expect-note extension-id-not-unique {{'&TripleKey' is first allocated here with 16 bytes}} expect-note extension-id-not-unique {{'&TripleKey' is first allocated here}}
    if (!NT_SUCCESS(status))
        return status;
    status = IoAllocateDriverObjectExtension(DriverObject, &TripleKey, 16, &extension); // expect-warning extension-id-not-unique {{'&TripleKey' is allocated a second time; whichever IoAllocateDriverObjectExtension runs second fails with STATUS_OBJECT_NAME_COLLISION}}
    if (!NT_SUCCESS(status))
        return status;
    status = IoAllocateDriverObjectExtension(DriverObject, &TripleKey, 2 * 16, &extension); // expect-warning extension-id-not-unique {{allocated again with another size (32 bytes, first 16)}}
    if (!NT_SUCCESS(status))
        return status;
    status = IoAllocateDriverObjectExtension(DriverObject, &OtherKey, 8, &extension); // expect-note extension-id-not-unique {{'&OtherKey' is first allocated here with 8 bytes}} expect-note extension-id-not-unique {{'&OtherKey' is first allocated here with 8 bytes}}
    if (!NT_SUCCESS(status))
        return status;
    status = IoAllocateDriverObjectExtension(DriverObject, &OtherKey, 16, &extension); // expect-warning extension-id-not-unique {{(16 bytes, first 8)}}
    if (!NT_SUCCESS(status))
        return status;
    return IoAllocateDriverObjectExtension(DriverObject, &OtherKey, 24, &extension); // expect-warning extension-id-not-unique {{(24 bytes, first 8)}}
}
