/*
 * wdm.h -- ddicheck overlay.
 * Written for ddicheck from the documented API (Microsoft Learn); used only
 * when the real WDK is absent.  Includes the mingw-w64 wdm.h and then
 * declares documented DDIs and types that it lacks.
 */
#include_next <wdm.h>

#ifndef DDICHECK_OVERLAY_WDM_H
#define DDICHECK_OVERLAY_WDM_H

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Driver / device directories (Windows 10 1803+) ---- */
#ifndef DDICHECK_HAVE_DRIVER_DIRECTORY_TYPE
#define DDICHECK_HAVE_DRIVER_DIRECTORY_TYPE
typedef enum _DRIVER_DIRECTORY_TYPE {
    DriverDirectoryImage,
    DriverDirectoryData,
    DriverDirectorySharedData
} DRIVER_DIRECTORY_TYPE, *PDRIVER_DIRECTORY_TYPE;
#endif

NTKERNELAPI NTSTATUS NTAPI
IoGetDriverDirectory(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ DRIVER_DIRECTORY_TYPE DirectoryType,
    _In_ ULONG Flags,
    _Out_ PHANDLE DriverDirectoryHandle);

#ifndef DDICHECK_HAVE_DEVICE_DIRECTORY_TYPE
#define DDICHECK_HAVE_DEVICE_DIRECTORY_TYPE
typedef enum _DEVICE_DIRECTORY_TYPE {
    DeviceDirectoryData
} DEVICE_DIRECTORY_TYPE, *PDEVICE_DIRECTORY_TYPE;
#endif

NTKERNELAPI NTSTATUS NTAPI
IoGetDeviceDirectory(
    _In_ PDEVICE_OBJECT PhysicalDeviceObject,
    _In_ DEVICE_DIRECTORY_TYPE DirectoryType,
    _In_ ULONG Flags,
    _In_ PVOID Reserved,
    _Out_ PHANDLE DeviceDirectoryHandle);


/* ---- Pool allocation with POOL_FLAGS (Windows 10 2004+) ---- */
#ifndef POOL_FLAG_REQUIRED_START
typedef ULONG64 POOL_FLAGS;
#define POOL_FLAG_REQUIRED_START          0x0000000000000001ULL
#define POOL_FLAG_USE_QUOTA               0x0000000000000001ULL
#define POOL_FLAG_UNINITIALIZED           0x0000000000000002ULL
#define POOL_FLAG_SESSION                 0x0000000000000004ULL
#define POOL_FLAG_CACHE_ALIGNED           0x0000000000000008ULL
#define POOL_FLAG_RAISE_ON_FAILURE        0x0000000000000020ULL
#define POOL_FLAG_NON_PAGED               0x0000000000000040ULL
#define POOL_FLAG_NON_PAGED_EXECUTE       0x0000000000000080ULL
#define POOL_FLAG_PAGED                   0x0000000000000100ULL
#define POOL_FLAG_REQUIRED_END            0x0000000080000000ULL
#define POOL_FLAG_OPTIONAL_START          0x0000000100000000ULL
#define POOL_FLAG_SPECIAL_POOL            0x0000000100000000ULL
#define POOL_FLAG_OPTIONAL_END            0x8000000000000000ULL
#endif

NTKERNELAPI PVOID NTAPI
ExAllocatePool2(
    _In_ POOL_FLAGS Flags,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag);

/* Documented inline wrappers in the WDK; declared here as functions. */
PVOID NTAPI
ExAllocatePoolZero(
    _In_ POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag);

PVOID NTAPI
ExAllocatePoolUninitialized(
    _In_ POOL_TYPE PoolType,
    _In_ SIZE_T NumberOfBytes,
    _In_ ULONG Tag);

/* ---- Threaded DPCs ---- */
NTKERNELAPI VOID NTAPI
KeInitializeThreadedDpc(
    _Out_ PRKDPC Dpc,
    _In_ PKDEFERRED_ROUTINE DeferredRoutine,
    _In_opt_ PVOID DeferredContext);


/* ---- Language helpers the WDK's headers provide ---- */
#ifndef EXTERN_C_START
#ifdef __cplusplus
#define EXTERN_C_START extern "C" {
#define EXTERN_C_END }
#else
#define EXTERN_C_START
#define EXTERN_C_END
#endif
#endif

/* BYTE: kernel-mode drivers use it (it reaches them through other WDK
   headers); a repeated identical typedef is valid C11. */
#ifndef DDICHECK_HAVE_BYTE
#define DDICHECK_HAVE_BYTE
typedef unsigned char BYTE;
#endif

/* ---- No-execute pool opt-in (Windows 8+) ---- */
#ifndef DDICHECK_HAVE_DRIVER_RUNTIME
#define DDICHECK_HAVE_DRIVER_RUNTIME
#define DrvRtPoolNxOptIn 0x00000001
#define POOL_NX_ALLOCATION 512
#define POOL_NX_OPTIN_AUTO_FLAG 0
VOID NTAPI
ExInitializeDriverRuntime(
    _In_ ULONG RuntimeFlags);
#endif

/* MM_PAGE_PRIORITY flags that can be or'ed into the Priority of
   MmGetSystemAddressForMdlSafe / MmMapLockedPagesSpecifyCache. */
#ifndef MdlMappingNoWrite
#define MdlMappingNoWrite    0x80000000
#endif
#ifndef MdlMappingNoExecute
#define MdlMappingNoExecute  0x40000000
#endif
#ifndef MdlMappingWithGuardPtes
#define MdlMappingWithGuardPtes 0x20000000
#endif

/* ---- Registry ---- */
#ifndef RTL_QUERY_REGISTRY_TYPECHECK
#define RTL_QUERY_REGISTRY_TYPECHECK        0x00000100
#define RTL_QUERY_REGISTRY_TYPECHECK_SHIFT  24
#define RTL_QUERY_REGISTRY_TYPECHECK_MASK   (0xff << RTL_QUERY_REGISTRY_TYPECHECK_SHIFT)
#endif

#ifndef DDICHECK_HAVE_DRIVER_REGKEY_TYPE
#define DDICHECK_HAVE_DRIVER_REGKEY_TYPE
typedef enum _DRIVER_REGKEY_TYPE {
    DriverRegKeyParameters,
    DriverRegKeyPersistentState,
    DriverRegKeySharedPersistentState
} DRIVER_REGKEY_TYPE, *PDRIVER_REGKEY_TYPE;
#endif

NTKERNELAPI NTSTATUS NTAPI
IoOpenDriverRegistryKey(
    _In_ PDRIVER_OBJECT DriverObject,
    _In_ DRIVER_REGKEY_TYPE RegKeyType,
    _In_ ACCESS_MASK DesiredAccess,
    _In_ ULONG Flags,
    _Out_ PHANDLE DriverRegKey);

NTKERNELAPI NTSTATUS NTAPI
CmCallbackGetKeyObjectIDEx(
    _In_ PLARGE_INTEGER Cookie,
    _In_ PVOID Object,
    _Out_opt_ PULONG_PTR ObjectID,
    _Outptr_opt_ PCUNICODE_STRING *ObjectName,
    _In_ ULONG Flags);

NTKERNELAPI VOID NTAPI
CmCallbackReleaseKeyObjectIDEx(
    _In_ PCUNICODE_STRING ObjectName);

/* ---- Kernel Transaction Manager (KTM) ---- */
#ifndef DDICHECK_HAVE_KTM_OBJECTS
#define DDICHECK_HAVE_KTM_OBJECTS
typedef struct _KTRANSACTION *PKTRANSACTION, *PRKTRANSACTION;
typedef struct _KENLISTMENT *PKENLISTMENT, *PRKENLISTMENT;
typedef struct _KRESOURCEMANAGER *PKRESOURCEMANAGER, *PRKRESOURCEMANAGER;
typedef struct _KTM *PKTM, *PRKTM;
#endif

#ifndef TRANSACTION_QUERY_INFORMATION
#define TRANSACTION_QUERY_INFORMATION   0x0001
#define TRANSACTION_SET_INFORMATION     0x0002
#define TRANSACTION_ENLIST              0x0004
#define TRANSACTION_COMMIT              0x0008
#define TRANSACTION_ROLLBACK            0x0010
#define TRANSACTION_PROPAGATE           0x0020
#define TRANSACTION_RIGHT_RESERVED1     0x0040
#define TRANSACTION_GENERIC_READ    (STANDARD_RIGHTS_READ | TRANSACTION_QUERY_INFORMATION | SYNCHRONIZE)
#define TRANSACTION_GENERIC_WRITE   (STANDARD_RIGHTS_WRITE | TRANSACTION_SET_INFORMATION | TRANSACTION_COMMIT | \
                                     TRANSACTION_ENLIST | TRANSACTION_ROLLBACK | TRANSACTION_PROPAGATE | SYNCHRONIZE)
#define TRANSACTION_GENERIC_EXECUTE (STANDARD_RIGHTS_EXECUTE | TRANSACTION_COMMIT | TRANSACTION_ROLLBACK | SYNCHRONIZE)
#define TRANSACTION_ALL_ACCESS      (STANDARD_RIGHTS_REQUIRED | TRANSACTION_GENERIC_READ | \
                                     TRANSACTION_GENERIC_WRITE | TRANSACTION_GENERIC_EXECUTE)
#define TRANSACTION_RESOURCE_MANAGER_RIGHTS (TRANSACTION_GENERIC_READ | STANDARD_RIGHTS_WRITE | \
                                     TRANSACTION_SET_INFORMATION | TRANSACTION_ENLIST | TRANSACTION_ROLLBACK | \
                                     TRANSACTION_PROPAGATE | SYNCHRONIZE)
#define TRANSACTIONMANAGER_QUERY_INFORMATION 0x0001
#define TRANSACTIONMANAGER_SET_INFORMATION   0x0002
#define TRANSACTIONMANAGER_RECOVER           0x0004
#define TRANSACTIONMANAGER_RENAME            0x0008
#define TRANSACTIONMANAGER_CREATE_RM         0x0010
#define TRANSACTIONMANAGER_BIND_TRANSACTION  0x0020
#define TRANSACTIONMANAGER_ALL_ACCESS (STANDARD_RIGHTS_REQUIRED | 0x003f)
#define RESOURCEMANAGER_ALL_ACCESS    (STANDARD_RIGHTS_REQUIRED | 0x007f)
#define ENLISTMENT_QUERY_INFORMATION  0x0001
#define ENLISTMENT_SET_INFORMATION    0x0002
#define ENLISTMENT_RECOVER            0x0004
#define ENLISTMENT_SUBORDINATE_RIGHTS 0x0008
#define ENLISTMENT_SUPERIOR_RIGHTS    0x0010
#define ENLISTMENT_ALL_ACCESS (STANDARD_RIGHTS_REQUIRED | 0x001f)
#endif

#ifndef TRANSACTION_NOTIFY_COMMIT
#define TRANSACTION_NOTIFY_MASK                 0x3FFFFFFF
#define TRANSACTION_NOTIFY_PREPREPARE           0x00000001
#define TRANSACTION_NOTIFY_PREPARE              0x00000002
#define TRANSACTION_NOTIFY_COMMIT               0x00000004
#define TRANSACTION_NOTIFY_ROLLBACK             0x00000008
#define TRANSACTION_NOTIFY_PREPREPARE_COMPLETE  0x00000010
#define TRANSACTION_NOTIFY_PREPARE_COMPLETE     0x00000020
#define TRANSACTION_NOTIFY_COMMIT_COMPLETE      0x00000040
#define TRANSACTION_NOTIFY_ROLLBACK_COMPLETE    0x00000080
#define TRANSACTION_NOTIFY_RECOVER              0x00000100
#define TRANSACTION_NOTIFY_SINGLE_PHASE_COMMIT  0x00000200
#define TRANSACTION_NOTIFY_DELEGATE_COMMIT      0x00000400
#define TRANSACTION_NOTIFY_RECOVER_QUERY        0x00000800
#define TRANSACTION_NOTIFY_ENLIST_PREPREPARE    0x00001000
#define TRANSACTION_NOTIFY_LAST_RECOVER         0x00002000
#define TRANSACTION_NOTIFY_INDOUBT              0x00004000
#define TRANSACTION_NOTIFY_TM_ONLINE            0x02000000
#define TRANSACTION_NOTIFY_REQUEST_OUTCOME      0x20000000
#define TRANSACTION_NOTIFY_COMMIT_FINALIZE      0x40000000
#define TRANSACTION_MANAGER_VOLATILE            0x00000001
#define TRANSACTION_MANAGER_COMMIT_DEFAULT      0x00000000
#define TRANSACTION_DO_NOT_PROMOTE              0x00000001
#define ENLISTMENT_SUPERIOR                     0x00000001
#endif

typedef NTSTATUS (NTAPI TM_RM_NOTIFICATION)(
    _In_ PKENLISTMENT EnlistmentObject,
    _In_ PVOID RMContext,
    _In_ PVOID TransactionContext,
    _In_ ULONG TransactionNotification,
    _Inout_ PLARGE_INTEGER TmVirtualClock,
    _In_ ULONG ArgumentLength,
    _In_ PVOID Argument);
typedef TM_RM_NOTIFICATION *PTM_RM_NOTIFICATION;

extern POBJECT_TYPE *TmTransactionObjectType;
extern POBJECT_TYPE *TmEnlistmentObjectType;
extern POBJECT_TYPE *TmResourceManagerObjectType;
extern POBJECT_TYPE *TmTransactionManagerObjectType;

NTKERNELAPI NTSTATUS NTAPI
TmEnableCallbacks(
    _In_ PKRESOURCEMANAGER ResourceManager,
    _In_ PTM_RM_NOTIFICATION CallbackRoutine,
    _In_opt_ PVOID RMKey);

NTKERNELAPI NTSTATUS NTAPI
TmCommitComplete(_In_ PKENLISTMENT Enlistment, _In_opt_ PLARGE_INTEGER TmVirtualClock);
NTKERNELAPI NTSTATUS NTAPI
TmRollbackComplete(_In_ PKENLISTMENT Enlistment, _In_opt_ PLARGE_INTEGER TmVirtualClock);
NTKERNELAPI NTSTATUS NTAPI
TmPrepareComplete(_In_ PKENLISTMENT Enlistment, _In_opt_ PLARGE_INTEGER TmVirtualClock);
NTKERNELAPI NTSTATUS NTAPI
TmPrePrepareComplete(_In_ PKENLISTMENT Enlistment, _In_opt_ PLARGE_INTEGER TmVirtualClock);
NTKERNELAPI NTSTATUS NTAPI
TmRollbackEnlistment(_In_ PKENLISTMENT Enlistment, _In_opt_ PLARGE_INTEGER TmVirtualClock);
NTKERNELAPI NTSTATUS NTAPI
TmCreateEnlistment(
    _Out_ PHANDLE EnlistmentHandle,
    _In_ KPROCESSOR_MODE PreviousMode,
    _In_ ACCESS_MASK DesiredAccess,
    _In_ POBJECT_ATTRIBUTES ObjectAttributes,
    _In_ PRKRESOURCEMANAGER ResourceManager,
    _In_ PKTRANSACTION Transaction,
    _In_opt_ ULONG CreateOptions,
    _In_ ULONG NotificationMask,
    _In_opt_ PVOID EnlistmentKey);
NTKERNELAPI NTSTATUS NTAPI
TmReferenceEnlistmentKey(_In_ PKENLISTMENT Enlistment, _Out_ PVOID *Key);
NTKERNELAPI NTSTATUS NTAPI
TmDereferenceEnlistmentKey(_In_ PKENLISTMENT Enlistment, _Out_opt_ PBOOLEAN LastReference);

NTSYSCALLAPI NTSTATUS NTAPI
ZwCreateTransactionManager(
    _Out_ PHANDLE TmHandle,
    _In_ ACCESS_MASK DesiredAccess,
    _In_opt_ POBJECT_ATTRIBUTES ObjectAttributes,
    _In_opt_ PUNICODE_STRING LogFileName,
    _In_opt_ ULONG CreateOptions,
    _In_opt_ ULONG CommitStrength);
NTSYSCALLAPI NTSTATUS NTAPI
ZwCreateTransaction(
    _Out_ PHANDLE TransactionHandle,
    _In_ ACCESS_MASK DesiredAccess,
    _In_opt_ POBJECT_ATTRIBUTES ObjectAttributes,
    _In_opt_ LPGUID Uow,
    _In_opt_ HANDLE TmHandle,
    _In_opt_ ULONG CreateOptions,
    _In_opt_ ULONG IsolationLevel,
    _In_opt_ ULONG IsolationFlags,
    _In_opt_ PLARGE_INTEGER Timeout,
    _In_opt_ PUNICODE_STRING Description);
NTSYSCALLAPI NTSTATUS NTAPI
ZwCommitTransaction(_In_ HANDLE TransactionHandle, _In_ BOOLEAN Wait);
NTSYSCALLAPI NTSTATUS NTAPI
ZwRollbackTransaction(_In_ HANDLE TransactionHandle, _In_ BOOLEAN Wait);
NTSYSCALLAPI NTSTATUS NTAPI
ZwCreateResourceManager(
    _Out_ PHANDLE ResourceManagerHandle,
    _In_ ACCESS_MASK DesiredAccess,
    _In_ HANDLE TmHandle,
    _In_opt_ LPGUID ResourceManagerGuid,
    _In_opt_ POBJECT_ATTRIBUTES ObjectAttributes,
    _In_opt_ ULONG CreateOptions,
    _In_opt_ PUNICODE_STRING Description);
NTSYSCALLAPI NTSTATUS NTAPI
ZwCreateEnlistment(
    _Out_ PHANDLE EnlistmentHandle,
    _In_ ACCESS_MASK DesiredAccess,
    _In_ HANDLE ResourceManagerHandle,
    _In_ HANDLE TransactionHandle,
    _In_opt_ POBJECT_ATTRIBUTES ObjectAttributes,
    _In_opt_ ULONG CreateOptions,
    _In_ NOTIFICATION_MASK NotificationMask,
    _In_opt_ PVOID EnlistmentKey);

/* ---- Power management framework (PoFx) device registration ---- */
#ifndef DDICHECK_HAVE_PO_FX_DEVICE
#define DDICHECK_HAVE_PO_FX_DEVICE
#ifndef PO_FX_VERSION_V3
#define PO_FX_VERSION_V3 0x00000003
#endif
#define PO_FX_COMPONENT_FLAG_F0_ON_DX       0x0000000000000001ULL
#define PO_FX_COMPONENT_FLAG_NO_DEBOUNCE    0x0000000000000002ULL
#define PO_FX_FLAG_BLOCKING     0x0000000000000001ULL
#define PO_FX_FLAG_ASYNC_ONLY   0x0000000000000002ULL
#define PO_FX_FLAG_PERF_PEP_OPTIONAL        0x0000000000000001ULL
#define PO_FX_FLAG_PERF_QUERY_ON_F0         0x0000000000000002ULL
#define PO_FX_FLAG_PERF_QUERY_ON_ALL_IDLE_STATES 0x0000000000000004ULL
#define PO_FX_UNKNOWN_POWER     0xffffffff
#define PO_FX_UNKNOWN_TIME      0xffffffffffffffffULL

typedef VOID (NTAPI PO_FX_DEVICE_POWER_REQUIRED_CALLBACK)(_In_ PVOID Context);
typedef PO_FX_DEVICE_POWER_REQUIRED_CALLBACK *PPO_FX_DEVICE_POWER_REQUIRED_CALLBACK;
typedef VOID (NTAPI PO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK)(_In_ PVOID Context);
typedef PO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK *PPO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK;
typedef VOID (NTAPI PO_FX_DIRECTED_POWER_UP_CALLBACK)(_In_ PVOID Context, _In_ ULONG Flags);
typedef PO_FX_DIRECTED_POWER_UP_CALLBACK *PPO_FX_DIRECTED_POWER_UP_CALLBACK;
typedef VOID (NTAPI PO_FX_DIRECTED_POWER_DOWN_CALLBACK)(_In_ PVOID Context, _In_ ULONG Flags);
typedef PO_FX_DIRECTED_POWER_DOWN_CALLBACK *PPO_FX_DIRECTED_POWER_DOWN_CALLBACK;
typedef VOID (NTAPI PO_FX_COMPONENT_CRITICAL_TRANSITION_CALLBACK)(
    _In_ PVOID Context, _In_ ULONG Component, _In_ BOOLEAN Active);
typedef PO_FX_COMPONENT_CRITICAL_TRANSITION_CALLBACK *PPO_FX_COMPONENT_CRITICAL_TRANSITION_CALLBACK;

typedef struct _PO_FX_DEVICE_V1 {
    ULONG Version;
    ULONG ComponentCount;
    PPO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK ComponentActiveConditionCallback;
    PPO_FX_COMPONENT_IDLE_CONDITION_CALLBACK ComponentIdleConditionCallback;
    PPO_FX_COMPONENT_IDLE_STATE_CALLBACK ComponentIdleStateCallback;
    PPO_FX_DEVICE_POWER_REQUIRED_CALLBACK DevicePowerRequiredCallback;
    PPO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK DevicePowerNotRequiredCallback;
    PPO_FX_POWER_CONTROL_CALLBACK PowerControlCallback;
    PVOID DeviceContext;
    PO_FX_COMPONENT_V1 Components[ANYSIZE_ARRAY];
} PO_FX_DEVICE_V1, *PPO_FX_DEVICE_V1;

typedef struct _PO_FX_DEVICE_V2 {
    ULONG Version;
    ULONGLONG Flags;
    PPO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK ComponentActiveConditionCallback;
    PPO_FX_COMPONENT_IDLE_CONDITION_CALLBACK ComponentIdleConditionCallback;
    PPO_FX_COMPONENT_IDLE_STATE_CALLBACK ComponentIdleStateCallback;
    PPO_FX_DEVICE_POWER_REQUIRED_CALLBACK DevicePowerRequiredCallback;
    PPO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK DevicePowerNotRequiredCallback;
    PPO_FX_POWER_CONTROL_CALLBACK PowerControlCallback;
    PVOID DeviceContext;
    ULONG ComponentCount;
    PO_FX_COMPONENT_V2 Components[ANYSIZE_ARRAY];
} PO_FX_DEVICE_V2, *PPO_FX_DEVICE_V2;

/* mingw-w64 selects PO_FX_COMPONENT_V2 as PO_FX_COMPONENT; the device
   structure follows it. */
#if PO_FX_VERSION == PO_FX_VERSION_V1
typedef PO_FX_DEVICE_V1 PO_FX_DEVICE, *PPO_FX_DEVICE;
#else
typedef PO_FX_DEVICE_V2 PO_FX_DEVICE, *PPO_FX_DEVICE;
#endif

typedef struct _PO_FX_PERF_STATE {
    ULONGLONG Value;
    PVOID Context;
} PO_FX_PERF_STATE, *PPO_FX_PERF_STATE;

typedef struct _PO_FX_PERF_STATE_CHANGE {
    ULONG Set;
    union {
        ULONG StateIndex;
        ULONGLONG StateValue;
    };
} PO_FX_PERF_STATE_CHANGE, *PPO_FX_PERF_STATE_CHANGE;
#endif

NTKERNELAPI NTSTATUS NTAPI
PoFxRegisterDevice(
    _In_ PDEVICE_OBJECT Pdo,
    _In_ PPO_FX_DEVICE Device,
    _Out_ POHANDLE *Handle);
NTKERNELAPI VOID NTAPI PoFxStartDevicePowerManagement(_In_ POHANDLE Handle);
NTKERNELAPI VOID NTAPI PoFxUnregisterDevice(_In_ POHANDLE Handle);
NTKERNELAPI VOID NTAPI
PoFxActivateComponent(_In_ POHANDLE Handle, _In_ ULONG Component, _In_ ULONG Flags);
NTKERNELAPI VOID NTAPI
PoFxIdleComponent(_In_ POHANDLE Handle, _In_ ULONG Component, _In_ ULONG Flags);
NTKERNELAPI VOID NTAPI
PoFxCompleteIdleState(_In_ POHANDLE Handle, _In_ ULONG Component);
NTKERNELAPI VOID NTAPI
PoFxCompleteIdleCondition(_In_ POHANDLE Handle, _In_ ULONG Component);
NTKERNELAPI VOID NTAPI
PoFxCompleteDevicePowerNotRequired(_In_ POHANDLE Handle);
NTKERNELAPI VOID NTAPI
PoFxReportDevicePoweredOn(_In_ POHANDLE Handle);
NTKERNELAPI VOID NTAPI
PoFxSetDeviceIdleTimeout(_In_ POHANDLE Handle, _In_ ULONGLONG IdleTimeout);
NTKERNELAPI VOID NTAPI
PoFxSetComponentLatency(_In_ POHANDLE Handle, _In_ ULONG Component, _In_ ULONGLONG Latency);
NTKERNELAPI VOID NTAPI
PoFxSetComponentResidency(_In_ POHANDLE Handle, _In_ ULONG Component, _In_ ULONGLONG Residency);
NTKERNELAPI VOID NTAPI
PoFxSetComponentWake(_In_ POHANDLE Handle, _In_ ULONG Component, _In_ BOOLEAN WakeHint);
NTKERNELAPI NTSTATUS NTAPI
PoFxPowerControl(
    _In_ POHANDLE Handle,
    _In_ LPCGUID PowerControlCode,
    _In_reads_bytes_opt_(InBufferSize) PVOID InBuffer,
    _In_ SIZE_T InBufferSize,
    _Out_writes_bytes_opt_(OutBufferSize) PVOID OutBuffer,
    _In_ SIZE_T OutBufferSize,
    _Out_opt_ PSIZE_T BytesReturned);
NTKERNELAPI VOID NTAPI
PoFxNotifySurprisePowerOn(_In_ PDEVICE_OBJECT Pdo);
NTKERNELAPI VOID NTAPI
PoFxCompleteDirectedPowerDown(_In_ POHANDLE Handle);
NTKERNELAPI VOID NTAPI
PoFxPowerOnCrashdumpDevice(_In_ POHANDLE Handle, _In_opt_ PVOID Context);

/* ---- DMA (DMA_OPERATIONS version 3) ---- */
#ifndef DMA_TRANSFER_CONTEXT_SIZE_V1
#define DMA_TRANSFER_CONTEXT_VERSION1 1
#ifdef _WIN64
#define DMA_TRANSFER_CONTEXT_SIZE_V1 128
#else
#define DMA_TRANSFER_CONTEXT_SIZE_V1 64
#endif
#endif

/* ---- IRP activity IDs ---- */
NTKERNELAPI NTSTATUS NTAPI
IoGetActivityIdIrp(_In_ PIRP Irp, _Out_ LPGUID Guid);
NTKERNELAPI NTSTATUS NTAPI
IoSetActivityIdIrp(_In_ PIRP Irp, _In_opt_ LPGUID Guid);

#ifdef __cplusplus
}
#endif

#endif /* DDICHECK_OVERLAY_WDM_H */
