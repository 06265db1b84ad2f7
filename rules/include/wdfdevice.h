/*
 * wdfdevice.h - ddicheck overlay header.
 *
 * Written for ddicheck from the documented KMDF API (Microsoft Learn);
 * used only when the real Windows Driver Kit is absent.
 * Framework device object: PnP/power callbacks, capabilities, power
 * policy settings, WdfDeviceInitXxx and WdfDeviceXxx methods.
 */
#ifndef DDICHECK_WDFDEVICE_H
#define DDICHECK_WDFDEVICE_H

#include <wdfobject.h>
#include <wdfrequest.h>

/* ---- enumerations ---- */
typedef enum _WDF_POWER_DEVICE_STATE {
    WdfPowerDeviceInvalid = 0,
    WdfPowerDeviceD0,
    WdfPowerDeviceD1,
    WdfPowerDeviceD2,
    WdfPowerDeviceD3,
    WdfPowerDeviceD3Final,
    WdfPowerDevicePrepareForHibernation,
    WdfPowerDeviceMaximum
} WDF_POWER_DEVICE_STATE, *PWDF_POWER_DEVICE_STATE;

typedef enum _WDF_SPECIAL_FILE_TYPE {
    WdfSpecialFileUndefined = 0,
    WdfSpecialFilePaging = 1,
    WdfSpecialFileHibernation,
    WdfSpecialFileDump,
    WdfSpecialFileBoot,
    WdfSpecialFilePostDisplay,
    WdfSpecialFileGuestAssigned,
    WdfSpecialFileMax
} WDF_SPECIAL_FILE_TYPE, *PWDF_SPECIAL_FILE_TYPE;

typedef enum _WDF_DEVICE_IO_TYPE {
    WdfDeviceIoUndefined = 0,
    WdfDeviceIoNeither,
    WdfDeviceIoBuffered,
    WdfDeviceIoDirect,
    WdfDeviceIoBufferedOrDirect = 4,
    WdfDeviceIoMaximum
} WDF_DEVICE_IO_TYPE, *PWDF_DEVICE_IO_TYPE;

typedef enum _WDF_FILEOBJECT_CLASS {
    WdfFileObjectInvalid = 0,
    WdfFileObjectNotRequired = 1,
    WdfFileObjectWdfCanUseFsContext = 2,
    WdfFileObjectWdfCanUseFsContext2 = 3,
    WdfFileObjectWdfCannotUseFsContexts = 4,
    WdfFileObjectCanBeOptional = 0x80000000
} WDF_FILEOBJECT_CLASS, *PWDF_FILEOBJECT_CLASS;

typedef enum _WDF_DEVICE_FAILED_ACTION {
    WdfDeviceFailedUndefined = 0,
    WdfDeviceFailedAttemptRestart,
    WdfDeviceFailedNoRestart
} WDF_DEVICE_FAILED_ACTION;

typedef enum _WDF_RELEASE_HARDWARE_ORDER_ON_FAILURE {
    WdfReleaseHardwareOrderOnFailureInvalid = 0,
    WdfReleaseHardwareOrderOnFailureEarly,
    WdfReleaseHardwareOrderOnFailureAfterDescendants
} WDF_RELEASE_HARDWARE_ORDER_ON_FAILURE;

typedef enum _WDF_POWER_POLICY_S0_IDLE_CAPABILITIES {
    IdleCapsInvalid = 0,
    IdleCannotWakeFromS0,
    IdleCanWakeFromS0,
    IdleUsbSelectiveSuspend
} WDF_POWER_POLICY_S0_IDLE_CAPABILITIES;

typedef enum _WDF_POWER_POLICY_S0_IDLE_USER_CONTROL {
    IdleUserControlInvalid = 0,
    IdleDoNotAllowUserControl,
    IdleAllowUserControl
} WDF_POWER_POLICY_S0_IDLE_USER_CONTROL;

typedef enum _WDF_POWER_POLICY_IDLE_TIMEOUT_CONSTANTS {
    IdleTimeoutDefaultConstant = 0
} WDF_POWER_POLICY_IDLE_TIMEOUT_CONSTANTS;
#define IdleTimeoutDefaultValue ((ULONG)IdleTimeoutDefaultConstant)

typedef enum _WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE {
    DriverManagedIdleTimeout = 0,
    SystemManagedIdleTimeout,
    SystemManagedIdleTimeoutWithHint
} WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE;

typedef enum _WDF_POWER_POLICY_SX_WAKE_USER_CONTROL {
    WakeUserControlInvalid = 0,
    WakeDoNotAllowUserControl,
    WakeAllowUserControl
} WDF_POWER_POLICY_SX_WAKE_USER_CONTROL;

typedef enum _WDF_DEVICE_SHUTDOWN_FLAGS {
    WdfDeviceShutdown = 0x01,
    WdfDeviceLastChanceShutdown = 0x02
} WDF_DEVICE_SHUTDOWN_FLAGS;

typedef enum _WDF_DISPATCH_IRP_TO_IO_QUEUE_FLAGS {
    WDF_DISPATCH_IRP_TO_IO_QUEUE_NO_FLAGS = 0x00000000,
    WDF_DISPATCH_IRP_TO_IO_QUEUE_INVOKE_INCALLERCTX_CALLBACK = 0x00000001,
    WDF_DISPATCH_IRP_TO_IO_QUEUE_PREPROCESSED_IRP = 0x00000002
} WDF_DISPATCH_IRP_TO_IO_QUEUE_FLAGS;

typedef enum _WDF_REMOVE_LOCK_OPTIONS_FLAGS {
    WDF_REMOVE_LOCK_OPTION_ACQUIRE_FOR_IO = 0x00000001
} WDF_REMOVE_LOCK_OPTIONS_FLAGS;

typedef enum _WDF_DEVICE_IO_BUFFER_RETRIEVAL {
    WdfDeviceIoBufferRetrievalInvalid = 0,
    WdfDeviceIoBufferRetrievalCopyImmediately,
    WdfDeviceIoBufferRetrievalDeferred
} WDF_DEVICE_IO_BUFFER_RETRIEVAL;

typedef enum _WDF_STATE_NOTIFICATION_TYPE {
    StateNotificationInvalid = 0x0000,
    StateNotificationEnterState = 0x0001,
    StateNotificationPostProcessState = 0x0002,
    StateNotificationLeaveState = 0x0004,
    StateNotificationAllStates = 0x0007
} WDF_STATE_NOTIFICATION_TYPE;

/* PnP / power / power-policy state machine states (opaque numbering). */
typedef enum _WDF_DEVICE_PNP_STATE {
    WdfDevStatePnpInvalid = 0x0000,
    WdfDevStatePnpObjectCreated = 0x0100,
    WdfDevStatePnpStarted = 0x0111,
    WdfDevStatePnpNull = 0x0162
} WDF_DEVICE_PNP_STATE, *PWDF_DEVICE_PNP_STATE;

typedef enum _WDF_DEVICE_POWER_STATE {
    WdfDevStatePowerInvalid = 0x0000,
    WdfDevStatePowerObjectCreated = 0x0300,
    WdfDevStatePowerD0 = 0x0307,
    WdfDevStatePowerNull = 0x03FF
} WDF_DEVICE_POWER_STATE, *PWDF_DEVICE_POWER_STATE;

typedef enum _WDF_DEVICE_POWER_POLICY_STATE {
    WdfDevStatePwrPolInvalid = 0x0000,
    WdfDevStatePwrPolObjectCreated = 0x0500,
    WdfDevStatePwrPolStarted = 0x0565,
    WdfDevStatePwrPolNull = 0x06FF
} WDF_DEVICE_POWER_POLICY_STATE, *PWDF_DEVICE_POWER_POLICY_STATE;

/* Registry key selectors for WdfDeviceOpenRegistryKey. */
#define WDF_REGKEY_DEVICE_SUBKEY 0x00000008
#define WDF_REGKEY_DRIVER_SUBKEY 0x00000010

/* ---- file object callbacks ---- */
typedef _Function_class_(EVT_WDF_DEVICE_FILE_CREATE)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
VOID EVT_WDF_DEVICE_FILE_CREATE(
    _In_ WDFDEVICE Device,
    _In_ WDFREQUEST Request,
    _In_ WDFFILEOBJECT FileObject);
typedef EVT_WDF_DEVICE_FILE_CREATE *PFN_WDF_DEVICE_FILE_CREATE;

typedef _Function_class_(EVT_WDF_FILE_CLOSE)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
VOID EVT_WDF_FILE_CLOSE(_In_ WDFFILEOBJECT FileObject);
typedef EVT_WDF_FILE_CLOSE *PFN_WDF_FILE_CLOSE;

typedef _Function_class_(EVT_WDF_FILE_CLEANUP)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
VOID EVT_WDF_FILE_CLEANUP(_In_ WDFFILEOBJECT FileObject);
typedef EVT_WDF_FILE_CLEANUP *PFN_WDF_FILE_CLEANUP;

typedef struct _WDF_FILEOBJECT_CONFIG {
    ULONG Size;
    PFN_WDF_DEVICE_FILE_CREATE EvtDeviceFileCreate;
    PFN_WDF_FILE_CLOSE EvtFileClose;
    PFN_WDF_FILE_CLEANUP EvtFileCleanup;
    WDF_TRI_STATE AutoForwardCleanupClose;
    WDF_FILEOBJECT_CLASS FileObjectClass;
} WDF_FILEOBJECT_CONFIG, *PWDF_FILEOBJECT_CONFIG;

FORCEINLINE VOID
WDF_FILEOBJECT_CONFIG_INIT(
    _Out_ PWDF_FILEOBJECT_CONFIG FileEventCallbacks,
    _In_opt_ PFN_WDF_DEVICE_FILE_CREATE EvtDeviceFileCreate,
    _In_opt_ PFN_WDF_FILE_CLOSE EvtFileClose,
    _In_opt_ PFN_WDF_FILE_CLEANUP EvtFileCleanup)
{
    FileEventCallbacks->Size = sizeof(WDF_FILEOBJECT_CONFIG);
    FileEventCallbacks->EvtDeviceFileCreate = EvtDeviceFileCreate;
    FileEventCallbacks->EvtFileClose = EvtFileClose;
    FileEventCallbacks->EvtFileCleanup = EvtFileCleanup;
    FileEventCallbacks->FileObjectClass = WdfFileObjectWdfCannotUseFsContexts;
    FileEventCallbacks->AutoForwardCleanupClose = WdfUseDefault;
}

/* ---- device object callbacks ---- */
typedef _Function_class_(EVT_WDF_DEVICE_CONTEXT_CLEANUP)
_IRQL_requires_same_
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID EVT_WDF_DEVICE_CONTEXT_CLEANUP(_In_ WDFDEVICE Device);
typedef EVT_WDF_DEVICE_CONTEXT_CLEANUP *PFN_WDF_DEVICE_CONTEXT_CLEANUP;

typedef _Function_class_(EVT_WDF_DEVICE_CONTEXT_DESTROY)
_IRQL_requires_same_
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID EVT_WDF_DEVICE_CONTEXT_DESTROY(_In_ WDFDEVICE Device);
typedef EVT_WDF_DEVICE_CONTEXT_DESTROY *PFN_WDF_DEVICE_CONTEXT_DESTROY;

typedef _Function_class_(EVT_WDF_DEVICE_SHUTDOWN_NOTIFICATION)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
VOID EVT_WDF_DEVICE_SHUTDOWN_NOTIFICATION(_In_ WDFDEVICE Device);
typedef EVT_WDF_DEVICE_SHUTDOWN_NOTIFICATION *PFN_WDF_DEVICE_SHUTDOWN_NOTIFICATION;

typedef _Function_class_(EVT_WDF_DEVICE_D0_ENTRY)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS EVT_WDF_DEVICE_D0_ENTRY(
    _In_ WDFDEVICE Device,
    _In_ WDF_POWER_DEVICE_STATE PreviousState);
typedef EVT_WDF_DEVICE_D0_ENTRY *PFN_WDF_DEVICE_D0_ENTRY;

typedef _Function_class_(EVT_WDF_DEVICE_D0_ENTRY_POST_INTERRUPTS_ENABLED)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS EVT_WDF_DEVICE_D0_ENTRY_POST_INTERRUPTS_ENABLED(
    _In_ WDFDEVICE Device,
    _In_ WDF_POWER_DEVICE_STATE PreviousState);
typedef EVT_WDF_DEVICE_D0_ENTRY_POST_INTERRUPTS_ENABLED
    *PFN_WDF_DEVICE_D0_ENTRY_POST_INTERRUPTS_ENABLED;

typedef _Function_class_(EVT_WDF_DEVICE_D0_EXIT)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS EVT_WDF_DEVICE_D0_EXIT(
    _In_ WDFDEVICE Device,
    _In_ WDF_POWER_DEVICE_STATE TargetState);
typedef EVT_WDF_DEVICE_D0_EXIT *PFN_WDF_DEVICE_D0_EXIT;

typedef _Function_class_(EVT_WDF_DEVICE_D0_EXIT_PRE_INTERRUPTS_DISABLED)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS EVT_WDF_DEVICE_D0_EXIT_PRE_INTERRUPTS_DISABLED(
    _In_ WDFDEVICE Device,
    _In_ WDF_POWER_DEVICE_STATE TargetState);
typedef EVT_WDF_DEVICE_D0_EXIT_PRE_INTERRUPTS_DISABLED
    *PFN_WDF_DEVICE_D0_EXIT_PRE_INTERRUPTS_DISABLED;

typedef _Function_class_(EVT_WDF_DEVICE_PREPARE_HARDWARE)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS EVT_WDF_DEVICE_PREPARE_HARDWARE(
    _In_ WDFDEVICE Device,
    _In_ WDFCMRESLIST ResourcesRaw,
    _In_ WDFCMRESLIST ResourcesTranslated);
typedef EVT_WDF_DEVICE_PREPARE_HARDWARE *PFN_WDF_DEVICE_PREPARE_HARDWARE;

typedef _Function_class_(EVT_WDF_DEVICE_RELEASE_HARDWARE)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS EVT_WDF_DEVICE_RELEASE_HARDWARE(
    _In_ WDFDEVICE Device,
    _In_ WDFCMRESLIST ResourcesTranslated);
typedef EVT_WDF_DEVICE_RELEASE_HARDWARE *PFN_WDF_DEVICE_RELEASE_HARDWARE;

typedef _Function_class_(EVT_WDF_DEVICE_SELF_MANAGED_IO_CLEANUP)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
VOID EVT_WDF_DEVICE_SELF_MANAGED_IO_CLEANUP(_In_ WDFDEVICE Device);
typedef EVT_WDF_DEVICE_SELF_MANAGED_IO_CLEANUP *PFN_WDF_DEVICE_SELF_MANAGED_IO_CLEANUP;

typedef _Function_class_(EVT_WDF_DEVICE_SELF_MANAGED_IO_FLUSH)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
VOID EVT_WDF_DEVICE_SELF_MANAGED_IO_FLUSH(_In_ WDFDEVICE Device);
typedef EVT_WDF_DEVICE_SELF_MANAGED_IO_FLUSH *PFN_WDF_DEVICE_SELF_MANAGED_IO_FLUSH;

typedef _Function_class_(EVT_WDF_DEVICE_SELF_MANAGED_IO_INIT)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS EVT_WDF_DEVICE_SELF_MANAGED_IO_INIT(_In_ WDFDEVICE Device);
typedef EVT_WDF_DEVICE_SELF_MANAGED_IO_INIT *PFN_WDF_DEVICE_SELF_MANAGED_IO_INIT;

typedef _Function_class_(EVT_WDF_DEVICE_SELF_MANAGED_IO_SUSPEND)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS EVT_WDF_DEVICE_SELF_MANAGED_IO_SUSPEND(_In_ WDFDEVICE Device);
typedef EVT_WDF_DEVICE_SELF_MANAGED_IO_SUSPEND *PFN_WDF_DEVICE_SELF_MANAGED_IO_SUSPEND;

typedef _Function_class_(EVT_WDF_DEVICE_SELF_MANAGED_IO_RESTART)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS EVT_WDF_DEVICE_SELF_MANAGED_IO_RESTART(_In_ WDFDEVICE Device);
typedef EVT_WDF_DEVICE_SELF_MANAGED_IO_RESTART *PFN_WDF_DEVICE_SELF_MANAGED_IO_RESTART;

typedef _Function_class_(EVT_WDF_DEVICE_QUERY_STOP)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS EVT_WDF_DEVICE_QUERY_STOP(_In_ WDFDEVICE Device);
typedef EVT_WDF_DEVICE_QUERY_STOP *PFN_WDF_DEVICE_QUERY_STOP;

typedef _Function_class_(EVT_WDF_DEVICE_QUERY_REMOVE)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS EVT_WDF_DEVICE_QUERY_REMOVE(_In_ WDFDEVICE Device);
typedef EVT_WDF_DEVICE_QUERY_REMOVE *PFN_WDF_DEVICE_QUERY_REMOVE;

typedef _Function_class_(EVT_WDF_DEVICE_SURPRISE_REMOVAL)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
VOID EVT_WDF_DEVICE_SURPRISE_REMOVAL(_In_ WDFDEVICE Device);
typedef EVT_WDF_DEVICE_SURPRISE_REMOVAL *PFN_WDF_DEVICE_SURPRISE_REMOVAL;

typedef _Function_class_(EVT_WDF_DEVICE_USAGE_NOTIFICATION)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
VOID EVT_WDF_DEVICE_USAGE_NOTIFICATION(
    _In_ WDFDEVICE Device,
    _In_ WDF_SPECIAL_FILE_TYPE NotificationType,
    _In_ BOOLEAN IsInNotificationPath);
typedef EVT_WDF_DEVICE_USAGE_NOTIFICATION *PFN_WDF_DEVICE_USAGE_NOTIFICATION;

typedef _Function_class_(EVT_WDF_DEVICE_USAGE_NOTIFICATION_EX)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS EVT_WDF_DEVICE_USAGE_NOTIFICATION_EX(
    _In_ WDFDEVICE Device,
    _In_ WDF_SPECIAL_FILE_TYPE NotificationType,
    _In_ BOOLEAN IsInNotificationPath);
typedef EVT_WDF_DEVICE_USAGE_NOTIFICATION_EX *PFN_WDF_DEVICE_USAGE_NOTIFICATION_EX;

typedef _Function_class_(EVT_WDF_DEVICE_RELATIONS_QUERY)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
VOID EVT_WDF_DEVICE_RELATIONS_QUERY(
    _In_ WDFDEVICE Device,
    _In_ DEVICE_RELATION_TYPE RelationType);
typedef EVT_WDF_DEVICE_RELATIONS_QUERY *PFN_WDF_DEVICE_RELATIONS_QUERY;

typedef _Function_class_(EVT_WDF_DEVICE_ARM_WAKE_FROM_S0)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS EVT_WDF_DEVICE_ARM_WAKE_FROM_S0(_In_ WDFDEVICE Device);
typedef EVT_WDF_DEVICE_ARM_WAKE_FROM_S0 *PFN_WDF_DEVICE_ARM_WAKE_FROM_S0;

typedef _Function_class_(EVT_WDF_DEVICE_DISARM_WAKE_FROM_S0)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
VOID EVT_WDF_DEVICE_DISARM_WAKE_FROM_S0(_In_ WDFDEVICE Device);
typedef EVT_WDF_DEVICE_DISARM_WAKE_FROM_S0 *PFN_WDF_DEVICE_DISARM_WAKE_FROM_S0;

typedef _Function_class_(EVT_WDF_DEVICE_WAKE_FROM_S0_TRIGGERED)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
VOID EVT_WDF_DEVICE_WAKE_FROM_S0_TRIGGERED(_In_ WDFDEVICE Device);
typedef EVT_WDF_DEVICE_WAKE_FROM_S0_TRIGGERED *PFN_WDF_DEVICE_WAKE_FROM_S0_TRIGGERED;

typedef _Function_class_(EVT_WDF_DEVICE_ARM_WAKE_FROM_SX)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS EVT_WDF_DEVICE_ARM_WAKE_FROM_SX(_In_ WDFDEVICE Device);
typedef EVT_WDF_DEVICE_ARM_WAKE_FROM_SX *PFN_WDF_DEVICE_ARM_WAKE_FROM_SX;

typedef _Function_class_(EVT_WDF_DEVICE_ARM_WAKE_FROM_SX_WITH_REASON)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS EVT_WDF_DEVICE_ARM_WAKE_FROM_SX_WITH_REASON(
    _In_ WDFDEVICE Device,
    _In_ BOOLEAN DeviceWakeEnabled,
    _In_ BOOLEAN ChildrenArmedForWake);
typedef EVT_WDF_DEVICE_ARM_WAKE_FROM_SX_WITH_REASON
    *PFN_WDF_DEVICE_ARM_WAKE_FROM_SX_WITH_REASON;

typedef _Function_class_(EVT_WDF_DEVICE_DISARM_WAKE_FROM_SX)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
VOID EVT_WDF_DEVICE_DISARM_WAKE_FROM_SX(_In_ WDFDEVICE Device);
typedef EVT_WDF_DEVICE_DISARM_WAKE_FROM_SX *PFN_WDF_DEVICE_DISARM_WAKE_FROM_SX;

typedef _Function_class_(EVT_WDF_DEVICE_WAKE_FROM_SX_TRIGGERED)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
VOID EVT_WDF_DEVICE_WAKE_FROM_SX_TRIGGERED(_In_ WDFDEVICE Device);
typedef EVT_WDF_DEVICE_WAKE_FROM_SX_TRIGGERED *PFN_WDF_DEVICE_WAKE_FROM_SX_TRIGGERED;

typedef _Function_class_(EVT_WDF_IO_IN_CALLER_CONTEXT)
_IRQL_requires_same_
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID EVT_WDF_IO_IN_CALLER_CONTEXT(
    _In_ WDFDEVICE Device,
    _In_ WDFREQUEST Request);
typedef EVT_WDF_IO_IN_CALLER_CONTEXT *PFN_WDF_IO_IN_CALLER_CONTEXT;

typedef _Function_class_(EVT_WDFDEVICE_WDM_IRP_PREPROCESS)
_IRQL_requires_same_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS EVT_WDFDEVICE_WDM_IRP_PREPROCESS(
    _In_ WDFDEVICE Device,
    _Inout_ PIRP Irp);
typedef EVT_WDFDEVICE_WDM_IRP_PREPROCESS *PFN_WDFDEVICE_WDM_IRP_PREPROCESS;

typedef _Function_class_(EVT_WDFDEVICE_WDM_IRP_DISPATCH)
_IRQL_requires_same_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS EVT_WDFDEVICE_WDM_IRP_DISPATCH(
    _In_ WDFDEVICE Device,
    _In_ UCHAR MajorFunction,
    _In_ UCHAR MinorFunction,
    _In_ ULONG Code,
    _In_ WDFCONTEXT DriverContext,
    _Inout_ PIRP Irp,
    _In_ WDFCONTEXT DispatchContext);
typedef EVT_WDFDEVICE_WDM_IRP_DISPATCH *PFN_WDFDEVICE_WDM_IRP_DISPATCH;

typedef _Function_class_(EVT_WDFDEVICE_WDM_POST_PO_FX_REGISTER_DEVICE)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS EVT_WDFDEVICE_WDM_POST_PO_FX_REGISTER_DEVICE(
    _In_ WDFDEVICE Device,
    _In_ POHANDLE PoHandle);
typedef EVT_WDFDEVICE_WDM_POST_PO_FX_REGISTER_DEVICE
    *PFN_WDFDEVICE_WDM_POST_PO_FX_REGISTER_DEVICE;

typedef _Function_class_(EVT_WDFDEVICE_WDM_PRE_PO_FX_UNREGISTER_DEVICE)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
VOID EVT_WDFDEVICE_WDM_PRE_PO_FX_UNREGISTER_DEVICE(
    _In_ WDFDEVICE Device,
    _In_ POHANDLE PoHandle);
typedef EVT_WDFDEVICE_WDM_PRE_PO_FX_UNREGISTER_DEVICE
    *PFN_WDFDEVICE_WDM_PRE_PO_FX_UNREGISTER_DEVICE;

/* ---- PnP / power event callback tables ---- */
typedef struct _WDF_PNPPOWER_EVENT_CALLBACKS {
    ULONG Size;
    PFN_WDF_DEVICE_D0_ENTRY EvtDeviceD0Entry;
    PFN_WDF_DEVICE_D0_ENTRY_POST_INTERRUPTS_ENABLED EvtDeviceD0EntryPostInterruptsEnabled;
    PFN_WDF_DEVICE_D0_EXIT EvtDeviceD0Exit;
    PFN_WDF_DEVICE_D0_EXIT_PRE_INTERRUPTS_DISABLED EvtDeviceD0ExitPreInterruptsDisabled;
    PFN_WDF_DEVICE_PREPARE_HARDWARE EvtDevicePrepareHardware;
    PFN_WDF_DEVICE_RELEASE_HARDWARE EvtDeviceReleaseHardware;
    PFN_WDF_DEVICE_SELF_MANAGED_IO_CLEANUP EvtDeviceSelfManagedIoCleanup;
    PFN_WDF_DEVICE_SELF_MANAGED_IO_FLUSH EvtDeviceSelfManagedIoFlush;
    PFN_WDF_DEVICE_SELF_MANAGED_IO_INIT EvtDeviceSelfManagedIoInit;
    PFN_WDF_DEVICE_SELF_MANAGED_IO_SUSPEND EvtDeviceSelfManagedIoSuspend;
    PFN_WDF_DEVICE_SELF_MANAGED_IO_RESTART EvtDeviceSelfManagedIoRestart;
    PFN_WDF_DEVICE_SURPRISE_REMOVAL EvtDeviceSurpriseRemoval;
    PFN_WDF_DEVICE_QUERY_REMOVE EvtDeviceQueryRemove;
    PFN_WDF_DEVICE_QUERY_STOP EvtDeviceQueryStop;
    PFN_WDF_DEVICE_USAGE_NOTIFICATION EvtDeviceUsageNotification;
    PFN_WDF_DEVICE_RELATIONS_QUERY EvtDeviceRelationsQuery;
    PFN_WDF_DEVICE_USAGE_NOTIFICATION_EX EvtDeviceUsageNotificationEx;
} WDF_PNPPOWER_EVENT_CALLBACKS, *PWDF_PNPPOWER_EVENT_CALLBACKS;

FORCEINLINE VOID
WDF_PNPPOWER_EVENT_CALLBACKS_INIT(_Out_ PWDF_PNPPOWER_EVENT_CALLBACKS Callbacks)
{
    RtlZeroMemory(Callbacks, sizeof(WDF_PNPPOWER_EVENT_CALLBACKS));
    Callbacks->Size = sizeof(WDF_PNPPOWER_EVENT_CALLBACKS);
}

typedef struct _WDF_POWER_POLICY_EVENT_CALLBACKS {
    ULONG Size;
    PFN_WDF_DEVICE_ARM_WAKE_FROM_S0 EvtDeviceArmWakeFromS0;
    PFN_WDF_DEVICE_DISARM_WAKE_FROM_S0 EvtDeviceDisarmWakeFromS0;
    PFN_WDF_DEVICE_WAKE_FROM_S0_TRIGGERED EvtDeviceWakeFromS0Triggered;
    PFN_WDF_DEVICE_ARM_WAKE_FROM_SX EvtDeviceArmWakeFromSx;
    PFN_WDF_DEVICE_DISARM_WAKE_FROM_SX EvtDeviceDisarmWakeFromSx;
    PFN_WDF_DEVICE_WAKE_FROM_SX_TRIGGERED EvtDeviceWakeFromSxTriggered;
    PFN_WDF_DEVICE_ARM_WAKE_FROM_SX_WITH_REASON EvtDeviceArmWakeFromSxWithReason;
} WDF_POWER_POLICY_EVENT_CALLBACKS, *PWDF_POWER_POLICY_EVENT_CALLBACKS;

FORCEINLINE VOID
WDF_POWER_POLICY_EVENT_CALLBACKS_INIT(_Out_ PWDF_POWER_POLICY_EVENT_CALLBACKS Callbacks)
{
    RtlZeroMemory(Callbacks, sizeof(WDF_POWER_POLICY_EVENT_CALLBACKS));
    Callbacks->Size = sizeof(WDF_POWER_POLICY_EVENT_CALLBACKS);
}

/* ---- power policy settings ---- */
typedef struct _WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS {
    ULONG Size;
    WDF_POWER_POLICY_S0_IDLE_CAPABILITIES IdleCaps;
    DEVICE_POWER_STATE DxState;
    ULONG IdleTimeout;
    WDF_POWER_POLICY_S0_IDLE_USER_CONTROL UserControlOfIdleSettings;
    WDF_TRI_STATE Enabled;
    WDF_TRI_STATE PowerUpIdleDeviceOnSystemWake;
    WDF_POWER_POLICY_IDLE_TIMEOUT_TYPE IdleTimeoutType;
    WDF_TRI_STATE ExcludeD3Cold;
} WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS, *PWDF_DEVICE_POWER_POLICY_IDLE_SETTINGS;

FORCEINLINE VOID
WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS_INIT(
    _Out_ PWDF_DEVICE_POWER_POLICY_IDLE_SETTINGS Settings,
    _In_ WDF_POWER_POLICY_S0_IDLE_CAPABILITIES IdleCaps)
{
    RtlZeroMemory(Settings, sizeof(WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS));
    Settings->Size = sizeof(WDF_DEVICE_POWER_POLICY_IDLE_SETTINGS);
    Settings->IdleTimeout = IdleTimeoutDefaultValue;
    Settings->UserControlOfIdleSettings = IdleAllowUserControl;
    Settings->Enabled = WdfUseDefault;
    Settings->PowerUpIdleDeviceOnSystemWake = WdfUseDefault;
    Settings->IdleTimeoutType = DriverManagedIdleTimeout;
    Settings->ExcludeD3Cold = WdfUseDefault;
    Settings->IdleCaps = IdleCaps;
    if (IdleCaps == IdleCannotWakeFromS0) {
        Settings->DxState = PowerDeviceD3;
    } else {
        Settings->DxState = PowerDeviceMaximum;
    }
}

typedef struct _WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS {
    ULONG Size;
    DEVICE_POWER_STATE DxState;
    WDF_POWER_POLICY_SX_WAKE_USER_CONTROL UserControlOfWakeSettings;
    WDF_TRI_STATE Enabled;
    BOOLEAN ArmForWakeIfChildrenAreArmedForWake;
    BOOLEAN IndicateChildWakeOnParentWake;
} WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS, *PWDF_DEVICE_POWER_POLICY_WAKE_SETTINGS;

FORCEINLINE VOID
WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS_INIT(
    _Out_ PWDF_DEVICE_POWER_POLICY_WAKE_SETTINGS Settings)
{
    RtlZeroMemory(Settings, sizeof(WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS));
    Settings->Size = sizeof(WDF_DEVICE_POWER_POLICY_WAKE_SETTINGS);
    Settings->Enabled = WdfUseDefault;
    Settings->DxState = PowerDeviceMaximum;
    Settings->UserControlOfWakeSettings = WakeAllowUserControl;
}

/* ---- device state and capabilities ---- */
typedef struct _WDF_DEVICE_STATE {
    ULONG Size;
    WDF_TRI_STATE Disabled;
    WDF_TRI_STATE DontDisplayInUI;
    WDF_TRI_STATE Failed;
    WDF_TRI_STATE NotDisableable;
    WDF_TRI_STATE Removed;
    WDF_TRI_STATE ResourcesChanged;
} WDF_DEVICE_STATE, *PWDF_DEVICE_STATE;

FORCEINLINE VOID
WDF_DEVICE_STATE_INIT(_Out_ PWDF_DEVICE_STATE PnpDeviceState)
{
    RtlZeroMemory(PnpDeviceState, sizeof(WDF_DEVICE_STATE));
    PnpDeviceState->Size = sizeof(WDF_DEVICE_STATE);
    PnpDeviceState->Disabled = WdfUseDefault;
    PnpDeviceState->DontDisplayInUI = WdfUseDefault;
    PnpDeviceState->Failed = WdfUseDefault;
    PnpDeviceState->NotDisableable = WdfUseDefault;
    PnpDeviceState->Removed = WdfUseDefault;
    PnpDeviceState->ResourcesChanged = WdfUseDefault;
}

typedef struct _WDF_DEVICE_PNP_CAPABILITIES {
    ULONG Size;
    WDF_TRI_STATE LockSupported;
    WDF_TRI_STATE EjectSupported;
    WDF_TRI_STATE Removable;
    WDF_TRI_STATE DockDevice;
    WDF_TRI_STATE UniqueID;
    WDF_TRI_STATE SilentInstall;
    WDF_TRI_STATE SurpriseRemovalOK;
    WDF_TRI_STATE HardwareDisabled;
    WDF_TRI_STATE NoDisplayInUI;
    ULONG Address;
    ULONG UINumber;
} WDF_DEVICE_PNP_CAPABILITIES, *PWDF_DEVICE_PNP_CAPABILITIES;

FORCEINLINE VOID
WDF_DEVICE_PNP_CAPABILITIES_INIT(_Out_ PWDF_DEVICE_PNP_CAPABILITIES Caps)
{
    RtlZeroMemory(Caps, sizeof(WDF_DEVICE_PNP_CAPABILITIES));
    Caps->Size = sizeof(WDF_DEVICE_PNP_CAPABILITIES);
    Caps->LockSupported = WdfUseDefault;
    Caps->EjectSupported = WdfUseDefault;
    Caps->Removable = WdfUseDefault;
    Caps->DockDevice = WdfUseDefault;
    Caps->UniqueID = WdfUseDefault;
    Caps->SilentInstall = WdfUseDefault;
    Caps->SurpriseRemovalOK = WdfUseDefault;
    Caps->HardwareDisabled = WdfUseDefault;
    Caps->NoDisplayInUI = WdfUseDefault;
    Caps->Address = (ULONG)-1;
    Caps->UINumber = (ULONG)-1;
}

typedef struct _WDF_DEVICE_POWER_CAPABILITIES {
    ULONG Size;
    WDF_TRI_STATE DeviceD1;
    WDF_TRI_STATE DeviceD2;
    WDF_TRI_STATE WakeFromD0;
    WDF_TRI_STATE WakeFromD1;
    WDF_TRI_STATE WakeFromD2;
    WDF_TRI_STATE WakeFromD3;
    DEVICE_POWER_STATE DeviceState[PowerSystemMaximum];
    DEVICE_POWER_STATE DeviceWake;
    SYSTEM_POWER_STATE SystemWake;
    ULONG D1Latency;
    ULONG D2Latency;
    ULONG D3Latency;
    DEVICE_POWER_STATE IdealDxStateForSx;
} WDF_DEVICE_POWER_CAPABILITIES, *PWDF_DEVICE_POWER_CAPABILITIES;

FORCEINLINE VOID
WDF_DEVICE_POWER_CAPABILITIES_INIT(_Out_ PWDF_DEVICE_POWER_CAPABILITIES Caps)
{
    ULONG i;
    RtlZeroMemory(Caps, sizeof(WDF_DEVICE_POWER_CAPABILITIES));
    Caps->Size = sizeof(WDF_DEVICE_POWER_CAPABILITIES);
    Caps->DeviceD1 = WdfUseDefault;
    Caps->DeviceD2 = WdfUseDefault;
    Caps->WakeFromD0 = WdfUseDefault;
    Caps->WakeFromD1 = WdfUseDefault;
    Caps->WakeFromD2 = WdfUseDefault;
    Caps->WakeFromD3 = WdfUseDefault;
    for (i = 0; i < sizeof(Caps->DeviceState) / sizeof(Caps->DeviceState[0]); i++) {
        Caps->DeviceState[i] = PowerDeviceMaximum;
    }
    Caps->DeviceWake = PowerDeviceMaximum;
    Caps->SystemWake = PowerSystemMaximum;
    Caps->D1Latency = (ULONG)-1;
    Caps->D2Latency = (ULONG)-1;
    Caps->D3Latency = (ULONG)-1;
    Caps->IdealDxStateForSx = PowerDeviceMaximum;
}

/* ---- unified property model ---- */
typedef struct _WDF_DEVICE_PROPERTY_DATA {
    ULONG Size;
    const DEVPROPKEY *PropertyKey;
    LCID Lcid;
    ULONG Flags;
} WDF_DEVICE_PROPERTY_DATA, *PWDF_DEVICE_PROPERTY_DATA;

FORCEINLINE VOID
WDF_DEVICE_PROPERTY_DATA_INIT(
    _Out_ PWDF_DEVICE_PROPERTY_DATA PropertyData,
    _In_ const DEVPROPKEY *PropertyKey)
{
    RtlZeroMemory(PropertyData, sizeof(WDF_DEVICE_PROPERTY_DATA));
    PropertyData->Size = sizeof(WDF_DEVICE_PROPERTY_DATA);
    PropertyData->PropertyKey = PropertyKey;
}

typedef struct _WDF_DEVICE_INTERFACE_PROPERTY_DATA {
    ULONG Size;
    const GUID *InterfaceClassGUID;
    PCUNICODE_STRING ReferenceString;
    const DEVPROPKEY *PropertyKey;
    LCID Lcid;
    ULONG Flags;
} WDF_DEVICE_INTERFACE_PROPERTY_DATA, *PWDF_DEVICE_INTERFACE_PROPERTY_DATA;

FORCEINLINE VOID
WDF_DEVICE_INTERFACE_PROPERTY_DATA_INIT(
    _Out_ PWDF_DEVICE_INTERFACE_PROPERTY_DATA PropertyData,
    _In_ const GUID *InterfaceClassGUID,
    _In_ const DEVPROPKEY *PropertyKey)
{
    RtlZeroMemory(PropertyData, sizeof(WDF_DEVICE_INTERFACE_PROPERTY_DATA));
    PropertyData->Size = sizeof(WDF_DEVICE_INTERFACE_PROPERTY_DATA);
    PropertyData->InterfaceClassGUID = InterfaceClassGUID;
    PropertyData->PropertyKey = PropertyKey;
}

/* ---- power framework (PoFx) settings ---- */
typedef struct _WDF_POWER_FRAMEWORK_SETTINGS {
    ULONG Size;
    PFN_WDFDEVICE_WDM_POST_PO_FX_REGISTER_DEVICE EvtDeviceWdmPostPoFxRegisterDevice;
    PFN_WDFDEVICE_WDM_PRE_PO_FX_UNREGISTER_DEVICE EvtDeviceWdmPrePoFxUnregisterDevice;
    PPO_FX_COMPONENT Component;
    PPO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK ComponentActiveConditionCallback;
    PPO_FX_COMPONENT_IDLE_CONDITION_CALLBACK ComponentIdleConditionCallback;
    PPO_FX_COMPONENT_IDLE_STATE_CALLBACK ComponentIdleStateCallback;
    PPO_FX_POWER_CONTROL_CALLBACK PowerControlCallback;
    PVOID PoFxDeviceContext;
} WDF_POWER_FRAMEWORK_SETTINGS, *PWDF_POWER_FRAMEWORK_SETTINGS;

FORCEINLINE VOID
WDF_POWER_FRAMEWORK_SETTINGS_INIT(_Out_ PWDF_POWER_FRAMEWORK_SETTINGS PowerFrameworkSettings)
{
    RtlZeroMemory(PowerFrameworkSettings, sizeof(WDF_POWER_FRAMEWORK_SETTINGS));
    PowerFrameworkSettings->Size = sizeof(WDF_POWER_FRAMEWORK_SETTINGS);
}

/* ---- I/O type and remove-lock configuration ---- */
typedef struct _WDF_IO_TYPE_CONFIG {
    ULONG Size;
    WDF_DEVICE_IO_TYPE ReadWriteIoType;
    WDF_DEVICE_IO_TYPE DeviceControlIoType;
    ULONG DirectTransferThreshold;
} WDF_IO_TYPE_CONFIG, *PWDF_IO_TYPE_CONFIG;

FORCEINLINE VOID
WDF_IO_TYPE_CONFIG_INIT(_Out_ PWDF_IO_TYPE_CONFIG IoTypeConfig)
{
    RtlZeroMemory(IoTypeConfig, sizeof(WDF_IO_TYPE_CONFIG));
    IoTypeConfig->Size = sizeof(WDF_IO_TYPE_CONFIG);
    IoTypeConfig->ReadWriteIoType = WdfDeviceIoBuffered;
    IoTypeConfig->DeviceControlIoType = WdfDeviceIoBuffered;
}

typedef struct _WDF_REMOVE_LOCK_OPTIONS {
    ULONG Size;
    ULONG Flags;
} WDF_REMOVE_LOCK_OPTIONS, *PWDF_REMOVE_LOCK_OPTIONS;

FORCEINLINE VOID
WDF_REMOVE_LOCK_OPTIONS_INIT(
    _Out_ PWDF_REMOVE_LOCK_OPTIONS RemoveLockOptions,
    _In_ ULONG Flags)
{
    RtlZeroMemory(RemoveLockOptions, sizeof(WDF_REMOVE_LOCK_OPTIONS));
    RemoveLockOptions->Size = sizeof(WDF_REMOVE_LOCK_OPTIONS);
    RemoveLockOptions->Flags = Flags;
}

/* ---- WDFDEVICE_INIT methods ---- */
_IRQL_requires_max_(PASSIVE_LEVEL)
VOID WdfDeviceInitFree(_In_ PWDFDEVICE_INIT DeviceInit);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceInitSetPnpPowerEventCallbacks(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ PWDF_PNPPOWER_EVENT_CALLBACKS PnpPowerEventCallbacks);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceInitSetPowerPolicyEventCallbacks(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ PWDF_POWER_POLICY_EVENT_CALLBACKS PowerPolicyEventCallbacks);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceInitSetPowerPolicyOwnership(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ BOOLEAN IsPowerPolicyOwner);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceInitSetIoType(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ WDF_DEVICE_IO_TYPE IoType);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceInitSetIoTypeEx(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ PWDF_IO_TYPE_CONFIG IoTypeConfig);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceInitSetExclusive(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ BOOLEAN IsExclusive);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceInitSetPowerNotPageable(_In_ PWDFDEVICE_INIT DeviceInit);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceInitSetPowerPageable(_In_ PWDFDEVICE_INIT DeviceInit);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceInitSetPowerInrush(_In_ PWDFDEVICE_INIT DeviceInit);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceInitSetDeviceType(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ DEVICE_TYPE DeviceType);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceInitAssignName(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_opt_ PCUNICODE_STRING DeviceName);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceInitAssignSDDLString(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_opt_ PCUNICODE_STRING SDDLString);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceInitSetDeviceClass(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ CONST GUID *DeviceClassGuid);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceInitSetCharacteristics(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ ULONG DeviceCharacteristics,
    _In_ BOOLEAN OrInValues);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceInitSetFileObjectConfig(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ PWDF_FILEOBJECT_CONFIG FileObjectConfig,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES FileObjectAttributes);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceInitSetRequestAttributes(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ PWDF_OBJECT_ATTRIBUTES RequestAttributes);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDeviceInitAssignWdmIrpPreprocessCallback(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ PFN_WDFDEVICE_WDM_IRP_PREPROCESS EvtDeviceWdmIrpPreprocess,
    _In_ UCHAR MajorFunction,
    _In_reads_opt_(NumMinorFunctions) PUCHAR MinorFunctions,
    _In_ ULONG NumMinorFunctions);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceInitSetIoInCallerContextCallback(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ PFN_WDF_IO_IN_CALLER_CONTEXT EvtIoInCallerContext);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceInitSetRemoveLockOptions(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ PWDF_REMOVE_LOCK_OPTIONS Options);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceInitSetReleaseHardwareOrderOnFailure(
    _In_ PWDFDEVICE_INIT DeviceInit,
    _In_ WDF_RELEASE_HARDWARE_ORDER_ON_FAILURE ReleaseHardwareOrderOnFailure);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceInitAllowSelfIoTarget(_In_ PWDFDEVICE_INIT DeviceInit);

/* ---- device creation ---- */
_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceCreate(
    _Inout_ PWDFDEVICE_INIT *DeviceInit,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES DeviceAttributes,
    _Out_ WDFDEVICE *Device);

/* ---- WDFDEVICE methods ---- */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceGetDeviceState(
    _In_ WDFDEVICE Device,
    _Out_ PWDF_DEVICE_STATE DeviceState);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceSetDeviceState(
    _In_ WDFDEVICE Device,
    _In_ PWDF_DEVICE_STATE DeviceState);

_IRQL_requires_max_(DISPATCH_LEVEL)
WDFDEVICE WdfWdmDeviceGetWdfDeviceHandle(_In_ PDEVICE_OBJECT DeviceObject);

_IRQL_requires_max_(DISPATCH_LEVEL)
PDEVICE_OBJECT WdfDeviceWdmGetDeviceObject(_In_ WDFDEVICE Device);

_IRQL_requires_max_(DISPATCH_LEVEL)
PDEVICE_OBJECT WdfDeviceWdmGetAttachedDevice(_In_ WDFDEVICE Device);

_IRQL_requires_max_(DISPATCH_LEVEL)
PDEVICE_OBJECT WdfDeviceWdmGetPhysicalDevice(_In_ WDFDEVICE Device);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDeviceWdmDispatchPreprocessedIrp(
    _In_ WDFDEVICE Device,
    _Inout_ PIRP Irp);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDeviceWdmDispatchIrp(
    _In_ WDFDEVICE Device,
    _In_ PIRP Irp,
    _In_ WDFCONTEXT DispatchContext);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDeviceWdmDispatchIrpToIoQueue(
    _In_ WDFDEVICE Device,
    _In_ PIRP Irp,
    _In_ WDFQUEUE Queue,
    _In_ ULONG Flags);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceConfigureWdmIrpDispatchCallback(
    _In_ WDFDEVICE Device,
    _In_opt_ WDFDRIVER Driver,
    _In_ UCHAR MajorFunction,
    _In_ PFN_WDFDEVICE_WDM_IRP_DISPATCH EvtDeviceWdmIrpDisptach,
    _In_opt_ WDFCONTEXT DriverContext);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDeviceAddDependentUsageDeviceObject(
    _In_ WDFDEVICE Device,
    _In_ PDEVICE_OBJECT DependentDevice);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceRemoveDependentUsageDeviceObject(
    _In_ WDFDEVICE Device,
    _In_ PDEVICE_OBJECT DependentDevice);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDeviceAddRemovalRelationsPhysicalDevice(
    _In_ WDFDEVICE Device,
    _In_ PDEVICE_OBJECT PhysicalDevice);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceRemoveRemovalRelationsPhysicalDevice(
    _In_ WDFDEVICE Device,
    _In_ PDEVICE_OBJECT PhysicalDevice);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceClearRemovalRelationsDevices(_In_ WDFDEVICE Device);

_IRQL_requires_max_(DISPATCH_LEVEL)
WDFDRIVER WdfDeviceGetDriver(_In_ WDFDEVICE Device);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceRetrieveDeviceName(
    _In_ WDFDEVICE Device,
    _In_ WDFSTRING String);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceAssignMofResourceName(
    _In_ WDFDEVICE Device,
    _In_ PCUNICODE_STRING MofResourceName);

_IRQL_requires_max_(DISPATCH_LEVEL)
WDFIOTARGET WdfDeviceGetIoTarget(_In_ WDFDEVICE Device);

_IRQL_requires_max_(DISPATCH_LEVEL)
WDF_DEVICE_PNP_STATE WdfDeviceGetDevicePnpState(_In_ WDFDEVICE Device);

_IRQL_requires_max_(DISPATCH_LEVEL)
WDF_DEVICE_POWER_STATE WdfDeviceGetDevicePowerState(_In_ WDFDEVICE Device);

_IRQL_requires_max_(DISPATCH_LEVEL)
WDF_DEVICE_POWER_POLICY_STATE WdfDeviceGetDevicePowerPolicyState(_In_ WDFDEVICE Device);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceAssignS0IdleSettings(
    _In_ WDFDEVICE Device,
    _In_ PWDF_DEVICE_POWER_POLICY_IDLE_SETTINGS Settings);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceAssignSxWakeSettings(
    _In_ WDFDEVICE Device,
    _In_ PWDF_DEVICE_POWER_POLICY_WAKE_SETTINGS Settings);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceOpenRegistryKey(
    _In_ WDFDEVICE Device,
    _In_ ULONG DeviceInstanceKeyType,
    _In_ ACCESS_MASK DesiredAccess,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES KeyAttributes,
    _Out_ WDFKEY *Key);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceOpenDevicemapKey(
    _In_ WDFDEVICE Device,
    _In_ PCUNICODE_STRING KeyName,
    _In_ ACCESS_MASK DesiredAccess,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES KeyAttributes,
    _Out_ WDFKEY *Key);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceSetSpecialFileSupport(
    _In_ WDFDEVICE Device,
    _In_ WDF_SPECIAL_FILE_TYPE FileType,
    _In_ BOOLEAN FileTypeIsSupported);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceSetCharacteristics(
    _In_ WDFDEVICE Device,
    _In_ ULONG DeviceCharacteristics);

_IRQL_requires_max_(DISPATCH_LEVEL)
ULONG WdfDeviceGetCharacteristics(_In_ WDFDEVICE Device);

_IRQL_requires_max_(DISPATCH_LEVEL)
ULONG WdfDeviceGetAlignmentRequirement(_In_ WDFDEVICE Device);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceSetAlignmentRequirement(
    _In_ WDFDEVICE Device,
    _In_ ULONG AlignmentRequirement);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceSetStaticStopRemove(
    _In_ WDFDEVICE Device,
    _In_ BOOLEAN Stoppable);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceCreateDeviceInterface(
    _In_ WDFDEVICE Device,
    _In_ CONST GUID *InterfaceClassGUID,
    _In_opt_ PCUNICODE_STRING ReferenceString);

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID WdfDeviceSetDeviceInterfaceState(
    _In_ WDFDEVICE Device,
    _In_ CONST GUID *InterfaceClassGUID,
    _In_opt_ PCUNICODE_STRING ReferenceString,
    _In_ BOOLEAN IsInterfaceEnabled);

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID WdfDeviceSetDeviceInterfaceStateEx(
    _In_ WDFDEVICE Device,
    _In_ CONST GUID *InterfaceClassGUID,
    _In_opt_ PCUNICODE_STRING ReferenceString,
    _In_ BOOLEAN IsInterfaceEnabled);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceRetrieveDeviceInterfaceString(
    _In_ WDFDEVICE Device,
    _In_ CONST GUID *InterfaceClassGUID,
    _In_opt_ PCUNICODE_STRING ReferenceString,
    _In_ WDFSTRING String);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceCreateSymbolicLink(
    _In_ WDFDEVICE Device,
    _In_ PCUNICODE_STRING SymbolicLinkName);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceQueryProperty(
    _In_ WDFDEVICE Device,
    _In_ DEVICE_REGISTRY_PROPERTY DeviceProperty,
    _In_ ULONG BufferLength,
    _Out_writes_bytes_all_(BufferLength) PVOID PropertyBuffer,
    _Out_ PULONG ResultLength);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceAllocAndQueryProperty(
    _In_ WDFDEVICE Device,
    _In_ DEVICE_REGISTRY_PROPERTY DeviceProperty,
    _In_ POOL_TYPE PoolType,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES PropertyMemoryAttributes,
    _Out_ WDFMEMORY *PropertyMemory);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceQueryPropertyEx(
    _In_ WDFDEVICE Device,
    _In_ PWDF_DEVICE_PROPERTY_DATA DeviceProperty,
    _In_ ULONG BufferLength,
    _Out_ PVOID PropertyBuffer,
    _Out_ PULONG RequiredSize,
    _Out_ PDEVPROPTYPE Type);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceAllocAndQueryPropertyEx(
    _In_ WDFDEVICE Device,
    _In_ PWDF_DEVICE_PROPERTY_DATA DeviceProperty,
    _In_ POOL_TYPE PoolType,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES PropertyMemoryAttributes,
    _Out_ WDFMEMORY *PropertyMemory,
    _Out_ PDEVPROPTYPE Type);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceAssignProperty(
    _In_ WDFDEVICE Device,
    _In_ PWDF_DEVICE_PROPERTY_DATA DeviceProperty,
    _In_ DEVPROPTYPE Type,
    _In_ ULONG Size,
    _In_opt_ PVOID Data);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceQueryInterfaceProperty(
    _In_ WDFDEVICE Device,
    _In_ PWDF_DEVICE_INTERFACE_PROPERTY_DATA PropertyData,
    _In_ ULONG BufferLength,
    _Out_writes_bytes_opt_(BufferLength) PVOID PropertyBuffer,
    _Out_ PULONG RequiredSize,
    _Out_ PDEVPROPTYPE Type);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceAllocAndQueryInterfaceProperty(
    _In_ WDFDEVICE Device,
    _In_ PWDF_DEVICE_INTERFACE_PROPERTY_DATA PropertyData,
    _In_ POOL_TYPE PoolType,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES PropertyMemoryAttributes,
    _Out_ WDFMEMORY *PropertyMemory,
    _Out_ PDEVPROPTYPE Type);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceAssignInterfaceProperty(
    _In_ WDFDEVICE Device,
    _In_ PWDF_DEVICE_INTERFACE_PROPERTY_DATA PropertyData,
    _In_ DEVPROPTYPE Type,
    _In_ ULONG BufferLength,
    _In_reads_bytes_opt_(BufferLength) PVOID PropertyBuffer);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceSetPnpCapabilities(
    _In_ WDFDEVICE Device,
    _In_ PWDF_DEVICE_PNP_CAPABILITIES PnpCapabilities);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceSetPowerCapabilities(
    _In_ WDFDEVICE Device,
    _In_ PWDF_DEVICE_POWER_CAPABILITIES PowerCapabilities);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceSetBusInformationForChildren(
    _In_ WDFDEVICE Device,
    _In_ PPNP_BUS_INFORMATION BusInformation);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDeviceIndicateWakeStatus(
    _In_ WDFDEVICE Device,
    _In_ NTSTATUS WaitWakeStatus);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceSetFailed(
    _In_ WDFDEVICE Device,
    _In_ WDF_DEVICE_FAILED_ACTION FailedAction);

_Must_inspect_result_
_When_(WaitForD0 == 0, _IRQL_requires_max_(DISPATCH_LEVEL))
_When_(WaitForD0 != 0, _IRQL_requires_max_(PASSIVE_LEVEL))
NTSTATUS WdfDeviceStopIdleNoTrack(
    _In_ WDFDEVICE Device,
    _In_ BOOLEAN WaitForD0);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceResumeIdleNoTrack(_In_ WDFDEVICE Device);

_Must_inspect_result_
_When_(WaitForD0 == 0, _IRQL_requires_max_(DISPATCH_LEVEL))
_When_(WaitForD0 != 0, _IRQL_requires_max_(PASSIVE_LEVEL))
NTSTATUS WdfDeviceStopIdleActual(
    _In_ WDFDEVICE Device,
    _In_ BOOLEAN WaitForD0,
    _In_opt_ PVOID Tag,
    _In_ LONG Line,
    _In_z_ PCHAR File);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDeviceResumeIdleActual(
    _In_ WDFDEVICE Device,
    _In_opt_ PVOID Tag,
    _In_ LONG Line,
    _In_z_ PCHAR File);

#define WdfDeviceStopIdle(Device, WaitForD0) \
    WdfDeviceStopIdleActual(Device, WaitForD0, NULL, __LINE__, (PCHAR)__FILE__)
#define WdfDeviceStopIdleWithTag(Device, WaitForD0, Tag) \
    WdfDeviceStopIdleActual(Device, WaitForD0, (PVOID)(Tag), __LINE__, (PCHAR)__FILE__)
#define WdfDeviceResumeIdle(Device) \
    WdfDeviceResumeIdleActual(Device, NULL, __LINE__, (PCHAR)__FILE__)
#define WdfDeviceResumeIdleWithTag(Device, Tag) \
    WdfDeviceResumeIdleActual(Device, (PVOID)(Tag), __LINE__, (PCHAR)__FILE__)

_IRQL_requires_max_(DISPATCH_LEVEL)
WDFFILEOBJECT WdfDeviceGetFileObject(
    _In_ WDFDEVICE Device,
    _In_ PFILE_OBJECT FileObject);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDeviceEnqueueRequest(
    _In_ WDFDEVICE Device,
    _In_ WDFREQUEST Request);

_IRQL_requires_max_(DISPATCH_LEVEL)
WDFQUEUE WdfDeviceGetDefaultQueue(_In_ WDFDEVICE Device);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDeviceConfigureRequestDispatching(
    _In_ WDFDEVICE Device,
    _In_ WDFQUEUE Queue,
    _In_ _Strict_type_match_ WDF_REQUEST_TYPE RequestType);

_IRQL_requires_max_(DISPATCH_LEVEL)
POWER_ACTION WdfDeviceGetSystemPowerAction(_In_ WDFDEVICE Device);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDeviceWdmAssignPowerFrameworkSettings(
    _In_ WDFDEVICE Device,
    _In_ PWDF_POWER_FRAMEWORK_SETTINGS PowerFrameworkSettings);

_IRQL_requires_max_(DISPATCH_LEVEL)
PVOID WdfDeviceGetHardwareRegisterMappedAddress(
    _In_ WDFDEVICE Device,
    _In_ PVOID PseudoBaseAddress);

#endif /* DDICHECK_WDFDEVICE_H */
