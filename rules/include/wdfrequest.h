/*
 * wdfrequest.h - ddicheck overlay header.
 *
 * Written for ddicheck from the documented KMDF API (Microsoft Learn);
 * used only when the real Windows Driver Kit is absent.
 * Framework request objects: parameters, send/forward/reuse options,
 * completion parameters and WdfRequestXxx methods.
 */
#ifndef DDICHECK_WDFREQUEST_H
#define DDICHECK_WDFREQUEST_H

#include <wdfobject.h>
#include <wdfmemory.h>

typedef enum _WDF_REQUEST_TYPE {
    WdfRequestTypeCreate = 0x0,
    WdfRequestTypeCreateNamedPipe = 0x1,
    WdfRequestTypeClose = 0x2,
    WdfRequestTypeRead = 0x3,
    WdfRequestTypeWrite = 0x4,
    WdfRequestTypeQueryInformation = 0x5,
    WdfRequestTypeSetInformation = 0x6,
    WdfRequestTypeQueryEA = 0x7,
    WdfRequestTypeSetEA = 0x8,
    WdfRequestTypeFlushBuffers = 0x9,
    WdfRequestTypeQueryVolumeInformation = 0xa,
    WdfRequestTypeSetVolumeInformation = 0xb,
    WdfRequestTypeDirectoryControl = 0xc,
    WdfRequestTypeFileSystemControl = 0xd,
    WdfRequestTypeDeviceControl = 0xe,
    WdfRequestTypeDeviceControlInternal = 0xf,
    WdfRequestTypeShutdown = 0x10,
    WdfRequestTypeLockControl = 0x11,
    WdfRequestTypeCleanup = 0x12,
    WdfRequestTypeCreateMailSlot = 0x13,
    WdfRequestTypeQuerySecurity = 0x14,
    WdfRequestTypeSetSecurity = 0x15,
    WdfRequestTypePower = 0x16,
    WdfRequestTypeSystemControl = 0x17,
    WdfRequestTypeDeviceChange = 0x18,
    WdfRequestTypeQueryQuota = 0x19,
    WdfRequestTypeSetQuota = 0x1A,
    WdfRequestTypePnp = 0x1B,
    WdfRequestTypeOther,
    WdfRequestTypeUsb,
    WdfRequestTypeNoFormat = 0xFF,
    WdfRequestTypeMax
} WDF_REQUEST_TYPE;

typedef enum _WDF_REQUEST_REUSE_FLAGS {
    WDF_REQUEST_REUSE_NO_FLAGS = 0x00000000,
    WDF_REQUEST_REUSE_SET_NEW_IRP = 0x00000001,
    WDF_REQUEST_REUSE_MUST_COMPLETE = 0x00000002
} WDF_REQUEST_REUSE_FLAGS;

typedef enum _WDF_REQUEST_STOP_ACTION_FLAGS {
    WdfRequestStopActionInvalid = 0,
    WdfRequestStopActionSuspend = 0x01,
    WdfRequestStopActionPurge = 0x2,
    WdfRequestStopRequestCancelable = 0x10000000
} WDF_REQUEST_STOP_ACTION_FLAGS;

typedef enum _WDF_REQUEST_SEND_OPTIONS_FLAGS {
    WDF_REQUEST_SEND_OPTION_TIMEOUT = 0x00000001,
    WDF_REQUEST_SEND_OPTION_SYNCHRONOUS = 0x00000002,
    WDF_REQUEST_SEND_OPTION_IGNORE_TARGET_STATE = 0x00000004,
    WDF_REQUEST_SEND_OPTION_SEND_AND_FORGET = 0x00000008,
    WDF_REQUEST_SEND_OPTION_IMPERSONATE_CLIENT = 0x00010000,
    WDF_REQUEST_SEND_OPTION_IMPERSONATION_IGNORE_FAILURE = 0x00020000
} WDF_REQUEST_SEND_OPTIONS_FLAGS;

typedef enum _WDF_REQUEST_FORWARD_OPTIONS_FLAGS {
    WDF_REQUEST_FORWARD_OPTION_SEND_AND_FORGET = 0x00000001
} WDF_REQUEST_FORWARD_OPTIONS_FLAGS;

/* ---- request parameters ---- */
typedef struct _WDF_REQUEST_PARAMETERS {
    USHORT Size;
    UCHAR MinorFunction;
    WDF_REQUEST_TYPE Type;
    union {
        struct {
            PIO_SECURITY_CONTEXT SecurityContext;
            ULONG Options;
            USHORT FileAttributes;
            USHORT ShareAccess;
            ULONG EaLength;
        } Create;
        struct {
            size_t Length;
            ULONG Key;
            LONGLONG DeviceOffset;
        } Read;
        struct {
            size_t Length;
            ULONG Key;
            LONGLONG DeviceOffset;
        } Write;
        struct {
            size_t OutputBufferLength;
            size_t InputBufferLength;
            ULONG IoControlCode;
            PVOID Type3InputBuffer;
        } DeviceIoControl;
        struct {
            PVOID Arg1;
            PVOID Arg2;
            ULONG IoControlCode;
            PVOID Arg4;
        } Others;
    } Parameters;
} WDF_REQUEST_PARAMETERS, *PWDF_REQUEST_PARAMETERS;

FORCEINLINE VOID
WDF_REQUEST_PARAMETERS_INIT(_Out_ PWDF_REQUEST_PARAMETERS Parameters)
{
    RtlZeroMemory(Parameters, sizeof(WDF_REQUEST_PARAMETERS));
    Parameters->Size = sizeof(WDF_REQUEST_PARAMETERS);
}

/* ---- completion parameters ---- */
struct _WDF_USB_REQUEST_COMPLETION_PARAMS;

typedef struct _WDF_REQUEST_COMPLETION_PARAMS {
    ULONG Size;
    WDF_REQUEST_TYPE Type;
    IO_STATUS_BLOCK IoStatus;
    union {
        struct {
            WDFMEMORY Buffer;
            size_t Length;
            size_t Offset;
        } Write;
        struct {
            WDFMEMORY Buffer;
            size_t Length;
            size_t Offset;
        } Read;
        struct {
            ULONG IoControlCode;
            struct {
                WDFMEMORY Buffer;
                size_t Offset;
            } Input;
            struct {
                WDFMEMORY Buffer;
                size_t Offset;
                size_t Length;
            } Output;
        } Ioctl;
        struct {
            union {
                PVOID Ptr;
                ULONG_PTR Value;
            } Argument1;
            union {
                PVOID Ptr;
                ULONG_PTR Value;
            } Argument2;
            union {
                PVOID Ptr;
                ULONG_PTR Value;
            } Argument3;
            union {
                PVOID Ptr;
                ULONG_PTR Value;
            } Argument4;
        } Others;
        struct {
            struct _WDF_USB_REQUEST_COMPLETION_PARAMS *Completion;
        } Usb;
    } Parameters;
} WDF_REQUEST_COMPLETION_PARAMS, *PWDF_REQUEST_COMPLETION_PARAMS;

FORCEINLINE VOID
WDF_REQUEST_COMPLETION_PARAMS_INIT(_Out_ PWDF_REQUEST_COMPLETION_PARAMS Params)
{
    RtlZeroMemory(Params, sizeof(WDF_REQUEST_COMPLETION_PARAMS));
    Params->Size = sizeof(WDF_REQUEST_COMPLETION_PARAMS);
    Params->Type = WdfRequestTypeNoFormat;
}

/* ---- callbacks ---- */
typedef _Function_class_(EVT_WDF_REQUEST_CANCEL)
_IRQL_requires_same_
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID EVT_WDF_REQUEST_CANCEL(_In_ WDFREQUEST Request);
typedef EVT_WDF_REQUEST_CANCEL *PFN_WDF_REQUEST_CANCEL;

typedef _Function_class_(EVT_WDF_REQUEST_COMPLETION_ROUTINE)
_IRQL_requires_same_
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID EVT_WDF_REQUEST_COMPLETION_ROUTINE(
    _In_ WDFREQUEST Request,
    _In_ WDFIOTARGET Target,
    _In_ PWDF_REQUEST_COMPLETION_PARAMS Params,
    _In_ WDFCONTEXT Context);
typedef EVT_WDF_REQUEST_COMPLETION_ROUTINE *PFN_WDF_REQUEST_COMPLETION_ROUTINE;

/* ---- reuse / send / forward options ---- */
typedef struct _WDF_REQUEST_REUSE_PARAMS {
    ULONG Size;
    ULONG Flags;
    NTSTATUS Status;
    PIRP NewIrp;
} WDF_REQUEST_REUSE_PARAMS, *PWDF_REQUEST_REUSE_PARAMS;

FORCEINLINE VOID
WDF_REQUEST_REUSE_PARAMS_INIT(
    _Out_ PWDF_REQUEST_REUSE_PARAMS Params,
    _In_ ULONG Flags,
    _In_ NTSTATUS Status)
{
    RtlZeroMemory(Params, sizeof(WDF_REQUEST_REUSE_PARAMS));
    Params->Size = sizeof(WDF_REQUEST_REUSE_PARAMS);
    Params->Flags = Flags;
    Params->Status = Status;
}

FORCEINLINE VOID
WDF_REQUEST_REUSE_PARAMS_SET_NEW_IRP(
    _Inout_ PWDF_REQUEST_REUSE_PARAMS Params,
    _In_ PIRP NewIrp)
{
    Params->Flags |= WDF_REQUEST_REUSE_SET_NEW_IRP;
    Params->NewIrp = NewIrp;
}

typedef struct _WDF_REQUEST_SEND_OPTIONS {
    ULONG Size;
    ULONG Flags;
    LONGLONG Timeout;
} WDF_REQUEST_SEND_OPTIONS, *PWDF_REQUEST_SEND_OPTIONS;

FORCEINLINE VOID
WDF_REQUEST_SEND_OPTIONS_INIT(
    _Out_ PWDF_REQUEST_SEND_OPTIONS Options,
    _In_ ULONG Flags)
{
    RtlZeroMemory(Options, sizeof(WDF_REQUEST_SEND_OPTIONS));
    Options->Size = sizeof(WDF_REQUEST_SEND_OPTIONS);
    Options->Flags = Flags;
}

FORCEINLINE VOID
WDF_REQUEST_SEND_OPTIONS_SET_TIMEOUT(
    _Inout_ PWDF_REQUEST_SEND_OPTIONS Options,
    _In_ LONGLONG Timeout)
{
    Options->Flags |= WDF_REQUEST_SEND_OPTION_TIMEOUT;
    Options->Timeout = Timeout;
}

typedef struct _WDF_REQUEST_FORWARD_OPTIONS {
    ULONG Size;
    ULONG Flags;
} WDF_REQUEST_FORWARD_OPTIONS, *PWDF_REQUEST_FORWARD_OPTIONS;

FORCEINLINE VOID
WDF_REQUEST_FORWARD_OPTIONS_INIT(_Out_ PWDF_REQUEST_FORWARD_OPTIONS ForwardOptions)
{
    RtlZeroMemory(ForwardOptions, sizeof(WDF_REQUEST_FORWARD_OPTIONS));
    ForwardOptions->Size = sizeof(WDF_REQUEST_FORWARD_OPTIONS);
    ForwardOptions->Flags = WDF_REQUEST_FORWARD_OPTION_SEND_AND_FORGET;
}

/* ---- methods ---- */
_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestCreate(
    _In_opt_ PWDF_OBJECT_ATTRIBUTES RequestAttributes,
    _In_opt_ WDFIOTARGET IoTarget,
    _Out_ WDFREQUEST *Request);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestCreateFromIrp(
    _In_opt_ PWDF_OBJECT_ATTRIBUTES RequestAttributes,
    _In_ PIRP Irp,
    _In_ BOOLEAN RequestFreesIrp,
    _Out_ WDFREQUEST *Request);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestReuse(
    _In_ WDFREQUEST Request,
    _In_ PWDF_REQUEST_REUSE_PARAMS ReuseParams);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestChangeTarget(
    _In_ WDFREQUEST Request,
    _In_ WDFIOTARGET IoTarget);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfRequestFormatRequestUsingCurrentType(_In_ WDFREQUEST Request);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfRequestWdmFormatUsingStackLocation(
    _In_ WDFREQUEST Request,
    _In_ PIO_STACK_LOCATION Stack);

_Must_inspect_result_
_When_(Options->Flags & WDF_REQUEST_SEND_OPTION_SYNCHRONOUS, _IRQL_requires_max_(PASSIVE_LEVEL))
_When_(!(Options->Flags & WDF_REQUEST_SEND_OPTION_SYNCHRONOUS), _IRQL_requires_max_(DISPATCH_LEVEL))
BOOLEAN WdfRequestSend(
    _In_ WDFREQUEST Request,
    _In_ WDFIOTARGET Target,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS Options);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestGetStatus(_In_ WDFREQUEST Request);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfRequestMarkCancelable(
    _In_ WDFREQUEST Request,
    _In_ PFN_WDF_REQUEST_CANCEL EvtRequestCancel);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestMarkCancelableEx(
    _In_ WDFREQUEST Request,
    _In_ PFN_WDF_REQUEST_CANCEL EvtRequestCancel);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestUnmarkCancelable(_In_ WDFREQUEST Request);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN WdfRequestIsCanceled(_In_ WDFREQUEST Request);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN WdfRequestCancelSentRequest(_In_ WDFREQUEST Request);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN WdfRequestIsFrom32BitProcess(_In_ WDFREQUEST Request);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfRequestSetCompletionRoutine(
    _In_ WDFREQUEST Request,
    _In_opt_ PFN_WDF_REQUEST_COMPLETION_ROUTINE CompletionRoutine,
    _In_opt_ WDFCONTEXT CompletionContext);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfRequestGetCompletionParams(
    _In_ WDFREQUEST Request,
    _Out_ PWDF_REQUEST_COMPLETION_PARAMS Params);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestAllocateTimer(_In_ WDFREQUEST Request);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfRequestComplete(
    _In_ WDFREQUEST Request,
    _In_ NTSTATUS Status);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfRequestCompleteWithPriorityBoost(
    _In_ WDFREQUEST Request,
    _In_ NTSTATUS Status,
    _In_ CCHAR PriorityBoost);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfRequestCompleteWithInformation(
    _In_ WDFREQUEST Request,
    _In_ NTSTATUS Status,
    _In_ ULONG_PTR Information);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfRequestGetParameters(
    _In_ WDFREQUEST Request,
    _Out_ PWDF_REQUEST_PARAMETERS Parameters);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestRetrieveInputMemory(
    _In_ WDFREQUEST Request,
    _Out_ WDFMEMORY *Memory);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestRetrieveOutputMemory(
    _In_ WDFREQUEST Request,
    _Out_ WDFMEMORY *Memory);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestRetrieveInputBuffer(
    _In_ WDFREQUEST Request,
    _In_ size_t MinimumRequiredLength,
    _Outptr_result_bytebuffer_(*Length) PVOID *Buffer,
    _Out_opt_ size_t *Length);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestRetrieveOutputBuffer(
    _In_ WDFREQUEST Request,
    _In_ size_t MinimumRequiredSize,
    _Outptr_result_bytebuffer_(*Length) PVOID *Buffer,
    _Out_opt_ size_t *Length);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestRetrieveInputWdmMdl(
    _In_ WDFREQUEST Request,
    _Outptr_ PMDL *Mdl);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestRetrieveOutputWdmMdl(
    _In_ WDFREQUEST Request,
    _Outptr_ PMDL *Mdl);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRequestRetrieveUnsafeUserInputBuffer(
    _In_ WDFREQUEST Request,
    _In_ size_t MinimumRequiredLength,
    _Outptr_result_bytebuffer_maybenull_(*Length) PVOID *InputBuffer,
    _Out_opt_ size_t *Length);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRequestRetrieveUnsafeUserOutputBuffer(
    _In_ WDFREQUEST Request,
    _In_ size_t MinimumRequiredLength,
    _Outptr_result_bytebuffer_maybenull_(*Length) PVOID *OutputBuffer,
    _Out_opt_ size_t *Length);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfRequestSetInformation(
    _In_ WDFREQUEST Request,
    _In_ ULONG_PTR Information);

_IRQL_requires_max_(DISPATCH_LEVEL)
ULONG_PTR WdfRequestGetInformation(_In_ WDFREQUEST Request);

_IRQL_requires_max_(DISPATCH_LEVEL)
WDFFILEOBJECT WdfRequestGetFileObject(_In_ WDFREQUEST Request);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRequestProbeAndLockUserBufferForRead(
    _In_ WDFREQUEST Request,
    _In_reads_bytes_(Length) PVOID Buffer,
    _In_ size_t Length,
    _Out_ WDFMEMORY *MemoryObject);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRequestProbeAndLockUserBufferForWrite(
    _In_ WDFREQUEST Request,
    _In_reads_bytes_(Length) PVOID Buffer,
    _In_ size_t Length,
    _Out_ WDFMEMORY *MemoryObject);

_IRQL_requires_max_(DISPATCH_LEVEL)
KPROCESSOR_MODE WdfRequestGetRequestorMode(_In_ WDFREQUEST Request);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestForwardToIoQueue(
    _In_ WDFREQUEST Request,
    _In_ WDFQUEUE DestinationQueue);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestForwardToParentDeviceIoQueue(
    _In_ WDFREQUEST Request,
    _In_ WDFQUEUE ParentDeviceQueue,
    _In_ PWDF_REQUEST_FORWARD_OPTIONS ForwardOptions);

_IRQL_requires_max_(DISPATCH_LEVEL)
WDFQUEUE WdfRequestGetIoQueue(_In_ WDFREQUEST Request);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestRequeue(_In_ WDFREQUEST Request);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfRequestStopAcknowledge(
    _In_ WDFREQUEST Request,
    _In_ BOOLEAN Requeue);

_IRQL_requires_max_(DISPATCH_LEVEL)
PIRP WdfRequestWdmGetIrp(_In_ WDFREQUEST Request);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN WdfRequestIsReserved(_In_ WDFREQUEST Request);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN WdfRequestIsFromUserModeDriver(_In_ WDFREQUEST Request);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfRequestSetUserModeDriverInitiatedIo(
    _In_ WDFREQUEST Request,
    _In_ BOOLEAN IsUserModeDriverInitiated);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN WdfRequestGetUserModeDriverInitiatedIo(_In_ WDFREQUEST Request);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfRequestSetActivityId(
    _In_ WDFREQUEST Request,
    _In_ LPGUID ActivityId);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfRequestRetrieveActivityId(
    _In_ WDFREQUEST Request,
    _Out_ LPGUID ActivityId);

#endif /* DDICHECK_WDFREQUEST_H */
