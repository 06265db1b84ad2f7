#include <ntddk.h>
#include <wdf.h>
// expect-no-diagnostics
/* Members other than ParentObject may be set for WdfObjectAllocateContext:
 * cleanup and destroy callbacks, a context size override. */

typedef struct _TRACE_CONTEXT {
    PVOID Buffer;
} TRACE_CONTEXT, *PTRACE_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(TRACE_CONTEXT, GetTraceContext)

EVT_WDF_OBJECT_CONTEXT_CLEANUP TraceContextCleanup;
EVT_WDF_OBJECT_CONTEXT_DESTROY TraceContextDestroy;

VOID TraceContextCleanup(WDFOBJECT Object)
{
    GetTraceContext(Object)->Buffer = NULL;
}

VOID TraceContextDestroy(WDFOBJECT Object)
{
    UNREFERENCED_PARAMETER(Object);
}

NTSTATUS AddTraceContext(WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PWDF_OBJECT_ATTRIBUTES p = &attributes;
    PTRACE_CONTEXT trace;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, TRACE_CONTEXT);
    attributes.EvtCleanupCallback = TraceContextCleanup;
    p->EvtDestroyCallback = TraceContextDestroy;
    attributes.ContextSizeOverride = sizeof(TRACE_CONTEXT) + 256;
    return WdfObjectAllocateContext(Object, &attributes, (PVOID *)&trace);
}

NTSTATUS AddTraceContextInitialized(WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes = {
        .Size = sizeof(WDF_OBJECT_ATTRIBUTES),
        .EvtCleanupCallback = TraceContextCleanup,
        .ExecutionLevel = WdfExecutionLevelInheritFromParent,
        .SynchronizationScope = WdfSynchronizationScopeInheritFromParent,
        .ContextTypeInfo = WDF_GET_CONTEXT_TYPE_INFO(TRACE_CONTEXT),
    };
    PTRACE_CONTEXT trace;

    return WdfObjectAllocateContext(Object, &attributes, (PVOID *)&trace);
}

/* Reading ParentObject is not setting it. */
NTSTATUS AddTraceContextChecked(WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PTRACE_CONTEXT trace;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, TRACE_CONTEXT);
    if (attributes.ParentObject != NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    return WdfObjectAllocateContext(Object, &attributes, (PVOID *)&trace);
}

/* ParentObject for the creation calls themselves is fine. */
NTSTATUS CreateChildren(WDFDEVICE Device, WDFWAITLOCK *Lock, WDFSPINLOCK *SpinLock)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    NTSTATUS status;

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = Device;
    status = WdfWaitLockCreate(&attributes, Lock);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return WdfSpinLockCreate(&attributes, SpinLock);
}
