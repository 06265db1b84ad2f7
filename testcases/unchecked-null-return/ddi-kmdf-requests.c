// KMDF: WdfRequestRetrieveInputBuffer and WdfMemoryCreate hand back a buffer
// only when they return a success status.  WdfCmResourceListGetDescriptor
// returns NULL only for an index beyond the count the driver reads: a loop
// bounded by that count needs no test.
#include <ntddk.h>
#include <wdf.h>

typedef struct _KMDF_SETTINGS {
    ULONG Mode;
    ULONG Timeout;
} KMDF_SETTINGS, *PKMDF_SETTINGS;

VOID KmdfSetModeUnchecked(WDFREQUEST Request)
{
    PKMDF_SETTINGS settings;
    NTSTATUS status = WdfRequestRetrieveInputBuffer(Request, sizeof(KMDF_SETTINGS), (PVOID *)&settings, NULL); // expect-note unchecked-null-return {{'settings' is set by 'WdfRequestRetrieveInputBuffer' here, and is valid only when it returns a success status}}

    if (settings->Mode > 3) // expect-warning unchecked-null-return {{'settings' from 'WdfRequestRetrieveInputBuffer' may be NULL here}}
        status = STATUS_INVALID_PARAMETER;
    WdfRequestComplete(Request, status);
}

VOID KmdfSetMode(WDFREQUEST Request)
{
    PKMDF_SETTINGS settings;
    NTSTATUS status = WdfRequestRetrieveInputBuffer(Request, sizeof(KMDF_SETTINGS), (PVOID *)&settings, NULL);

    if (!NT_SUCCESS(status)) {
        WdfRequestComplete(Request, status);
        return;
    }
    if (settings->Mode > 3)
        status = STATUS_INVALID_PARAMETER;
    WdfRequestComplete(Request, status);
}

WDFMEMORY KmdfScratchBufferUnchecked(WDFOBJECT Parent, size_t Length)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDFMEMORY memory = NULL;
    PVOID buffer;

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = Parent;
    WdfMemoryCreate(&attributes, NonPagedPoolNx, 'rcSK', Length, &memory, &buffer); // expect-note unchecked-null-return {{'buffer' is set by 'WdfMemoryCreate' here, and is valid only when it returns a success status}}
    RtlZeroMemory(buffer, Length); // expect-warning unchecked-null-return {{'buffer' from 'WdfMemoryCreate' may be NULL here}}
    return memory;
}

NTSTATUS KmdfFindInterrupt(WDFCMRESLIST ResourcesTranslated, PULONG Vector)
{
    ULONG count = WdfCmResourceListGetCount(ResourcesTranslated);

    for (ULONG i = 0; i < count; i++) {
        PCM_PARTIAL_RESOURCE_DESCRIPTOR descriptor = WdfCmResourceListGetDescriptor(ResourcesTranslated, i);

        if (descriptor->Type == CmResourceTypeInterrupt) {
            *Vector = descriptor->u.Interrupt.Vector;
            return STATUS_SUCCESS;
        }
    }
    return STATUS_DEVICE_CONFIGURATION_ERROR;
}
