/*
 * wdfresource.h - ddicheck overlay header.
 *
 * Written for ddicheck from the documented KMDF API (Microsoft Learn);
 * used only when the real Windows Driver Kit is absent.
 * Framework resource-requirements lists, logical configurations and
 * resource lists.
 */
#ifndef DDICHECK_WDFRESOURCE_H
#define DDICHECK_WDFRESOURCE_H

#include <wdfobject.h>

/* ---- resource-requirements list ---- */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfIoResourceRequirementsListSetSlotNumber(
    _In_ WDFIORESREQLIST RequirementsList,
    _In_ ULONG SlotNumber);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfIoResourceRequirementsListSetInterfaceType(
    _In_ WDFIORESREQLIST RequirementsList,
    _In_ _Strict_type_match_ INTERFACE_TYPE InterfaceType);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoResourceRequirementsListAppendIoResList(
    _In_ WDFIORESREQLIST RequirementsList,
    _In_ WDFIORESLIST IoResList);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoResourceRequirementsListInsertIoResList(
    _In_ WDFIORESREQLIST RequirementsList,
    _In_ WDFIORESLIST IoResList,
    _In_ ULONG Index);

_IRQL_requires_max_(DISPATCH_LEVEL)
ULONG WdfIoResourceRequirementsListGetCount(_In_ WDFIORESREQLIST RequirementsList);

_IRQL_requires_max_(DISPATCH_LEVEL)
WDFIORESLIST WdfIoResourceRequirementsListGetIoResList(
    _In_ WDFIORESREQLIST RequirementsList,
    _In_ ULONG Index);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfIoResourceRequirementsListRemove(
    _In_ WDFIORESREQLIST RequirementsList,
    _In_ ULONG Index);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfIoResourceRequirementsListRemoveByIoResList(
    _In_ WDFIORESREQLIST RequirementsList,
    _In_ WDFIORESLIST IoResList);

/* ---- logical configuration ---- */
_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoResourceListCreate(
    _In_ WDFIORESREQLIST RequirementsList,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _Out_ WDFIORESLIST *ResourceList);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoResourceListAppendDescriptor(
    _In_ WDFIORESLIST ResourceList,
    _In_ PIO_RESOURCE_DESCRIPTOR Descriptor);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoResourceListInsertDescriptor(
    _In_ WDFIORESLIST ResourceList,
    _In_ PIO_RESOURCE_DESCRIPTOR Descriptor,
    _In_ ULONG Index);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfIoResourceListUpdateDescriptor(
    _In_ WDFIORESLIST ResourceList,
    _In_ PIO_RESOURCE_DESCRIPTOR Descriptor,
    _In_ ULONG Index);

_IRQL_requires_max_(DISPATCH_LEVEL)
ULONG WdfIoResourceListGetCount(_In_ WDFIORESLIST ResourceList);

_IRQL_requires_max_(DISPATCH_LEVEL)
PIO_RESOURCE_DESCRIPTOR WdfIoResourceListGetDescriptor(
    _In_ WDFIORESLIST ResourceList,
    _In_ ULONG Index);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfIoResourceListRemove(
    _In_ WDFIORESLIST ResourceList,
    _In_ ULONG Index);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfIoResourceListRemoveByDescriptor(
    _In_ WDFIORESLIST ResourceList,
    _In_ PIO_RESOURCE_DESCRIPTOR Descriptor);

/* ---- resource list (raw / translated) ---- */
_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfCmResourceListAppendDescriptor(
    _In_ WDFCMRESLIST List,
    _In_ PCM_PARTIAL_RESOURCE_DESCRIPTOR Descriptor);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfCmResourceListInsertDescriptor(
    _In_ WDFCMRESLIST List,
    _In_ PCM_PARTIAL_RESOURCE_DESCRIPTOR Descriptor,
    _In_ ULONG Index);

_IRQL_requires_max_(DISPATCH_LEVEL)
ULONG WdfCmResourceListGetCount(_In_ WDFCMRESLIST List);

_IRQL_requires_max_(DISPATCH_LEVEL)
PCM_PARTIAL_RESOURCE_DESCRIPTOR WdfCmResourceListGetDescriptor(
    _In_ WDFCMRESLIST List,
    _In_ ULONG Index);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfCmResourceListRemove(
    _In_ WDFCMRESLIST List,
    _In_ ULONG Index);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfCmResourceListRemoveByDescriptor(
    _In_ WDFCMRESLIST List,
    _In_ PCM_PARTIAL_RESOURCE_DESCRIPTOR Descriptor);

#endif /* DDICHECK_WDFRESOURCE_H */
