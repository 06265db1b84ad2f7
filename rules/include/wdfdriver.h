/*
 * wdfdriver.h - ddicheck overlay header.
 *
 * Written for ddicheck from the documented KMDF API (Microsoft Learn);
 * used only when the real Windows Driver Kit is absent.
 * Framework driver object.
 */
#ifndef DDICHECK_WDFDRIVER_H
#define DDICHECK_WDFDRIVER_H

#include <wdfobject.h>

typedef enum _WDF_DRIVER_INIT_FLAGS {
    WdfDriverInitNonPnpDriver = 0x00000001,
    WdfDriverInitNoDispatchOverride = 0x00000002,
    WdfVerifyOn = 0x00000004,
    WdfVerifierOn = 0x00000008,
    WdfDriverInitCompanion = 0x00000010
} WDF_DRIVER_INIT_FLAGS;

#define WDF_TRACE_ID ('TRAC')

typedef _Function_class_(EVT_WDF_DRIVER_DEVICE_ADD)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS EVT_WDF_DRIVER_DEVICE_ADD(
    _In_ WDFDRIVER Driver,
    _Inout_ PWDFDEVICE_INIT DeviceInit);
typedef EVT_WDF_DRIVER_DEVICE_ADD *PFN_WDF_DRIVER_DEVICE_ADD;

typedef _Function_class_(EVT_WDF_DRIVER_UNLOAD)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
VOID EVT_WDF_DRIVER_UNLOAD(_In_ WDFDRIVER Driver);
typedef EVT_WDF_DRIVER_UNLOAD *PFN_WDF_DRIVER_UNLOAD;

typedef _Function_class_(EVT_WDF_TRACE_CALLBACK)
_IRQL_requires_same_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS EVT_WDF_TRACE_CALLBACK(
    _In_ UCHAR ControlCode,
    _In_ PVOID Context,
    _In_ ULONG InBufferLength,
    _In_opt_ PVOID InBuffer,
    _In_ PVOID Buffer);
typedef EVT_WDF_TRACE_CALLBACK *PFN_WDF_TRACE_CALLBACK;

typedef struct _WDF_DRIVER_CONFIG {
    ULONG Size;
    PFN_WDF_DRIVER_DEVICE_ADD EvtDriverDeviceAdd;
    PFN_WDF_DRIVER_UNLOAD EvtDriverUnload;
    ULONG DriverInitFlags;
    ULONG DriverPoolTag;
} WDF_DRIVER_CONFIG, *PWDF_DRIVER_CONFIG;

FORCEINLINE VOID
WDF_DRIVER_CONFIG_INIT(
    _Out_ PWDF_DRIVER_CONFIG Config,
    _In_opt_ PFN_WDF_DRIVER_DEVICE_ADD EvtDriverDeviceAdd)
{
    RtlZeroMemory(Config, sizeof(WDF_DRIVER_CONFIG));
    Config->Size = sizeof(WDF_DRIVER_CONFIG);
    Config->EvtDriverDeviceAdd = EvtDriverDeviceAdd;
}

typedef struct _WDF_DRIVER_VERSION_AVAILABLE_PARAMS {
    ULONG Size;
    ULONG MajorVersion;
    ULONG MinorVersion;
} WDF_DRIVER_VERSION_AVAILABLE_PARAMS, *PWDF_DRIVER_VERSION_AVAILABLE_PARAMS;

FORCEINLINE VOID
WDF_DRIVER_VERSION_AVAILABLE_PARAMS_INIT(
    _Out_ PWDF_DRIVER_VERSION_AVAILABLE_PARAMS Params,
    _In_ ULONG MajorVersion,
    _In_ ULONG MinorVersion)
{
    RtlZeroMemory(Params, sizeof(WDF_DRIVER_VERSION_AVAILABLE_PARAMS));
    Params->Size = sizeof(WDF_DRIVER_VERSION_AVAILABLE_PARAMS);
    Params->MajorVersion = MajorVersion;
    Params->MinorVersion = MinorVersion;
}

_IRQL_requires_max_(DISPATCH_LEVEL)
WDFDRIVER
WdfGetDriver(VOID);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfDriverCreate(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ PCUNICODE_STRING RegistryPath,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES DriverAttributes,
    _In_ PWDF_DRIVER_CONFIG DriverConfig,
    _Out_opt_ WDFDRIVER *Driver);

_IRQL_requires_max_(PASSIVE_LEVEL)
PWSTR
WdfDriverGetRegistryPath(_In_ WDFDRIVER Driver);

_IRQL_requires_max_(DISPATCH_LEVEL)
PDRIVER_OBJECT
WdfDriverWdmGetDriverObject(_In_ WDFDRIVER Driver);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfDriverOpenParametersRegistryKey(
    _In_ WDFDRIVER Driver,
    _In_ ACCESS_MASK DesiredAccess,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES KeyAttributes,
    _Out_ WDFKEY *Key);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfDriverOpenPersistentStateRegistryKey(
    _In_ WDFDRIVER Driver,
    _In_ ACCESS_MASK DesiredAccess,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES KeyAttributes,
    _Out_ WDFKEY *Key);

_IRQL_requires_max_(DISPATCH_LEVEL)
WDFDRIVER
WdfWdmDriverGetWdfDriverHandle(_In_ PDRIVER_OBJECT DriverObject);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfDriverRegisterTraceInfo(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ PFN_WDF_TRACE_CALLBACK EvtTraceCallback,
    _In_ PVOID ControlBlock);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfDriverRetrieveVersionString(
    _In_ WDFDRIVER Driver,
    _In_ WDFSTRING String);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
BOOLEAN
WdfDriverIsVersionAvailable(
    _In_ WDFDRIVER Driver,
    _In_ PWDF_DRIVER_VERSION_AVAILABLE_PARAMS VersionAvailableParams);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
WdfDriverRetrieveDriverDataDirectoryString(
    _In_ WDFDRIVER Driver,
    _In_ WDFSTRING String);

#endif /* DDICHECK_WDFDRIVER_H */
