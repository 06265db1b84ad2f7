/*
 * wdfworkitem.h - ddicheck overlay header.
 *
 * Written for ddicheck from the documented KMDF API (Microsoft Learn);
 * used only when the real Windows Driver Kit is absent.
 * Framework work items.
 */
#ifndef DDICHECK_WDFWORKITEM_H
#define DDICHECK_WDFWORKITEM_H

#include <wdfobject.h>

typedef _Function_class_(EVT_WDF_WORKITEM)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
VOID EVT_WDF_WORKITEM(_In_ WDFWORKITEM WorkItem);
typedef EVT_WDF_WORKITEM *PFN_WDF_WORKITEM;

typedef struct _WDF_WORKITEM_CONFIG {
    ULONG Size;
    PFN_WDF_WORKITEM EvtWorkItemFunc;
    BOOLEAN AutomaticSerialization;
} WDF_WORKITEM_CONFIG, *PWDF_WORKITEM_CONFIG;

FORCEINLINE VOID
WDF_WORKITEM_CONFIG_INIT(
    _Out_ PWDF_WORKITEM_CONFIG Config,
    _In_ PFN_WDF_WORKITEM EvtWorkItemFunc)
{
    RtlZeroMemory(Config, sizeof(WDF_WORKITEM_CONFIG));
    Config->Size = sizeof(WDF_WORKITEM_CONFIG);
    Config->EvtWorkItemFunc = EvtWorkItemFunc;
    Config->AutomaticSerialization = TRUE;
}

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfWorkItemCreate(
    _In_ PWDF_WORKITEM_CONFIG Config,
    _In_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _Out_ WDFWORKITEM *WorkItem);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfWorkItemEnqueue(_In_ WDFWORKITEM WorkItem);

_IRQL_requires_max_(DISPATCH_LEVEL)
WDFOBJECT WdfWorkItemGetParentObject(_In_ WDFWORKITEM WorkItem);

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID WdfWorkItemFlush(_In_ WDFWORKITEM WorkItem);

#endif /* DDICHECK_WDFWORKITEM_H */
