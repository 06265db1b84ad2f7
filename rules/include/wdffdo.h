/*
 * wdffdo.h - ddicheck overlay header.
 *
 * Written for ddicheck from the documented KMDF API (Microsoft Learn);
 * used only when the real Windows Driver Kit is absent.
 * Function / filter device objects (WdfFdoXxx).
 */
#ifndef DDICHECK_WDFFDO_H
#define DDICHECK_WDFFDO_H

#include <wdfobject.h>
#include <wdfchildlist.h>
#include <wdfdevice.h>

typedef _Function_class_(EVT_WDF_DEVICE_FILTER_RESOURCE_REQUIREMENTS)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS EVT_WDF_DEVICE_FILTER_RESOURCE_REQUIREMENTS(
    _In_ WDFDEVICE Device,
    _In_ WDFIORESREQLIST IoResourceRequirementsList);
typedef EVT_WDF_DEVICE_FILTER_RESOURCE_REQUIREMENTS
    *PFN_WDF_DEVICE_FILTER_RESOURCE_REQUIREMENTS;

typedef _Function_class_(EVT_WDF_DEVICE_REMOVE_ADDED_RESOURCES)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS EVT_WDF_DEVICE_REMOVE_ADDED_RESOURCES(
    _In_ WDFDEVICE Device,
    _In_ WDFCMRESLIST ResourcesRaw,
    _In_ WDFCMRESLIST ResourcesTranslated);
typedef EVT_WDF_DEVICE_REMOVE_ADDED_RESOURCES *PFN_WDF_DEVICE_REMOVE_ADDED_RESOURCES;

typedef struct _WDF_FDO_EVENT_CALLBACKS {
    ULONG Size;
    PFN_WDF_DEVICE_FILTER_RESOURCE_REQUIREMENTS EvtDeviceFilterAddResourceRequirements;
    PFN_WDF_DEVICE_FILTER_RESOURCE_REQUIREMENTS EvtDeviceFilterRemoveResourceRequirements;
    PFN_WDF_DEVICE_REMOVE_ADDED_RESOURCES EvtDeviceRemoveAddedResources;
} WDF_FDO_EVENT_CALLBACKS, *PWDF_FDO_EVENT_CALLBACKS;

FORCEINLINE VOID
WDF_FDO_EVENT_CALLBACKS_INIT(_Out_ PWDF_FDO_EVENT_CALLBACKS Callbacks)
{
    RtlZeroMemory(Callbacks, sizeof(WDF_FDO_EVENT_CALLBACKS));
    Callbacks->Size = sizeof(WDF_FDO_EVENT_CALLBACKS);
}

_IRQL_requires_max_(DISPATCH_LEVEL)
PDEVICE_OBJECT WdfFdoInitWdmGetPhysicalDevice(_In_ PWDFDEVICE_INIT DeviceInit);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfFdoInitOpenRegistryKey(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ ULONG DeviceInstanceKeyType,
    _In_ ACCESS_MASK DesiredAccess,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES KeyAttributes,
    _Out_ WDFKEY *Key);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfFdoInitQueryProperty(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ DEVICE_REGISTRY_PROPERTY DeviceProperty,
    _In_ ULONG BufferLength,
    _Out_writes_bytes_all_opt_(BufferLength) PVOID PropertyBuffer,
    _Out_ PULONG ResultLength);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfFdoInitAllocAndQueryProperty(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ DEVICE_REGISTRY_PROPERTY DeviceProperty,
    _In_ _Strict_type_match_ POOL_TYPE PoolType,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES PropertyMemoryAttributes,
    _Out_ WDFMEMORY *PropertyMemory);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfFdoInitQueryPropertyEx(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ PWDF_DEVICE_PROPERTY_DATA DeviceProperty,
    _In_ ULONG BufferLength,
    _Out_ PVOID PropertyBuffer,
    _Out_ PULONG ResultLength,
    _Out_ PDEVPROPTYPE Type);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfFdoInitAllocAndQueryPropertyEx(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ PWDF_DEVICE_PROPERTY_DATA DeviceProperty,
    _In_ _Strict_type_match_ POOL_TYPE PoolType,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES PropertyMemoryAttributes,
    _Out_ WDFMEMORY *PropertyMemory,
    _Out_ PDEVPROPTYPE Type);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfFdoInitSetEventCallbacks(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ PWDF_FDO_EVENT_CALLBACKS FdoEventCallbacks);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfFdoInitSetFilter(_In_ PWDFDEVICE_INIT DeviceInit);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfFdoInitSetDefaultChildListConfig(
    _Inout_ PWDFDEVICE_INIT DeviceInit,
    _In_ PWDF_CHILD_LIST_CONFIG Config,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES DefaultChildListAttributes);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfFdoQueryForInterface(
    _In_ WDFDEVICE Fdo,
    _In_ LPCGUID InterfaceType,
    _Out_ PINTERFACE Interface,
    _In_ USHORT Size,
    _In_ USHORT Version,
    _In_opt_ PVOID InterfaceSpecificData);

_IRQL_requires_max_(DISPATCH_LEVEL)
WDFCHILDLIST WdfFdoGetDefaultChildList(_In_ WDFDEVICE Fdo);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfFdoAddStaticChild(
    _In_ WDFDEVICE Fdo,
    _In_ WDFDEVICE Child);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfFdoLockStaticChildListForIteration(_In_ WDFDEVICE Fdo);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
WDFDEVICE WdfFdoRetrieveNextStaticChild(
    _In_ WDFDEVICE Fdo,
    _In_opt_ WDFDEVICE PreviousChild,
    _In_ ULONG Flags);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfFdoUnlockStaticChildListFromIteration(_In_ WDFDEVICE Fdo);

#endif /* DDICHECK_WDFFDO_H */
