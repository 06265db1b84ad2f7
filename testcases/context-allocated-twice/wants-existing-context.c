#include <ntddk.h>
#include <wdf.h>
// expect-no-diagnostics
/* A function that tests for STATUS_OBJECT_NAME_EXISTS uses the second call
 * on purpose, to get the context whether or not it was there. */

typedef struct _SESSION_CONTEXT {
    ULONG Id;
} SESSION_CONTEXT, *PSESSION_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(SESSION_CONTEXT, GetSessionContext)

NTSTATUS GetOrAllocate(WDFOBJECT Object, PSESSION_CONTEXT *Session)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    NTSTATUS status;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, SESSION_CONTEXT);
    status = WdfObjectAllocateContext(Object, &attributes, (PVOID *)Session);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    status = WdfObjectAllocateContext(Object, &attributes, (PVOID *)Session);
    if (status == STATUS_OBJECT_NAME_EXISTS) {
        status = STATUS_SUCCESS;
    }
    return status;
}
