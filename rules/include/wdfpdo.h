/*
 * wdfpdo.h - ddicheck overlay header.
 *
 * Written for ddicheck from the documented KMDF API (Microsoft Learn);
 * used only when the real Windows Driver Kit is absent.
 * Physical device objects created by bus drivers (WdfPdoXxx).
 */
#ifndef DDICHECK_WDFPDO_H
#define DDICHECK_WDFPDO_H

#include <wdfobject.h>
#include <wdfchildlist.h>

typedef _Function_class_(EVT_WDF_DEVICE_RESOURCES_QUERY)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS EVT_WDF_DEVICE_RESOURCES_QUERY(
    _In_ WDFDEVICE Device,
    _In_ WDFCMRESLIST Resources);
typedef EVT_WDF_DEVICE_RESOURCES_QUERY *PFN_WDF_DEVICE_RESOURCES_QUERY;

typedef _Function_class_(EVT_WDF_DEVICE_RESOURCE_REQUIREMENTS_QUERY)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS EVT_WDF_DEVICE_RESOURCE_REQUIREMENTS_QUERY(
    _In_ WDFDEVICE Device,
    _In_ WDFIORESREQLIST IoResourceRequirementsList);
typedef EVT_WDF_DEVICE_RESOURCE_REQUIREMENTS_QUERY
    *PFN_WDF_DEVICE_RESOURCE_REQUIREMENTS_QUERY;

typedef _Function_class_(EVT_WDF_DEVICE_EJECT)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS EVT_WDF_DEVICE_EJECT(_In_ WDFDEVICE Device);
typedef EVT_WDF_DEVICE_EJECT *PFN_WDF_DEVICE_EJECT;

typedef _Function_class_(EVT_WDF_DEVICE_SET_LOCK)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS EVT_WDF_DEVICE_SET_LOCK(
    _In_ WDFDEVICE Device,
    _In_ BOOLEAN IsLocked);
typedef EVT_WDF_DEVICE_SET_LOCK *PFN_WDF_DEVICE_SET_LOCK;

typedef _Function_class_(EVT_WDF_DEVICE_ENABLE_WAKE_AT_BUS)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS EVT_WDF_DEVICE_ENABLE_WAKE_AT_BUS(
    _In_ WDFDEVICE Device,
    _In_ SYSTEM_POWER_STATE PowerState);
typedef EVT_WDF_DEVICE_ENABLE_WAKE_AT_BUS *PFN_WDF_DEVICE_ENABLE_WAKE_AT_BUS;

typedef _Function_class_(EVT_WDF_DEVICE_DISABLE_WAKE_AT_BUS)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
VOID EVT_WDF_DEVICE_DISABLE_WAKE_AT_BUS(_In_ WDFDEVICE Device);
typedef EVT_WDF_DEVICE_DISABLE_WAKE_AT_BUS *PFN_WDF_DEVICE_DISABLE_WAKE_AT_BUS;

typedef _Function_class_(EVT_WDF_DEVICE_REPORTED_MISSING)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
VOID EVT_WDF_DEVICE_REPORTED_MISSING(_In_ WDFDEVICE Device);
typedef EVT_WDF_DEVICE_REPORTED_MISSING *PFN_WDF_DEVICE_REPORTED_MISSING;

typedef struct _WDF_PDO_EVENT_CALLBACKS {
    ULONG Size;
    PFN_WDF_DEVICE_RESOURCES_QUERY EvtDeviceResourcesQuery;
    PFN_WDF_DEVICE_RESOURCE_REQUIREMENTS_QUERY EvtDeviceResourceRequirementsQuery;
    PFN_WDF_DEVICE_EJECT EvtDeviceEject;
    PFN_WDF_DEVICE_SET_LOCK EvtDeviceSetLock;
    PFN_WDF_DEVICE_ENABLE_WAKE_AT_BUS EvtDeviceEnableWakeAtBus;
    PFN_WDF_DEVICE_DISABLE_WAKE_AT_BUS EvtDeviceDisableWakeAtBus;
    PFN_WDF_DEVICE_REPORTED_MISSING EvtDeviceReportedMissing;
} WDF_PDO_EVENT_CALLBACKS, *PWDF_PDO_EVENT_CALLBACKS;

FORCEINLINE VOID
WDF_PDO_EVENT_CALLBACKS_INIT(_Out_ PWDF_PDO_EVENT_CALLBACKS Callbacks)
{
    RtlZeroMemory(Callbacks, sizeof(WDF_PDO_EVENT_CALLBACKS));
    Callbacks->Size = sizeof(WDF_PDO_EVENT_CALLBACKS);
}

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
PWDFDEVICE_INIT WdfPdoInitAllocate(_In_ WDFDEVICE ParentDevice);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfPdoInitSetEventCallbacks(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ PWDF_PDO_EVENT_CALLBACKS DispatchTable);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfPdoInitAssignDeviceID(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ PCUNICODE_STRING DeviceID);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfPdoInitAssignInstanceID(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ PCUNICODE_STRING InstanceID);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfPdoInitAddHardwareID(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ PCUNICODE_STRING HardwareID);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfPdoInitAddCompatibleID(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ PCUNICODE_STRING CompatibleID);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfPdoInitAssignContainerID(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ PCUNICODE_STRING ContainerID);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfPdoInitAddDeviceText(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ PCUNICODE_STRING DeviceDescription,
    _In_ PCUNICODE_STRING DeviceLocation,
    _In_ LCID LocaleId);

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID WdfPdoInitSetDefaultLocale(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ LCID LocaleId);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfPdoInitAssignRawDevice(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ CONST GUID *DeviceClassGuid);

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID WdfPdoInitAllowForwardingRequestToParent(_In_ PWDFDEVICE_INIT DeviceInit);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfPdoMarkMissing(_In_ WDFDEVICE Device);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfPdoRequestEject(_In_ WDFDEVICE Device);

_IRQL_requires_max_(DISPATCH_LEVEL)
WDFDEVICE WdfPdoGetParent(_In_ WDFDEVICE Device);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfPdoRetrieveIdentificationDescription(
    _In_ WDFDEVICE Device,
    _Inout_ PWDF_CHILD_IDENTIFICATION_DESCRIPTION_HEADER IdentificationDescription);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfPdoRetrieveAddressDescription(
    _In_ WDFDEVICE Device,
    _Inout_ PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER AddressDescription);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfPdoUpdateAddressDescription(
    _In_ WDFDEVICE Device,
    _Inout_ PWDF_CHILD_ADDRESS_DESCRIPTION_HEADER AddressDescription);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfPdoAddEjectionRelationsPhysicalDevice(
    _In_ WDFDEVICE Device,
    _In_ PDEVICE_OBJECT PhysicalDevice);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfPdoRemoveEjectionRelationsPhysicalDevice(
    _In_ WDFDEVICE Device,
    _In_ PDEVICE_OBJECT PhysicalDevice);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfPdoClearEjectionRelationsDevices(_In_ WDFDEVICE Device);

#endif /* DDICHECK_WDFPDO_H */
