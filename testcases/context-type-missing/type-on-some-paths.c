#include <ntddk.h>
#include <wdf.h>
// expect-no-diagnostics
/* The type is missing on some paths only: the check stays silent rather
 * than guess which path runs. */

typedef struct _PORT_CONTEXT {
    ULONG Number;
} PORT_CONTEXT, *PPORT_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(PORT_CONTEXT, GetPortContext)

NTSTATUS TypedOnOneBranch(WDFOBJECT Object, BOOLEAN Typed)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PVOID context;

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    if (Typed) {
        WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(&attributes, PORT_CONTEXT);
    }
    return WdfObjectAllocateContext(Object, &attributes, &context);
}

NTSTATUS ConditionalType(WDFOBJECT Object, BOOLEAN Typed)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PVOID context;

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ContextTypeInfo = Typed ? WDF_GET_CONTEXT_TYPE_INFO(PORT_CONTEXT) : NULL;
    return WdfObjectAllocateContext(Object, &attributes, &context);
}

/* Re-initialised at the end of a loop body: the first iteration has the type. */
NTSTATUS ClearedAfterCallInLoop(WDFOBJECT *Objects, ULONG Count)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PVOID context;
    NTSTATUS status = STATUS_SUCCESS;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, PORT_CONTEXT);
    for (ULONG i = 0; i < Count; i++) {
        status = WdfObjectAllocateContext(Objects[i], &attributes, &context);
        if (!NT_SUCCESS(status)) {
            break;
        }
        WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    }
    return status;
}

/* An unbraced `if` guards only the first statement of
 * WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE, as with the WDK's macro: the
 * type is set on both paths. */
NTSTATUS UnbracedIf(WDFOBJECT Object, BOOLEAN Fresh)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PVOID context;

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    if (Fresh)
        WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, PORT_CONTEXT);
    return WdfObjectAllocateContext(Object, &attributes, &context);
}
