#include "sampledriver.h"

NTSTATUS SampleAttachContext(WDFREQUEST Request, PWDF_OBJECT_ATTRIBUTES Attributes, PVOID *Context)
{
    WDF_OBJECT_ATTRIBUTES local;

    RtlCopyMemory(&local, Attributes, sizeof(local)); // expect-note context-type-missing {{'*Attributes' is copied to 'local' here}}
    local.EvtCleanupCallback = NULL;
    return WdfObjectAllocateContext(Request, &local, Context); // expect-note context-type-missing {{'SampleAttachContext' passes 'Attributes' to 'WdfObjectAllocateContext' here}}
}
