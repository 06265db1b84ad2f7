#include <ntddk.h>
/* A helper called twice with one key and two sizes: two extensions under one
 * key.  Called with two keys, it is fine. */

static NTSTATUS CreateDriverContext(PDRIVER_OBJECT DriverObject, PVOID Key, ULONG Size, PVOID *Context)
{
    return IoAllocateDriverObjectExtension(DriverObject, Key, Size, Context); // expect-note extension-id-not-unique {{'CreateDriverContext' passes its parameter 'Key' as the ClientIdentificationAddress of 'IoAllocateDriverObjectExtension' here}}
}

static ULONG QueueKey;
static ULONG PowerKey;

NTSTATUS CreateContexts(PDRIVER_OBJECT DriverObject)
{
    PVOID context;
    NTSTATUS status = CreateDriverContext(DriverObject, &QueueKey, 64, &context); // expect-note extension-id-not-unique {{'&QueueKey' is first allocated here with 64 bytes}}
    if (!NT_SUCCESS(status))
        return status;
    status = CreateDriverContext(DriverObject, &PowerKey, 128, &context);
    if (!NT_SUCCESS(status))
        return status;
    return CreateDriverContext(DriverObject, &QueueKey, 256, &context); // expect-warning extension-id-not-unique {{'&QueueKey' is allocated again with another size (256 bytes, first 64)}}
}
