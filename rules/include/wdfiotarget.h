/*
 * wdfiotarget.h - ddicheck overlay header.
 *
 * Written for ddicheck from the documented KMDF API (Microsoft Learn);
 * used only when the real Windows Driver Kit is absent.
 * Framework I/O targets.
 */
#ifndef DDICHECK_WDFIOTARGET_H
#define DDICHECK_WDFIOTARGET_H

#include <wdfobject.h>
#include <wdfrequest.h>

typedef enum _WDF_IO_TARGET_STATE {
    WdfIoTargetStateUndefined = 0,
    WdfIoTargetStarted,
    WdfIoTargetStopped,
    WdfIoTargetClosedForQueryRemove,
    WdfIoTargetClosed,
    WdfIoTargetDeleted,
    WdfIoTargetPurged
} WDF_IO_TARGET_STATE, *PWDF_IO_TARGET_STATE;

typedef enum _WDF_IO_TARGET_OPEN_TYPE {
    WdfIoTargetOpenUndefined = 0,
    WdfIoTargetOpenUseExistingDevice = 1,
    WdfIoTargetOpenByName = 2,
    WdfIoTargetOpenReopen = 3,
    WdfIoTargetOpenLocalTargetByFile = 4
} WDF_IO_TARGET_OPEN_TYPE;

typedef enum _WDF_IO_TARGET_SENT_IO_ACTION {
    WdfIoTargetSentIoUndefined = 0,
    WdfIoTargetCancelSentIo,
    WdfIoTargetWaitForSentIoToComplete,
    WdfIoTargetLeaveSentIoPending
} WDF_IO_TARGET_SENT_IO_ACTION;

typedef enum _WDF_IO_TARGET_PURGE_IO_ACTION {
    WdfIoTargetPurgeIoUndefined = 0,
    WdfIoTargetPurgeIoAndWait = 1,
    WdfIoTargetPurgeIo = 2
} WDF_IO_TARGET_PURGE_IO_ACTION;

typedef _Function_class_(EVT_WDF_IO_TARGET_QUERY_REMOVE)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS EVT_WDF_IO_TARGET_QUERY_REMOVE(_In_ WDFIOTARGET IoTarget);
typedef EVT_WDF_IO_TARGET_QUERY_REMOVE *PFN_WDF_IO_TARGET_QUERY_REMOVE;

typedef _Function_class_(EVT_WDF_IO_TARGET_REMOVE_CANCELED)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
VOID EVT_WDF_IO_TARGET_REMOVE_CANCELED(_In_ WDFIOTARGET IoTarget);
typedef EVT_WDF_IO_TARGET_REMOVE_CANCELED *PFN_WDF_IO_TARGET_REMOVE_CANCELED;

typedef _Function_class_(EVT_WDF_IO_TARGET_REMOVE_COMPLETE)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
VOID EVT_WDF_IO_TARGET_REMOVE_COMPLETE(_In_ WDFIOTARGET IoTarget);
typedef EVT_WDF_IO_TARGET_REMOVE_COMPLETE *PFN_WDF_IO_TARGET_REMOVE_COMPLETE;

typedef struct _WDF_IO_TARGET_OPEN_PARAMS {
    ULONG Size;
    WDF_IO_TARGET_OPEN_TYPE Type;
    PFN_WDF_IO_TARGET_QUERY_REMOVE EvtIoTargetQueryRemove;
    PFN_WDF_IO_TARGET_REMOVE_CANCELED EvtIoTargetRemoveCanceled;
    PFN_WDF_IO_TARGET_REMOVE_COMPLETE EvtIoTargetRemoveComplete;
    PDEVICE_OBJECT TargetDeviceObject;
    PFILE_OBJECT TargetFileObject;
    UNICODE_STRING TargetDeviceName;
    ACCESS_MASK DesiredAccess;
    ULONG ShareAccess;
    ULONG FileAttributes;
    ULONG CreateDisposition;
    ULONG CreateOptions;
    PVOID EaBuffer;
    ULONG EaBufferLength;
    PLONGLONG AllocationSize;
    ULONG FileInformation;
    UNICODE_STRING FileName;
} WDF_IO_TARGET_OPEN_PARAMS, *PWDF_IO_TARGET_OPEN_PARAMS;

FORCEINLINE VOID
WDF_IO_TARGET_OPEN_PARAMS_INIT_EXISTING_DEVICE(
    _Out_ PWDF_IO_TARGET_OPEN_PARAMS Params,
    _In_ PDEVICE_OBJECT DeviceObject)
{
    RtlZeroMemory(Params, sizeof(WDF_IO_TARGET_OPEN_PARAMS));
    Params->Size = sizeof(WDF_IO_TARGET_OPEN_PARAMS);
    Params->Type = WdfIoTargetOpenUseExistingDevice;
    Params->TargetDeviceObject = DeviceObject;
}

FORCEINLINE VOID
WDF_IO_TARGET_OPEN_PARAMS_INIT_OPEN_BY_NAME(
    _Out_ PWDF_IO_TARGET_OPEN_PARAMS Params,
    _In_ PCUNICODE_STRING TargetDeviceName,
    _In_ ACCESS_MASK DesiredAccess)
{
    RtlZeroMemory(Params, sizeof(WDF_IO_TARGET_OPEN_PARAMS));
    Params->Size = sizeof(WDF_IO_TARGET_OPEN_PARAMS);
    Params->Type = WdfIoTargetOpenByName;
    RtlCopyMemory(&Params->TargetDeviceName, TargetDeviceName, sizeof(UNICODE_STRING));
    Params->DesiredAccess = DesiredAccess;
    Params->CreateOptions = FILE_NON_DIRECTORY_FILE;
}

FORCEINLINE VOID
WDF_IO_TARGET_OPEN_PARAMS_INIT_CREATE_BY_NAME(
    _Out_ PWDF_IO_TARGET_OPEN_PARAMS Params,
    _In_ PCUNICODE_STRING TargetDeviceName,
    _In_ ACCESS_MASK DesiredAccess)
{
    WDF_IO_TARGET_OPEN_PARAMS_INIT_OPEN_BY_NAME(Params, TargetDeviceName, DesiredAccess);
    Params->CreateDisposition = FILE_CREATE;
    Params->FileAttributes = FILE_ATTRIBUTE_NORMAL;
}

FORCEINLINE VOID
WDF_IO_TARGET_OPEN_PARAMS_INIT_REOPEN(_Out_ PWDF_IO_TARGET_OPEN_PARAMS Params)
{
    RtlZeroMemory(Params, sizeof(WDF_IO_TARGET_OPEN_PARAMS));
    Params->Size = sizeof(WDF_IO_TARGET_OPEN_PARAMS);
    Params->Type = WdfIoTargetOpenReopen;
}

FORCEINLINE VOID
WDF_IO_TARGET_OPEN_PARAMS_INIT_OPEN_LOCAL_TARGET_BY_FILE(
    _Out_ PWDF_IO_TARGET_OPEN_PARAMS Params,
    _In_opt_ PCUNICODE_STRING FileName)
{
    RtlZeroMemory(Params, sizeof(WDF_IO_TARGET_OPEN_PARAMS));
    Params->Size = sizeof(WDF_IO_TARGET_OPEN_PARAMS);
    Params->Type = WdfIoTargetOpenLocalTargetByFile;
    if (FileName != NULL) {
        RtlCopyMemory(&Params->FileName, FileName, sizeof(UNICODE_STRING));
    }
}

/* ---- methods ---- */
_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoTargetCreate(
    _In_ WDFDEVICE Device,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES IoTargetAttributes,
    _Out_ WDFIOTARGET *IoTarget);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfIoTargetOpen(
    _In_ WDFIOTARGET IoTarget,
    _In_ PWDF_IO_TARGET_OPEN_PARAMS OpenParams);

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID WdfIoTargetCloseForQueryRemove(_In_ WDFIOTARGET IoTarget);

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID WdfIoTargetClose(_In_ WDFIOTARGET IoTarget);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoTargetStart(_In_ WDFIOTARGET IoTarget);

_When_(Action == 3, _IRQL_requires_max_(DISPATCH_LEVEL))
_When_(Action == 0 || Action == 1 || Action == 2, _IRQL_requires_max_(PASSIVE_LEVEL))
VOID WdfIoTargetStop(
    _In_ WDFIOTARGET IoTarget,
    _In_ _Strict_type_match_ WDF_IO_TARGET_SENT_IO_ACTION Action);

_When_(Action == 2, _IRQL_requires_max_(DISPATCH_LEVEL))
_When_(Action == 0 || Action == 1, _IRQL_requires_max_(PASSIVE_LEVEL))
VOID WdfIoTargetPurge(
    _In_ WDFIOTARGET IoTarget,
    _In_ _Strict_type_match_ WDF_IO_TARGET_PURGE_IO_ACTION Action);

_IRQL_requires_max_(DISPATCH_LEVEL)
WDF_IO_TARGET_STATE WdfIoTargetGetState(_In_ WDFIOTARGET IoTarget);

_IRQL_requires_max_(DISPATCH_LEVEL)
WDFDEVICE WdfIoTargetGetDevice(_In_ WDFIOTARGET IoTarget);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfIoTargetQueryTargetProperty(
    _In_ WDFIOTARGET IoTarget,
    _In_ DEVICE_REGISTRY_PROPERTY DeviceProperty,
    _In_ ULONG BufferLength,
    _Out_writes_bytes_opt_(BufferLength) PVOID PropertyBuffer,
    _Deref_out_range_(<=, BufferLength) PULONG ResultLength);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfIoTargetAllocAndQueryTargetProperty(
    _In_ WDFIOTARGET IoTarget,
    _In_ DEVICE_REGISTRY_PROPERTY DeviceProperty,
    _In_ _Strict_type_match_ POOL_TYPE PoolType,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES PropertyMemoryAttributes,
    _Out_ WDFMEMORY *PropertyMemory);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfIoTargetQueryForInterface(
    _In_ WDFIOTARGET IoTarget,
    _In_ LPCGUID InterfaceType,
    _Out_ PINTERFACE Interface,
    _In_ USHORT Size,
    _In_ USHORT Version,
    _In_opt_ PVOID InterfaceSpecificData);

_IRQL_requires_max_(DISPATCH_LEVEL)
PDEVICE_OBJECT WdfIoTargetWdmGetTargetDeviceObject(_In_ WDFIOTARGET IoTarget);

_IRQL_requires_max_(DISPATCH_LEVEL)
PDEVICE_OBJECT WdfIoTargetWdmGetTargetPhysicalDevice(_In_ WDFIOTARGET IoTarget);

_IRQL_requires_max_(DISPATCH_LEVEL)
PFILE_OBJECT WdfIoTargetWdmGetTargetFileObject(_In_ WDFIOTARGET IoTarget);

_IRQL_requires_max_(DISPATCH_LEVEL)
HANDLE WdfIoTargetWdmGetTargetFileHandle(_In_ WDFIOTARGET IoTarget);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfIoTargetSendReadSynchronously(
    _In_ WDFIOTARGET IoTarget,
    _In_opt_ WDFREQUEST Request,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR OutputBuffer,
    _In_opt_ PLONGLONG DeviceOffset,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    _Out_opt_ PULONG_PTR BytesRead);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoTargetFormatRequestForRead(
    _In_ WDFIOTARGET IoTarget,
    _In_ WDFREQUEST Request,
    _In_opt_ WDFMEMORY OutputBuffer,
    _In_opt_ PWDFMEMORY_OFFSET OutputBufferOffset,
    _In_opt_ PLONGLONG DeviceOffset);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfIoTargetSendWriteSynchronously(
    _In_ WDFIOTARGET IoTarget,
    _In_opt_ WDFREQUEST Request,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR InputBuffer,
    _In_opt_ PLONGLONG DeviceOffset,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    _Out_opt_ PULONG_PTR BytesWritten);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoTargetFormatRequestForWrite(
    _In_ WDFIOTARGET IoTarget,
    _In_ WDFREQUEST Request,
    _In_opt_ WDFMEMORY InputBuffer,
    _In_opt_ PWDFMEMORY_OFFSET InputBufferOffset,
    _In_opt_ PLONGLONG DeviceOffset);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfIoTargetSendIoctlSynchronously(
    _In_ WDFIOTARGET IoTarget,
    _In_opt_ WDFREQUEST Request,
    _In_ ULONG IoctlCode,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR InputBuffer,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR OutputBuffer,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    _Out_opt_ PULONG_PTR BytesReturned);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoTargetFormatRequestForIoctl(
    _In_ WDFIOTARGET IoTarget,
    _In_ WDFREQUEST Request,
    _In_ ULONG IoctlCode,
    _In_opt_ WDFMEMORY InputBuffer,
    _In_opt_ PWDFMEMORY_OFFSET InputBufferOffset,
    _In_opt_ WDFMEMORY OutputBuffer,
    _In_opt_ PWDFMEMORY_OFFSET OutputBufferOffset);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfIoTargetSendInternalIoctlSynchronously(
    _In_ WDFIOTARGET IoTarget,
    _In_opt_ WDFREQUEST Request,
    _In_ ULONG IoctlCode,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR InputBuffer,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR OutputBuffer,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    _Out_opt_ PULONG_PTR BytesReturned);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoTargetFormatRequestForInternalIoctl(
    _In_ WDFIOTARGET IoTarget,
    _In_ WDFREQUEST Request,
    _In_ ULONG IoctlCode,
    _In_opt_ WDFMEMORY InputBuffer,
    _In_opt_ PWDFMEMORY_OFFSET InputBufferOffset,
    _In_opt_ WDFMEMORY OutputBuffer,
    _In_opt_ PWDFMEMORY_OFFSET OutputBufferOffset);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfIoTargetSendInternalIoctlOthersSynchronously(
    _In_ WDFIOTARGET IoTarget,
    _In_opt_ WDFREQUEST Request,
    _In_ ULONG IoctlCode,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR OtherArg1,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR OtherArg2,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR OtherArg4,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    _Out_opt_ PULONG_PTR BytesReturned);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoTargetFormatRequestForInternalIoctlOthers(
    _In_ WDFIOTARGET IoTarget,
    _In_ WDFREQUEST Request,
    _In_ ULONG IoctlCode,
    _In_opt_ WDFMEMORY OtherArg1,
    _In_opt_ PWDFMEMORY_OFFSET OtherArg1Offset,
    _In_opt_ WDFMEMORY OtherArg2,
    _In_opt_ PWDFMEMORY_OFFSET OtherArg2Offset,
    _In_opt_ WDFMEMORY OtherArg4,
    _In_opt_ PWDFMEMORY_OFFSET OtherArg4Offset);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfIoTargetSelfAssignDefaultIoQueue(
    _In_ WDFIOTARGET IoTarget,
    _In_ WDFQUEUE Queue);

_IRQL_requires_max_(DISPATCH_LEVEL)
WDFIOTARGET WdfDeviceGetSelfIoTarget(_In_ WDFDEVICE Device);

#endif /* DDICHECK_WDFIOTARGET_H */
