/*
 * wdfminiport.h - ddicheck overlay header.
 *
 * Written for ddicheck from the documented KMDF API (Microsoft Learn);
 * used only when the real Windows Driver Kit is absent.
 * KMDF support for miniport drivers (NDIS, Storport, ... port drivers
 * own the WDM dispatch table).
 */
#ifndef DDICHECK_WDFMINIPORT_H
#define DDICHECK_WDFMINIPORT_H

#include <wdf.h>

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceMiniportCreate(
    _In_ WDFDRIVER Driver,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_opt_ PDEVICE_OBJECT AttachedDeviceObject,
    _In_opt_ PDEVICE_OBJECT Pdo,
    _Out_ WDFDEVICE *Device);

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID WdfDriverMiniportUnload(_In_ WDFDRIVER Driver);

#endif /* DDICHECK_WDFMINIPORT_H */
