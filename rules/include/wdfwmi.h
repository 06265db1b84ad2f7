/*
 * wdfwmi.h - ddicheck overlay header.
 *
 * Written for ddicheck from the documented KMDF API (Microsoft Learn);
 * used only when the real Windows Driver Kit is absent.
 * Framework WMI providers and instances.
 */
#ifndef DDICHECK_WDFWMI_H
#define DDICHECK_WDFWMI_H

#include <wdfobject.h>

typedef enum _WDF_WMI_PROVIDER_CONTROL {
    WdfWmiControlInvalid = 0,
    WdfWmiEventControl,
    WdfWmiInstanceControl
} WDF_WMI_PROVIDER_CONTROL;

typedef enum _WDF_WMI_PROVIDER_FLAGS {
    WdfWmiProviderEventOnly = 0x0001,
    WdfWmiProviderExpensive = 0x0002,
    WdfWmiProviderTracing = 0x0004,
    WdfWmiProviderValidFlags = 0x0007
} WDF_WMI_PROVIDER_FLAGS;

typedef _Function_class_(EVT_WDF_WMI_INSTANCE_QUERY_INSTANCE)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS EVT_WDF_WMI_INSTANCE_QUERY_INSTANCE(
    _In_ WDFWMIINSTANCE WmiInstance,
    _In_ ULONG OutBufferSize,
    _Out_writes_bytes_to_(OutBufferSize, *BufferUsed) PVOID OutBuffer,
    _Out_ PULONG BufferUsed);
typedef EVT_WDF_WMI_INSTANCE_QUERY_INSTANCE *PFN_WDF_WMI_INSTANCE_QUERY_INSTANCE;

typedef _Function_class_(EVT_WDF_WMI_INSTANCE_SET_INSTANCE)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS EVT_WDF_WMI_INSTANCE_SET_INSTANCE(
    _In_ WDFWMIINSTANCE WmiInstance,
    _In_ ULONG InBufferSize,
    _In_reads_bytes_(InBufferSize) PVOID InBuffer);
typedef EVT_WDF_WMI_INSTANCE_SET_INSTANCE *PFN_WDF_WMI_INSTANCE_SET_INSTANCE;

typedef _Function_class_(EVT_WDF_WMI_INSTANCE_SET_ITEM)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS EVT_WDF_WMI_INSTANCE_SET_ITEM(
    _In_ WDFWMIINSTANCE WmiInstance,
    _In_ ULONG DataItemId,
    _In_ ULONG InBufferSize,
    _In_reads_bytes_(InBufferSize) PVOID InBuffer);
typedef EVT_WDF_WMI_INSTANCE_SET_ITEM *PFN_WDF_WMI_INSTANCE_SET_ITEM;

typedef _Function_class_(EVT_WDF_WMI_INSTANCE_EXECUTE_METHOD)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS EVT_WDF_WMI_INSTANCE_EXECUTE_METHOD(
    _In_ WDFWMIINSTANCE WmiInstance,
    _In_ ULONG MethodId,
    _In_ ULONG InBufferSize,
    _In_ ULONG OutBufferSize,
    _When_(InBufferSize >= OutBufferSize, _Inout_updates_bytes_(InBufferSize))
    _When_(InBufferSize < OutBufferSize, _Inout_updates_bytes_(OutBufferSize))
    PVOID Buffer,
    _Out_ PULONG BufferUsed);
typedef EVT_WDF_WMI_INSTANCE_EXECUTE_METHOD *PFN_WDF_WMI_INSTANCE_EXECUTE_METHOD;

typedef _Function_class_(EVT_WDF_WMI_PROVIDER_FUNCTION_CONTROL)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS EVT_WDF_WMI_PROVIDER_FUNCTION_CONTROL(
    _In_ WDFWMIPROVIDER WmiProvider,
    _In_ WDF_WMI_PROVIDER_CONTROL Control,
    _In_ BOOLEAN Enable);
typedef EVT_WDF_WMI_PROVIDER_FUNCTION_CONTROL *PFN_WDF_WMI_PROVIDER_FUNCTION_CONTROL;

typedef struct _WDF_WMI_PROVIDER_CONFIG {
    ULONG Size;
    GUID Guid;
    ULONG Flags;
    ULONG MinInstanceBufferSize;
    PFN_WDF_WMI_PROVIDER_FUNCTION_CONTROL EvtWmiProviderFunctionControl;
} WDF_WMI_PROVIDER_CONFIG, *PWDF_WMI_PROVIDER_CONFIG;

FORCEINLINE VOID
WDF_WMI_PROVIDER_CONFIG_INIT(
    _Out_ PWDF_WMI_PROVIDER_CONFIG Config,
    _In_ CONST GUID *Guid)
{
    RtlZeroMemory(Config, sizeof(WDF_WMI_PROVIDER_CONFIG));
    Config->Size = sizeof(WDF_WMI_PROVIDER_CONFIG);
    RtlCopyMemory(&Config->Guid, Guid, sizeof(GUID));
}

typedef struct _WDF_WMI_INSTANCE_CONFIG {
    ULONG Size;
    WDFWMIPROVIDER Provider;
    PWDF_WMI_PROVIDER_CONFIG ProviderConfig;
    BOOLEAN UseContextForQuery;
    BOOLEAN Register;
    PFN_WDF_WMI_INSTANCE_QUERY_INSTANCE EvtWmiInstanceQueryInstance;
    PFN_WDF_WMI_INSTANCE_SET_INSTANCE EvtWmiInstanceSetInstance;
    PFN_WDF_WMI_INSTANCE_SET_ITEM EvtWmiInstanceSetItem;
    PFN_WDF_WMI_INSTANCE_EXECUTE_METHOD EvtWmiInstanceExecuteMethod;
} WDF_WMI_INSTANCE_CONFIG, *PWDF_WMI_INSTANCE_CONFIG;

FORCEINLINE VOID
WDF_WMI_INSTANCE_CONFIG_INIT_PROVIDER(
    _Out_ PWDF_WMI_INSTANCE_CONFIG Config,
    _In_ WDFWMIPROVIDER Provider)
{
    RtlZeroMemory(Config, sizeof(WDF_WMI_INSTANCE_CONFIG));
    Config->Size = sizeof(WDF_WMI_INSTANCE_CONFIG);
    Config->Provider = Provider;
}

FORCEINLINE VOID
WDF_WMI_INSTANCE_CONFIG_INIT_PROVIDER_CONFIG(
    _Out_ PWDF_WMI_INSTANCE_CONFIG Config,
    _In_ PWDF_WMI_PROVIDER_CONFIG ProviderConfig)
{
    RtlZeroMemory(Config, sizeof(WDF_WMI_INSTANCE_CONFIG));
    Config->Size = sizeof(WDF_WMI_INSTANCE_CONFIG);
    Config->ProviderConfig = ProviderConfig;
}

/* Appends a counted Unicode string (USHORT length + characters) to a WMI buffer. */
FORCEINLINE NTSTATUS
WDF_WMI_BUFFER_APPEND_STRING(
    _Out_writes_bytes_(BufferLength) PVOID Buffer,
    _In_ ULONG BufferLength,
    _In_ PCUNICODE_STRING String,
    _Out_ PULONG RequiredSize)
{
    *RequiredSize = String->Length + sizeof(USHORT);
    if (BufferLength < *RequiredSize) {
        return STATUS_BUFFER_TOO_SMALL;
    }
    *(USHORT *)Buffer = String->Length;
    RtlCopyMemory((PUCHAR)Buffer + sizeof(USHORT), String->Buffer, String->Length);
    return STATUS_SUCCESS;
}

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfWmiProviderCreate(
    _In_ WDFDEVICE Device,
    _In_ PWDF_WMI_PROVIDER_CONFIG WmiProviderConfig,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES ProviderAttributes,
    _Out_ WDFWMIPROVIDER *WmiProvider);

_IRQL_requires_max_(DISPATCH_LEVEL)
WDFDEVICE WdfWmiProviderGetDevice(_In_ WDFWMIPROVIDER WmiProvider);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN WdfWmiProviderIsEnabled(
    _In_ WDFWMIPROVIDER WmiProvider,
    _In_ WDF_WMI_PROVIDER_CONTROL ProviderControl);

_IRQL_requires_max_(DISPATCH_LEVEL)
ULONGLONG WdfWmiProviderGetTracingHandle(_In_ WDFWMIPROVIDER WmiProvider);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfWmiInstanceCreate(
    _In_ WDFDEVICE Device,
    _In_ PWDF_WMI_INSTANCE_CONFIG InstanceConfig,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES InstanceAttributes,
    _Out_opt_ WDFWMIINSTANCE *Instance);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfWmiInstanceRegister(_In_ WDFWMIINSTANCE WmiInstance);

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID WdfWmiInstanceDeregister(_In_ WDFWMIINSTANCE WmiInstance);

_IRQL_requires_max_(DISPATCH_LEVEL)
WDFDEVICE WdfWmiInstanceGetDevice(_In_ WDFWMIINSTANCE WmiInstance);

_IRQL_requires_max_(DISPATCH_LEVEL)
WDFWMIPROVIDER WdfWmiInstanceGetProvider(_In_ WDFWMIINSTANCE WmiInstance);

_Must_inspect_result_
_IRQL_requires_max_(APC_LEVEL)
NTSTATUS WdfWmiInstanceFireEvent(
    _In_ WDFWMIINSTANCE WmiInstance,
    _In_opt_ ULONG EventDataSize,
    _In_reads_bytes_opt_(EventDataSize) PVOID EventData);

#endif /* DDICHECK_WDFWMI_H */
