#include <ntddk.h>
#include <wdf.h>
/* Attributes copied as a whole carry their ParentObject to the copy. */

typedef struct _COPY_CONTEXT {
    ULONG Value;
} COPY_CONTEXT, *PCOPY_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(COPY_CONTEXT, GetCopyContext)

NTSTATUS CopiedByAssignment(WDFDEVICE Device, WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_OBJECT_ATTRIBUTES copy;
    PCOPY_CONTEXT context;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, COPY_CONTEXT);
    attributes.ParentObject = Device; // expect-note context-parent-object {{ParentObject is set here}}
    copy = attributes; // expect-note context-parent-object {{'attributes' is copied to 'copy' here}}
    return WdfObjectAllocateContext(Object, &copy, (PVOID *)&context); // expect-warning context-parent-object {{attributes '&copy' passed to 'WdfObjectAllocateContext' have ParentObject set}}
}

NTSTATUS CopiedByInitializer(WDFDEVICE Device, WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PCOPY_CONTEXT context;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, COPY_CONTEXT);
    attributes.ParentObject = Device; // expect-note context-parent-object {{ParentObject is set here}}
    WDF_OBJECT_ATTRIBUTES copy = attributes; // expect-note context-parent-object {{'attributes' is copied to 'copy' here}}
    return WdfObjectAllocateContext(Object, &copy, (PVOID *)&context); // expect-warning context-parent-object {{ParentObject}}
}

/* Copied through pointers on both sides, twice. */
NTSTATUS CopiedThroughPointers(WDFDEVICE Device, WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_OBJECT_ATTRIBUTES first;
    WDF_OBJECT_ATTRIBUTES second;
    PWDF_OBJECT_ATTRIBUTES source = &attributes;
    PWDF_OBJECT_ATTRIBUTES target = &first;
    PCOPY_CONTEXT context;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(source, COPY_CONTEXT);
    source->ParentObject = Device; // expect-note context-parent-object {{ParentObject is set here}}
    *target = *source; // expect-note context-parent-object {{'*source' is copied to '*target' here}}
    second = first; // expect-note context-parent-object {{'first' is copied to 'second' here}}
    return WdfObjectAllocateContext(Object, &second, (PVOID *)&context); // expect-warning context-parent-object {{ParentObject}}
}

/* The copy was taken before ParentObject was set: it has none. */
NTSTATUS CopiedBeforeSet(WDFDEVICE Device, WDFOBJECT Object, WDFCOLLECTION *Collection)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_OBJECT_ATTRIBUTES copy;
    PCOPY_CONTEXT context;
    NTSTATUS status;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, COPY_CONTEXT);
    copy = attributes;
    attributes.ParentObject = Device;
    status = WdfCollectionCreate(&attributes, Collection);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    return WdfObjectAllocateContext(Object, &copy, (PVOID *)&context);
}

/* The copy's own ParentObject is cleared after the copy. */
NTSTATUS CopyCleared(WDFDEVICE Device, WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_OBJECT_ATTRIBUTES copy;
    PCOPY_CONTEXT context;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, COPY_CONTEXT);
    attributes.ParentObject = Device;
    copy = attributes;
    copy.ParentObject = NULL;
    return WdfObjectAllocateContext(Object, &copy, (PVOID *)&context);
}

/* Copied from attributes the walk knows nothing of (a global template). */
WDF_OBJECT_ATTRIBUTES TemplateAttributes;

NTSTATUS CopiedFromGlobal(WDFDEVICE Device, WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES copy;
    PCOPY_CONTEXT context;

    WDF_OBJECT_ATTRIBUTES_INIT(&copy);
    copy.ParentObject = Device;
    copy = TemplateAttributes;
    return WdfObjectAllocateContext(Object, &copy, (PVOID *)&context);
}
