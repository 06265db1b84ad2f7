#include "context.h"
/* The helper is in one file, its callers in others: the callers' arguments
 * are the keys, and every finding shows the helper. */

ULONG DeviceListKey;

NTSTATUS AllocateDriverContext(PDRIVER_OBJECT DriverObject, PVOID Key, ULONG Size, PVOID *Context)
{
    NTSTATUS status = IoAllocateDriverObjectExtension(DriverObject, Key, Size, Context); // expect-note extension-id-not-unique {{'AllocateDriverContext' passes its parameter 'Key' as the ClientIdentificationAddress of 'IoAllocateDriverObjectExtension' here}} expect-note extension-id-not-unique {{'AllocateDriverContext' passes its parameter 'Key' as the ClientIdentificationAddress of 'IoAllocateDriverObjectExtension' here}}
    if (NT_SUCCESS(status))
        RtlZeroMemory(*Context, Size);
    return status;
}
