#include <ntddk.h>
#include <wdf.h>
/* A driver helper that hands the attributes it is given on to
 * WdfObjectAllocateContext: a caller that sets ParentObject is reported at
 * its call of the helper, with a note at the forward inside the helper. */

typedef struct _FILTER_CONTEXT {
    ULONG Flags;
} FILTER_CONTEXT, *PFILTER_CONTEXT;

typedef struct _FILTER_STATISTICS {
    ULONG Requests;
} FILTER_STATISTICS, *PFILTER_STATISTICS;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(FILTER_CONTEXT, GetFilterContext)
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(FILTER_STATISTICS, GetFilterStatistics)

static NTSTATUS AllocateWith(WDFOBJECT Object, PWDF_OBJECT_ATTRIBUTES Attributes, PVOID *Context)
{
    /* Noted for both findings below. */
    return WdfObjectAllocateContext(Object, Attributes, Context); // expect-note context-parent-object {{'AllocateWith' passes 'Attributes' to 'WdfObjectAllocateContext' here}} expect-note context-parent-object {{'AllocateWith' passes 'Attributes'}}
}

NTSTATUS ForwardedToHelper(WDFDEVICE Device, WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PVOID context;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, FILTER_CONTEXT);
    attributes.ParentObject = Device; // expect-note context-parent-object {{ParentObject is set here}}
    return AllocateWith(Object, &attributes, &context); // expect-warning context-parent-object {{attributes '&attributes' passed to 'AllocateWith' have ParentObject set, and 'AllocateWith' passes them on to 'WdfObjectAllocateContext', which fails with STATUS_WDF_PARENT_ASSIGNMENT_NOT_ALLOWED}}
}

/* Two helpers deep, the outer one defined after its caller; it sets the
 * context type itself, which leaves ParentObject as the caller set it. */
static NTSTATUS AddStatistics(WDFOBJECT Object, PWDF_OBJECT_ATTRIBUTES Attributes);

NTSTATUS ThroughTwoHelpers(WDFDEVICE Device, WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = Device; // expect-note context-parent-object {{ParentObject is set here}}
    return AddStatistics(Object, &attributes); // expect-warning context-parent-object {{passed to 'AddStatistics' have ParentObject set, and 'AddStatistics' passes them on to 'WdfObjectAllocateContext'}}
}

static NTSTATUS AddStatistics(WDFOBJECT Object, PWDF_OBJECT_ATTRIBUTES Attributes)
{
    PVOID statistics;

    WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(Attributes, FILTER_STATISTICS);
    return AllocateWith(Object, Attributes, &statistics); // expect-note context-parent-object {{'AddStatistics' passes 'Attributes' to 'AllocateWith' here}}
}

/* The helper copies the caller's attributes and uses a pointer to the copy. */
static NTSTATUS AllocateFromTemplate(WDFOBJECT Object, PWDF_OBJECT_ATTRIBUTES Template)
{
    WDF_OBJECT_ATTRIBUTES copy = *Template; // expect-note context-parent-object {{'*Template' is copied to 'copy' here}}
    PWDF_OBJECT_ATTRIBUTES p = &copy;
    PVOID context;

    if (Object == NULL) {
        return STATUS_INVALID_PARAMETER;
    }
    return WdfObjectAllocateContext(Object, p, &context); // expect-note context-parent-object {{'AllocateFromTemplate' passes 'Template' to 'WdfObjectAllocateContext' here}}
}

NTSTATUS ThroughCopyingHelper(WDFDEVICE Device, WDFOBJECT Object)
{
    WDF_OBJECT_ATTRIBUTES attributes;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, FILTER_CONTEXT);
    attributes.ParentObject = Device; // expect-note context-parent-object {{ParentObject is set here}}
    return AllocateFromTemplate(Object, &attributes); // expect-warning context-parent-object {{'AllocateFromTemplate' passes them on}}
}

/* Helpers that do not hand ParentObject on as they get it. */
static NTSTATUS AllocateReinitialised(WDFOBJECT Object, PWDF_OBJECT_ATTRIBUTES Attributes)
{
    PVOID context;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(Attributes, FILTER_STATISTICS);
    return WdfObjectAllocateContext(Object, Attributes, &context);
}

static NTSTATUS AllocateWithoutParent(WDFOBJECT Object, PWDF_OBJECT_ATTRIBUTES Attributes)
{
    PVOID context;

    Attributes->ParentObject = NULL;
    return WdfObjectAllocateContext(Object, Attributes, &context);
}

static NTSTATUS AllocateMaybeWithoutParent(WDFOBJECT Object, PWDF_OBJECT_ATTRIBUTES Attributes, BOOLEAN Clear)
{
    PVOID context;

    if (Clear) {
        Attributes->ParentObject = NULL;
    }
    return WdfObjectAllocateContext(Object, Attributes, &context);
}

static NTSTATUS CreateCollection(PWDF_OBJECT_ATTRIBUTES Attributes, WDFCOLLECTION *Collection)
{
    return WdfCollectionCreate(Attributes, Collection);
}

NTSTATUS HelpersThatDoNotForward(WDFDEVICE Device, WDFOBJECT Object, WDFCOLLECTION *Collection)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    NTSTATUS status;

    WDF_OBJECT_ATTRIBUTES_INIT(&attributes);
    attributes.ParentObject = Device;
    status = CreateCollection(&attributes, Collection);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    attributes.ParentObject = Device;
    status = AllocateReinitialised(Object, &attributes);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    attributes.ParentObject = Device;
    status = AllocateWithoutParent(Object, &attributes);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    attributes.ParentObject = Device;
    return AllocateMaybeWithoutParent(Object, &attributes, TRUE);
}

/* The caller's attributes have no parent, or only on one path. */
NTSTATUS CallersWithoutParent(WDFDEVICE Device, WDFOBJECT Object, BOOLEAN Parented)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PVOID context;
    NTSTATUS status;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, FILTER_CONTEXT);
    status = AllocateWith(Object, &attributes, &context);
    if (!NT_SUCCESS(status)) {
        return status;
    }
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, FILTER_STATISTICS);
    if (Parented) {
        attributes.ParentObject = Device;
    }
    return AllocateWith(Object, &attributes, &context);
}

/* A helper called through a pointer is not known. */
typedef NTSTATUS ALLOCATE_ROUTINE(WDFOBJECT Object, PWDF_OBJECT_ATTRIBUTES Attributes, PVOID *Context);

NTSTATUS ThroughPointer(WDFDEVICE Device, WDFOBJECT Object, ALLOCATE_ROUTINE *Allocate)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PVOID context;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, FILTER_CONTEXT);
    attributes.ParentObject = Device;
    return Allocate(Object, &attributes, &context);
}
