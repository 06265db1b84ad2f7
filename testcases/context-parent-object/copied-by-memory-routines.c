#include <ntddk.h>
#include <wdf.h>
/* RtlCopyMemory, memcpy and RtlMoveMemory of the whole structure carry
 * ParentObject; a partial copy, or one of an unknown size, tells nothing. */

typedef struct _BLOCK_CONTEXT {
    ULONG Value;
} BLOCK_CONTEXT, *PBLOCK_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(BLOCK_CONTEXT, GetBlockContext)

NTSTATUS CopiedByRtlCopyMemory(WDFDEVICE Device, WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_OBJECT_ATTRIBUTES copy;
    PBLOCK_CONTEXT context;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, BLOCK_CONTEXT);
    attributes.ParentObject = Device; // expect-note context-parent-object {{ParentObject is set here}}
    RtlCopyMemory(&copy, &attributes, sizeof(copy)); // expect-note context-parent-object {{'attributes' is copied to 'copy' here}}
    return WdfObjectAllocateContext(Object, &copy, (PVOID *)&context); // expect-warning context-parent-object {{ParentObject}}
}

NTSTATUS CopiedByMemcpy(WDFDEVICE Device, WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_OBJECT_ATTRIBUTES copy;
    PBLOCK_CONTEXT context;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, BLOCK_CONTEXT);
    attributes.ParentObject = Device; // expect-note context-parent-object {{ParentObject is set here}}
    memcpy(&copy, &attributes, sizeof(WDF_OBJECT_ATTRIBUTES)); // expect-note context-parent-object {{copied to 'copy'}}
    return WdfObjectAllocateContext(Object, &copy, (PVOID *)&context); // expect-warning context-parent-object {{ParentObject}}
}

NTSTATUS CopiedByRtlMoveMemory(WDFDEVICE Device, WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_OBJECT_ATTRIBUTES copy;
    PWDF_OBJECT_ATTRIBUTES p = &copy;
    PBLOCK_CONTEXT context;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, BLOCK_CONTEXT);
    attributes.ParentObject = Device; // expect-note context-parent-object {{ParentObject is set here}}
    RtlMoveMemory(p, &attributes, sizeof(*p)); // expect-note context-parent-object {{'attributes' is copied to '*p' here}}
    return WdfObjectAllocateContext(Object, &copy, (PVOID *)&context); // expect-warning context-parent-object {{ParentObject}}
}

/* Only the first members are copied: ParentObject is whatever was there. */
NTSTATUS PartialCopy(WDFDEVICE Device, WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_OBJECT_ATTRIBUTES copy;
    PBLOCK_CONTEXT context;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&copy, BLOCK_CONTEXT);
    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = Device;
    RtlCopyMemory(&copy, &attributes, FIELD_OFFSET(WDF_OBJECT_ATTRIBUTES, ParentObject));
    return WdfObjectAllocateContext(Object, &copy, (PVOID *)&context);
}

NTSTATUS CopyOfUnknownSize(WDFDEVICE Device, WDFOBJECT Object, SIZE_T Size)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_OBJECT_ATTRIBUTES copy;
    PBLOCK_CONTEXT context;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, BLOCK_CONTEXT);
    attributes.ParentObject = Device;
    RtlCopyMemory(&copy, &attributes, Size);
    return WdfObjectAllocateContext(Object, &copy, (PVOID *)&context);
}

/* Zeroing the whole structure clears ParentObject. */
NTSTATUS ZeroedAfterSet(WDFDEVICE Device, WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PBLOCK_CONTEXT context;

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = Device;
    RtlZeroMemory(&attributes, sizeof(attributes));
    attributes.Size = sizeof(attributes);
    WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(&attributes, BLOCK_CONTEXT);
    return WdfObjectAllocateContext(Object, &attributes, (PVOID *)&context);
}

NTSTATUS MemsetAfterSet(WDFDEVICE Device, WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PBLOCK_CONTEXT context;

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = Device;
    memset(&attributes, 0, sizeof(WDF_OBJECT_ATTRIBUTES));
    attributes.Size = sizeof(attributes);
    WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(&attributes, BLOCK_CONTEXT);
    return WdfObjectAllocateContext(Object, &attributes, (PVOID *)&context);
}

/* Filled with something else than zero, or only in part: not known. */
NTSTATUS FilledWithOnes(WDFDEVICE Device, WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PBLOCK_CONTEXT context;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, BLOCK_CONTEXT);
    attributes.ParentObject = Device;
    memset(&attributes, 0xff, sizeof(attributes));
    return WdfObjectAllocateContext(Object, &attributes, (PVOID *)&context);
}

NTSTATUS ZeroedInPart(WDFDEVICE Device, WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PBLOCK_CONTEXT context;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, BLOCK_CONTEXT);
    attributes.ParentObject = Device;
    RtlZeroMemory(&attributes, sizeof(ULONG));
    return WdfObjectAllocateContext(Object, &attributes, (PVOID *)&context);
}
