#include "sampledriver.h"

NTSTATUS SampleAllocateContext(WDFOBJECT Object, PWDF_OBJECT_ATTRIBUTES Attributes, PVOID *Context)
{
    NTSTATUS status;

    status = WdfObjectAllocateContext(Object, Attributes, Context); // expect-note context-parent-object {{'SampleAllocateContext' passes 'Attributes' to 'WdfObjectAllocateContext' here}}
    if (!NT_SUCCESS(status)) {
        *Context = NULL;
    }
    return status;
}

/* Drops whatever parent the caller set. */
NTSTATUS SampleAllocateCleanContext(WDFOBJECT Object, PWDF_OBJECT_ATTRIBUTES Attributes, PVOID *Context)
{
    Attributes->ParentObject = WDF_NO_HANDLE;
    return WdfObjectAllocateContext(Object, Attributes, Context);
}
