/*
 * wdfcontrol.h - ddicheck overlay header.
 *
 * Written for ddicheck from the documented KMDF API (Microsoft Learn);
 * used only when the real Windows Driver Kit is absent.
 * Control device objects.
 */
#ifndef DDICHECK_WDFCONTROL_H
#define DDICHECK_WDFCONTROL_H

#include <wdfobject.h>
#include <wdfdevice.h>

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
PWDFDEVICE_INIT WdfControlDeviceInitAllocate(
    _In_ WDFDRIVER Driver,
    _In_ CONST UNICODE_STRING *SDDLString);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfControlDeviceInitSetShutdownNotification(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ PFN_WDF_DEVICE_SHUTDOWN_NOTIFICATION Notification,
    _In_ UCHAR Flags);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfControlFinishInitializing(_In_ WDFDEVICE Device);

#endif /* DDICHECK_WDFCONTROL_H */
