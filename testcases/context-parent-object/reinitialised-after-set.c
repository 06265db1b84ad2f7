#include <ntddk.h>
#include <wdf.h>
// expect-no-diagnostics
/* The initialisation macros zero the structure: a ParentObject set before them
 * is gone by the time of the call. */

typedef struct _SESSION_CONTEXT {
    ULONG Id;
} SESSION_CONTEXT, *PSESSION_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(SESSION_CONTEXT, GetSessionContext)

NTSTATUS ReinitWithInit(WDFDEVICE Device, WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PSESSION_CONTEXT session;

    attributes.ParentObject = Device;
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(&attributes, SESSION_CONTEXT);
    return WdfObjectAllocateContext(Object, &attributes, (PVOID *)&session);
}

NTSTATUS ReinitWithContextType(WDFDEVICE Device, WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes = {.ParentObject = Device};
    PSESSION_CONTEXT session;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, SESSION_CONTEXT);
    return WdfObjectAllocateContext(Object, &attributes, (PVOID *)&session);
}

/* Re-initialised on both branches before they join. */
NTSTATUS ReinitOnBothBranches(WDFDEVICE Device, WDFOBJECT Object, BOOLEAN Large)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PSESSION_CONTEXT session;

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = Device;
    if (Large) {
        WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, SESSION_CONTEXT);
        attributes.ContextSizeOverride = 4096;
    } else {
        WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, SESSION_CONTEXT);
    }
    return WdfObjectAllocateContext(Object, &attributes, (PVOID *)&session);
}

/* Overwritten as a whole by a structure assignment. */
NTSTATUS ReplacedByCopy(WDFDEVICE Device, WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_OBJECT_ATTRIBUTES clean;
    PSESSION_CONTEXT session;

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = Device;
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&clean, SESSION_CONTEXT);
    attributes = clean;
    return WdfObjectAllocateContext(Object, &attributes, (PVOID *)&session);
}
