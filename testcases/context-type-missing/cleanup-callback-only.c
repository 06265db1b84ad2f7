#include <ntddk.h>
#include <wdf.h>
/* A driver idiom that does not work: adding only a cleanup callback to an
 * existing object.  WdfObjectAllocateContext needs a context type; without
 * one the call fails and the callback is never registered.  The fix is a
 * context type of its own (even a small one). */

typedef struct _CLEANUP_MARKER {
    ULONG Unused;
} CLEANUP_MARKER, *PCLEANUP_MARKER;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(CLEANUP_MARKER, GetCleanupMarker)

EVT_WDF_OBJECT_CONTEXT_CLEANUP SampleExtraCleanup;

VOID SampleExtraCleanup(WDFOBJECT Object)
{
    UNREFERENCED_PARAMETER(Object);
}

NTSTATUS SampleAddCleanup(WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    NTSTATUS status;

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes); // expect-note context-type-missing {{ContextTypeInfo is left NULL here}}
    attributes.EvtCleanupCallback = SampleExtraCleanup;
    status = WdfObjectAllocateContext(Object, &attributes, NULL); // expect-warning context-type-missing {{STATUS_OBJECT_NAME_INVALID: set one with WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE or WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE}}
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return STATUS_SUCCESS;
}

/* Fixed: a context type of its own carries the callback. */
NTSTATUS SampleAddCleanupFixed(WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, CLEANUP_MARKER);
    attributes.EvtCleanupCallback = SampleExtraCleanup;
    return WdfObjectAllocateContext(Object, &attributes, NULL);
}
