/*
 * wdfdpc.h - ddicheck overlay header.
 *
 * Written for ddicheck from the documented KMDF API (Microsoft Learn);
 * used only when the real Windows Driver Kit is absent.
 * Framework DPC objects.
 */
#ifndef DDICHECK_WDFDPC_H
#define DDICHECK_WDFDPC_H

#include <wdfobject.h>

typedef _Function_class_(EVT_WDF_DPC)
_IRQL_requires_same_
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID EVT_WDF_DPC(_In_ WDFDPC Dpc);
typedef EVT_WDF_DPC *PFN_WDF_DPC;

typedef struct _WDF_DPC_CONFIG {
    ULONG Size;
    PFN_WDF_DPC EvtDpcFunc;
    BOOLEAN AutomaticSerialization;
} WDF_DPC_CONFIG, *PWDF_DPC_CONFIG;

FORCEINLINE VOID
WDF_DPC_CONFIG_INIT(
    _Out_ PWDF_DPC_CONFIG Config,
    _In_ PFN_WDF_DPC EvtDpcFunc)
{
    RtlZeroMemory(Config, sizeof(WDF_DPC_CONFIG));
    Config->Size = sizeof(WDF_DPC_CONFIG);
    Config->EvtDpcFunc = EvtDpcFunc;
    Config->AutomaticSerialization = TRUE;
}

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDpcCreate(
    _In_ PWDF_DPC_CONFIG Config,
    _In_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _Out_ WDFDPC *Dpc);

_IRQL_requires_max_(HIGH_LEVEL)
BOOLEAN WdfDpcEnqueue(_In_ WDFDPC Dpc);

_When_(Wait == __true, _IRQL_requires_max_(PASSIVE_LEVEL))
_When_(Wait == __false, _IRQL_requires_max_(HIGH_LEVEL))
BOOLEAN WdfDpcCancel(
    _In_ WDFDPC Dpc,
    _In_ BOOLEAN Wait);

_IRQL_requires_max_(HIGH_LEVEL)
WDFOBJECT WdfDpcGetParentObject(_In_ WDFDPC Dpc);

_IRQL_requires_max_(HIGH_LEVEL)
PKDPC WdfDpcWdmGetDpc(_In_ WDFDPC Dpc);

#endif /* DDICHECK_WDFDPC_H */
