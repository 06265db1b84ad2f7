#include <ntddk.h>
/* The helper in this file refuses a NULL key, and replaces a key it is told
 * to replace; its callers in another file pass NULL and a tag.  The helper
 * does not pass those on as they are: nothing is reported. */
// expect-no-diagnostics

static ULONG DefaultContextKey;

NTSTATUS AllocateContext(PDRIVER_OBJECT DriverObject, PVOID Key, ULONG Size, PVOID *Context)
{
    if (Key == NULL)
        return STATUS_INVALID_PARAMETER;
    return IoAllocateDriverObjectExtension(DriverObject, Key, Size, Context);
}

NTSTATUS AllocateDefaultContext(PDRIVER_OBJECT DriverObject, PVOID Key, ULONG Size, PVOID *Context)
{
    Key = &DefaultContextKey;
    return IoAllocateDriverObjectExtension(DriverObject, Key, Size, Context);
}
