/*
 * classpnp.h -- ddicheck overlay, written for ddicheck from the documented
 * API (Microsoft Learn: "classpnp.h header" -- its structures, callbacks and
 * routines); used only when the real WDK is absent.
 *
 * mingw-w64's ddk/classpnp.h describes an old class driver library (no
 * FunctionSupportInfo / MiniportDescriptor / AdditionalFdoData in the FDO
 * extension, no extended-SRB sizes, ...), so this file replaces it entirely
 * and never includes it.  Layouts follow the documented member order for
 * NTDDI_VERSION >= Windows 10.
 */
#ifndef _CLASS_
#define _CLASS_
#define DDICHECK_OVERLAY_CLASSPNP_H

#include <ntdddisk.h>
#include <ntddcdrm.h>
#include <ntddtape.h>
#include <ntddscsi.h>
#include <ntddstor.h>
#include <stdio.h>
#include <scsi.h>
#include <srb.h>

#ifdef __cplusplus
extern "C" {
#endif

#ifndef SCSIPORT_API
#define SCSIPORT_API
#endif
#ifndef __callback
#define __callback
#endif

/* ------------------------------------------------------------------ */
/* Gaps in other overlays (sal.h, wdm.h) that class drivers hit.  They  */
/* belong in those headers; each is guarded so that a definition there */
/* wins.                                                               */
/* ------------------------------------------------------------------ */
#ifndef __on_failure
#define __on_failure(annotes)
#endif
#ifndef POOL_NX_ALLOCATION
#define POOL_NX_ALLOCATION  512
#endif
#ifndef FILE_PORTABLE_DEVICE
#define FILE_PORTABLE_DEVICE  0x00040000
#endif
#ifndef RTL_QUERY_REGISTRY_TYPECHECK
#define RTL_QUERY_REGISTRY_TYPECHECK        0x00000100
#define RTL_QUERY_REGISTRY_TYPECHECK_SHIFT  24
#endif
#ifndef DDICHECK_HAVE_RTL_QUERY_REGISTRY_ROUTINE
#define DDICHECK_HAVE_RTL_QUERY_REGISTRY_ROUTINE
typedef NTSTATUS NTAPI RTL_QUERY_REGISTRY_ROUTINE(_In_z_ PWSTR ValueName,
    _In_ ULONG ValueType, _In_reads_bytes_opt_(ValueLength) PVOID ValueData,
    _In_ ULONG ValueLength, _In_opt_ PVOID Context, _In_opt_ PVOID EntryContext);
#endif

/* ------------------------------------------------------------------ */
/* Debug output                                                        */
/* ------------------------------------------------------------------ */

typedef enum _CLASS_DEBUG_LEVEL {
    ClassDebugError        = 0,
    ClassDebugWarning      = 1,
    ClassDebugTrace        = 2,
    ClassDebugInfo         = 3,
    ClassDebugMediaLocks   = 8,
    ClassDebugMCN          = 9,
    ClassDebugDelayedRetry = 10,
    ClassDebugSenseInfo    = 11,
    ClassDebugRemoveLock   = 12,
    ClassDebugExternal4    = 13,
    ClassDebugExternal3    = 14,
    ClassDebugExternal2    = 15,
    ClassDebugExternal1    = 16
} CLASS_DEBUG_LEVEL, *PCLASS_DEBUG_LEVEL;

#ifdef DebugPrint
#undef DebugPrint
#endif
#if DBG
#define DebugPrint(x) ClassDebugPrint x
#else
#define DebugPrint(x)
#endif

#define DEBUG_BUFFER_LENGTH 256

/* try/leave/finally emulation used throughout class drivers */
#ifdef TRY
#undef TRY
#endif
#ifdef LEAVE
#undef LEAVE
#endif
#ifdef FINALLY
#undef FINALLY
#endif
#define TRY
#define LEAVE   goto __tryLabel;
#define FINALLY __tryLabel:

/* ------------------------------------------------------------------ */
/* Flags, tags and helper macros                                       */
/* ------------------------------------------------------------------ */

/* SRB flag bits reserved to class drivers (high nibble of SrbFlags) */
#define SRB_CLASS_FLAGS_LOW_PRIORITY   0x10000000
#define SRB_CLASS_FLAGS_PERSISTANT     0x20000000
#define SRB_CLASS_FLAGS_PAGING         0x40000000
#define SRB_CLASS_FLAGS_FREE_MDL       0x80000000

#ifndef max
#define max(a, b) (((a) > (b)) ? (a) : (b))
#endif
#ifndef min
#define min(a, b) (((a) < (b)) ? (a) : (b))
#endif

#define SET_FLAG(Flags, Bit)    ((Flags) |= (Bit))
#define CLEAR_FLAG(Flags, Bit)  ((Flags) &= ~(Bit))
#define TEST_FLAG(Flags, Bit)   (((Flags) & (Bit)) != 0)

static __inline ULONG CountOfSetBitsUChar(UCHAR _X)
{ ULONG n = 0; for (; _X != 0; _X &= (UCHAR)(_X - 1)) { n++; } return n; }
static __inline ULONG CountOfSetBitsULong(ULONG _X)
{ ULONG n = 0; for (; _X != 0; _X &= _X - 1) { n++; } return n; }
static __inline ULONG CountOfSetBitsULong32(ULONG32 _X)
{ ULONG n = 0; for (; _X != 0; _X &= _X - 1) { n++; } return n; }
static __inline ULONG CountOfSetBitsULong64(ULONG64 _X)
{ ULONG n = 0; for (; _X != 0; _X &= _X - 1) { n++; } return n; }
static __inline ULONG CountOfSetBitsUlongPtr(ULONG_PTR _X)
{ ULONG n = 0; for (; _X != 0; _X &= _X - 1) { n++; } return n; }

#define ASSERT_FDO(x) \
    NT_ASSERT(((PCOMMON_DEVICE_EXTENSION)(x)->DeviceExtension)->IsFdo)
#define ASSERT_PDO(x) \
    NT_ASSERT(!(((PCOMMON_DEVICE_EXTENSION)(x)->DeviceExtension)->IsFdo))

#define IS_CLEANUP_REQUEST(majorFunction) \
    (((majorFunction) == IRP_MJ_CLOSE) || ((majorFunction) == IRP_MJ_CLEANUP) || \
     ((majorFunction) == IRP_MJ_SHUTDOWN))

#define DO_MCD(fdoExtension) \
    (((fdoExtension)->MediaChangeDetectionInfo != NULL) && \
     ((fdoExtension)->MediaChangeDetectionInfo->MediaChangeDetectionDisableCount == 0))

#define IS_SCSIOP_READ(opCode) \
    (((opCode) == SCSIOP_READ6) || ((opCode) == SCSIOP_READ) || \
     ((opCode) == SCSIOP_READ12) || ((opCode) == SCSIOP_READ16))
#define IS_SCSIOP_WRITE(opCode) \
    (((opCode) == SCSIOP_WRITE6) || ((opCode) == SCSIOP_WRITE) || \
     ((opCode) == SCSIOP_WRITE12) || ((opCode) == SCSIOP_WRITE16))
#define IS_SCSIOP_READWRITE(opCode) (IS_SCSIOP_READ(opCode) || IS_SCSIOP_WRITE(opCode))

#define ADJUST_FUA_FLAG(fdoExt) {                                              \
    (fdoExt)->CdbForceUnitAccess =                                             \
        (TEST_FLAG((fdoExt)->DeviceFlags, DEV_WRITE_CACHE) &&                  \
         !TEST_FLAG((fdoExt)->DeviceFlags, DEV_POWER_PROTECTED) &&             \
         !TEST_FLAG((fdoExt)->ScanForSpecialFlags, CLASS_SPECIAL_FUA_NOT_SUPPORTED)) \
        ? TRUE : FALSE;                                                        \
}

#define FREE_POOL(_PoolPtr)          \
    if ((_PoolPtr) != NULL) {        \
        ExFreePool(_PoolPtr);        \
        (_PoolPtr) = NULL;           \
    }

#define CLASS_TAG_AUTORUN_DISABLE         'ALcS'
#define CLASS_TAG_FILE_OBJECT_EXTENSION   'FLcS'
#define CLASS_TAG_MEDIA_CHANGE_DETECTION  'MLcS'
#define CLASS_TAG_MOUNT                   'mLcS'
#define CLASS_TAG_RELEASE_QUEUE           'qLcS'
#define CLASS_TAG_POWER                   'WLcS'
#define CLASS_TAG_WMI                     'wLcS'
#define CLASS_TAG_FAILURE_PREDICT         'fLcS'
#define CLASS_TAG_DEVICE_CONTROL          'OIcS'
#define CLASS_TAG_MODE_DATA               'oLcS'
#define CLASS_TAG_MULTIPATH               'mPcS'
#define CLASS_TAG_LOCK_TRACKING           'TLcS'
#define CLASS_TAG_LB_PROVISIONING         'PLcS'
#define CLASS_TAG_MANAGE_DATASET          'MDcS'

#define MAXIMUM_RETRIES 4

#define CLASS_DRIVER_EXTENSION_KEY ((PVOID)ClassInitialize)

/* values of COMMON_DEVICE_EXTENSION.IsRemoved */
#define NO_REMOVE       0
#define REMOVE_PENDING  1
#define REMOVE_COMPLETE 2

#define ClassAcquireRemoveLock(devobj, tag) \
    ClassAcquireRemoveLockEx((devobj), (tag), __FILE__, __LINE__)

#define START_UNIT_TIMEOUT          (60 * 4)
#define MEDIA_CHANGE_DEFAULT_TIME   1
#define MEDIA_CHANGE_TIMEOUT_TIME   300

#define MAXIMUM_RETRY_FOR_SINGLE_IO_IN_100NS_UNITS  (0x3B9ACA00)

#define CLASS_WORKING_SET_MAXIMUM                          2048
#define CLASS_INTERPRET_SENSE_INFO2_MAXIMUM_HISTORY_COUNT  30000

/* CLASS_DRIVER_EXTENSION.SrbSupport bits */
#define CLASS_SRB_SCSI_REQUEST_BLOCK     0x1
#define CLASS_SRB_STORAGE_REQUEST_BLOCK  0x2

/* FUNCTIONAL_DEVICE_EXTENSION.ScanForSpecialFlags */
#define CLASS_SPECIAL_DISABLE_SPIN_DOWN          0x00000001
#define CLASS_SPECIAL_DISABLE_SPIN_UP            0x00000002
#define CLASS_SPECIAL_NO_QUEUE_LOCK              0x00000008
#define CLASS_SPECIAL_DISABLE_WRITE_CACHE        0x00000010
#define CLASS_SPECIAL_CAUSE_NOT_REPORTABLE_HACK  0x00000020
#define CLASS_SPECIAL_MODIFY_CACHE_UNSUCCESSFUL  0x00000040
#define CLASS_SPECIAL_FUA_NOT_SUPPORTED          0x00000080
#define CLASS_SPECIAL_VALID_MASK                 0x000000FB
#define CLASS_SPECIAL_RESERVED                   (~CLASS_SPECIAL_VALID_MASK)

/* FUNCTIONAL_DEVICE_EXTENSION.DeviceFlags */
#define DEV_WRITE_CACHE      0x00000001
#define DEV_USE_SCSI1        0x00000002
#define DEV_SAFE_START_UNIT  0x00000004
#define DEV_NO_12BYTE_CDB    0x00000008
#define DEV_POWER_PROTECTED  0x00000010
#define DEV_USE_16BYTE_CDB   0x00000020

/* GUIDs accepted by ClassInitializeEx */
#define GUID_CLASSPNP_QUERY_REGINFOEX \
    { 0x00e34b11, 0x2444, 0x4745, { 0xa5, 0x3d, 0x62, 0x01, 0x00, 0xcd, 0x82, 0xf7 } }
#define GUID_CLASSPNP_SENSEINFO2 \
    { 0x509a8c5f, 0x71d7, 0x48f6, { 0x82, 0x1e, 0x17, 0x3c, 0x49, 0xbf, 0x2f, 0x18 } }
#define GUID_CLASSPNP_WORKING_SET \
    { 0x105701b0, 0x9e9b, 0x47cb, { 0x97, 0x80, 0x81, 0x19, 0x8a, 0xf7, 0xb5, 0x24 } }
#define GUID_CLASSPNP_SRB_SUPPORT \
    { 0x0a483941, 0xbdfd, 0x4f7b, { 0xbe, 0x95, 0xce, 0xe2, 0xa2, 0x16, 0x09, 0x0c } }

#define DEFAULT_FAILURE_PREDICTION_PERIOD  (60 * 60 * 1)

/* ------------------------------------------------------------------ */
/* Forward declarations                                                */
/* ------------------------------------------------------------------ */

typedef struct _CLASS_INIT_DATA CLASS_INIT_DATA, *PCLASS_INIT_DATA;
typedef struct _CLASS_PRIVATE_FDO_DATA CLASS_PRIVATE_FDO_DATA, *PCLASS_PRIVATE_FDO_DATA;
typedef struct _CLASS_PRIVATE_PDO_DATA CLASS_PRIVATE_PDO_DATA, *PCLASS_PRIVATE_PDO_DATA;
typedef struct _CLASS_PRIVATE_COMMON_DATA CLASS_PRIVATE_COMMON_DATA, *PCLASS_PRIVATE_COMMON_DATA;
typedef struct _MEDIA_CHANGE_DETECTION_INFO MEDIA_CHANGE_DETECTION_INFO, *PMEDIA_CHANGE_DETECTION_INFO;
typedef struct _DICTIONARY_HEADER DICTIONARY_HEADER, *PDICTIONARY_HEADER;
typedef struct _FAILURE_PREDICTION_INFO *PFAILURE_PREDICTION_INFO;
typedef struct _COMMON_DEVICE_EXTENSION COMMON_DEVICE_EXTENSION, *PCOMMON_DEVICE_EXTENSION;
typedef struct _FUNCTIONAL_DEVICE_EXTENSION FUNCTIONAL_DEVICE_EXTENSION, *PFUNCTIONAL_DEVICE_EXTENSION;
typedef struct _PHYSICAL_DEVICE_EXTENSION PHYSICAL_DEVICE_EXTENSION, *PPHYSICAL_DEVICE_EXTENSION;

typedef enum _MEDIA_CHANGE_DETECTION_STATE {
    MediaUnknown,
    MediaPresent,
    MediaNotPresent,
    MediaUnavailable
} MEDIA_CHANGE_DETECTION_STATE, *PMEDIA_CHANGE_DETECTION_STATE;

typedef struct _DICTIONARY {
    ULONGLONG Signature;
    PDICTIONARY_HEADER List;
    KSPIN_LOCK SpinLock;
} DICTIONARY, *PDICTIONARY;

typedef struct _CLASSPNP_SCAN_FOR_SPECIAL_INFO {
    PCHAR VendorId;
    PCHAR ProductId;
    PCHAR ProductRevision;
    ULONG_PTR Data;
} CLASSPNP_SCAN_FOR_SPECIAL_INFO, *PCLASSPNP_SCAN_FOR_SPECIAL_INFO;

#ifdef ALLOCATE_SRB_FROM_POOL
#define ClasspAllocateSrb(ext) \
    ExAllocatePoolWithTag(NonPagedPoolNx, sizeof(SCSI_REQUEST_BLOCK), 'sBRS')
#define ClasspFreeSrb(ext, srb) ExFreePool((srb));
#else
#define ClasspAllocateSrb(ext) \
    ExAllocateFromNPagedLookasideList(&((ext)->CommonExtension.SrbLookasideList))
#define ClasspFreeSrb(ext, srb) \
    ExFreeToNPagedLookasideList(&((ext)->CommonExtension.SrbLookasideList), (srb))
#endif

/* ------------------------------------------------------------------ */
/* Class driver callbacks                                              */
/* ------------------------------------------------------------------ */

typedef VOID (*PCLASS_ERROR)(_In_ PDEVICE_OBJECT DeviceObject,
    _In_ PSCSI_REQUEST_BLOCK Srb, _Out_ NTSTATUS *Status, _Inout_ BOOLEAN *Retry);
typedef NTSTATUS (*PCLASS_ADD_DEVICE)(_In_ PDRIVER_OBJECT DriverObject,
    _In_ PDEVICE_OBJECT Pdo);
typedef NTSTATUS (*PCLASS_POWER_DEVICE)(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp);
typedef NTSTATUS (*PCLASS_START_DEVICE)(_In_ PDEVICE_OBJECT DeviceObject);
typedef NTSTATUS (*PCLASS_STOP_DEVICE)(_In_ PDEVICE_OBJECT DeviceObject, _In_ UCHAR Type);
typedef NTSTATUS (*PCLASS_INIT_DEVICE)(_In_ PDEVICE_OBJECT DeviceObject);
typedef NTSTATUS (*PCLASS_ENUM_DEVICE)(_In_ PDEVICE_OBJECT DeviceObject);
typedef NTSTATUS (*PCLASS_READ_WRITE)(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp);
typedef NTSTATUS (*PCLASS_DEVICE_CONTROL)(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp);
typedef NTSTATUS (*PCLASS_SHUTDOWN_FLUSH)(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp);
typedef NTSTATUS (*PCLASS_CREATE_CLOSE)(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp);
typedef NTSTATUS (*PCLASS_QUERY_ID)(_In_ PDEVICE_OBJECT DeviceObject,
    _In_ BUS_QUERY_ID_TYPE IdType, _In_ PUNICODE_STRING IdString);
typedef NTSTATUS (*PCLASS_REMOVE_DEVICE)(_In_ PDEVICE_OBJECT DeviceObject, _In_ UCHAR Type);
typedef VOID (*PCLASS_UNLOAD)(_In_ PDRIVER_OBJECT DriverObject);
typedef NTSTATUS (*PCLASS_QUERY_PNP_CAPABILITIES)(_In_ PDEVICE_OBJECT PhysicalDeviceObject,
    _In_ PDEVICE_CAPABILITIES Capabilities);
typedef VOID (*PCLASS_TICK)(_In_ PDEVICE_OBJECT DeviceObject);
typedef NTSTATUS (*PCLASS_QUERY_WMI_REGINFO_EX)(_In_ PDEVICE_OBJECT DeviceObject,
    _Out_ ULONG *RegFlags, _Out_ PUNICODE_STRING Name, _Out_ PUNICODE_STRING MofResourceName);
typedef NTSTATUS (*PCLASS_QUERY_WMI_REGINFO)(_In_ PDEVICE_OBJECT DeviceObject,
    _Out_ ULONG *RegFlags, _Out_ PUNICODE_STRING Name);
typedef NTSTATUS (*PCLASS_QUERY_WMI_DATABLOCK)(_In_ PDEVICE_OBJECT DeviceObject,
    _In_ PIRP Irp, _In_ ULONG GuidIndex, _In_ ULONG BufferAvail,
    _Out_writes_bytes_(BufferAvail) PUCHAR Buffer);
typedef NTSTATUS (*PCLASS_SET_WMI_DATABLOCK)(_In_ PDEVICE_OBJECT DeviceObject,
    _In_ PIRP Irp, _In_ ULONG GuidIndex, _In_ ULONG BufferSize,
    _In_reads_bytes_(BufferSize) PUCHAR Buffer);
typedef NTSTATUS (*PCLASS_SET_WMI_DATAITEM)(_In_ PDEVICE_OBJECT DeviceObject,
    _In_ PIRP Irp, _In_ ULONG GuidIndex, _In_ ULONG DataItemId, _In_ ULONG BufferSize,
    _In_reads_bytes_(BufferSize) PUCHAR Buffer);
typedef NTSTATUS (*PCLASS_EXECUTE_WMI_METHOD)(_In_ PDEVICE_OBJECT DeviceObject,
    _In_ PIRP Irp, _In_ ULONG GuidIndex, _In_ ULONG MethodId, _In_ ULONG InBufferSize,
    _In_ ULONG OutBufferSize, _Inout_ PUCHAR Buffer);

typedef enum {
    EventGeneration,
    DataBlockCollection
} CLASSENABLEDISABLEFUNCTION;

typedef NTSTATUS (*PCLASS_WMI_FUNCTION_CONTROL)(_In_ PDEVICE_OBJECT DeviceObject,
    _In_ PIRP Irp, _In_ ULONG GuidIndex, _In_ CLASSENABLEDISABLEFUNCTION Function,
    _In_ BOOLEAN Enable);

/* ------------------------------------------------------------------ */
/* Retry history                                                       */
/* ------------------------------------------------------------------ */

typedef struct _SRB_HISTORY_ITEM {
    LARGE_INTEGER TickCountSent;
    LARGE_INTEGER TickCountCompleted;
    ULONG MillisecondsDelayOnRetry;
    SENSE_DATA NormalizedSenseData;
    UCHAR SrbStatus;
    UCHAR ClassDriverUse;
} SRB_HISTORY_ITEM, *PSRB_HISTORY_ITEM;

typedef struct _SRB_HISTORY {
    ULONG_PTR ClassDriverUse[4];
    ULONG TotalHistoryCount;
    ULONG UsedHistoryCount;
    SRB_HISTORY_ITEM History[1];
} SRB_HISTORY, *PSRB_HISTORY;

typedef BOOLEAN (*PCLASS_INTERPRET_SENSE_INFO)(_In_ PDEVICE_OBJECT Fdo,
    _In_opt_ PIRP OriginalRequest, _In_ PSCSI_REQUEST_BLOCK Srb,
    _In_ UCHAR MajorFunctionCode, _In_ ULONG IoDeviceCode, _In_ ULONG PreviousRetryCount,
    _In_opt_ SRB_HISTORY *RequestHistory, _Out_ NTSTATUS *Status,
    _Out_ LONGLONG *RetryIn100nsUnits);

typedef VOID (*PCLASS_COMPRESS_RETRY_HISTORY_DATA)(_In_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PSRB_HISTORY RequestHistory);

/* ------------------------------------------------------------------ */
/* Initialization data                                                 */
/* ------------------------------------------------------------------ */

typedef struct {
    GUID Guid;
    ULONG InstanceCount;
    ULONG Flags;
} GUIDREGINFO, *PGUIDREGINFO;

typedef struct _CLASS_WMI_INFO {
    ULONG GuidCount;
    PGUIDREGINFO GuidRegInfo;
    PCLASS_QUERY_WMI_REGINFO ClassQueryWmiRegInfo;
    PCLASS_QUERY_WMI_DATABLOCK ClassQueryWmiDataBlock;
    PCLASS_SET_WMI_DATABLOCK ClassSetWmiDataBlock;
    PCLASS_SET_WMI_DATAITEM ClassSetWmiDataItem;
    PCLASS_EXECUTE_WMI_METHOD ClassExecuteWmiMethod;
    PCLASS_WMI_FUNCTION_CONTROL ClassWmiFunctionControl;
} CLASS_WMI_INFO, *PCLASS_WMI_INFO;

typedef struct _CLASS_DEV_INFO {
    ULONG DeviceExtensionSize;
    DEVICE_TYPE DeviceType;
    UCHAR StackSize;
    ULONG DeviceCharacteristics;
    PCLASS_ERROR ClassError;
    PCLASS_READ_WRITE ClassReadWriteVerification;
    PCLASS_DEVICE_CONTROL ClassDeviceControl;
    PCLASS_SHUTDOWN_FLUSH ClassShutdownFlush;
    PCLASS_CREATE_CLOSE ClassCreateClose;
    PCLASS_INIT_DEVICE ClassInitDevice;
    PCLASS_START_DEVICE ClassStartDevice;
    PCLASS_POWER_DEVICE ClassPowerDevice;
    PCLASS_STOP_DEVICE ClassStopDevice;
    PCLASS_REMOVE_DEVICE ClassRemoveDevice;
    PCLASS_QUERY_PNP_CAPABILITIES ClassQueryPnpCapabilities;
    CLASS_WMI_INFO ClassWmiInfo;
} CLASS_DEV_INFO, *PCLASS_DEV_INFO;

struct _CLASS_INIT_DATA {
    ULONG InitializationDataSize;
    CLASS_DEV_INFO FdoData;
    CLASS_DEV_INFO PdoData;
    PCLASS_ADD_DEVICE ClassAddDevice;
    PCLASS_ENUM_DEVICE ClassEnumerateDevice;
    PCLASS_QUERY_ID ClassQueryId;
    PDRIVER_STARTIO ClassStartIo;
    PCLASS_UNLOAD ClassUnload;
    PCLASS_TICK ClassTick;
};

typedef struct _FILE_OBJECT_EXTENSION {
    PFILE_OBJECT FileObject;
    PDEVICE_OBJECT DeviceObject;
    ULONG LockCount;
    ULONG McnDisableCount;
} FILE_OBJECT_EXTENSION, *PFILE_OBJECT_EXTENSION;

typedef struct _CLASS_WORKING_SET {
    ULONG Size;
    ULONG XferPacketsWorkingSetMaximum;
    ULONG XferPacketsWorkingSetMinimum;
} CLASS_WORKING_SET, *PCLASS_WORKING_SET;

typedef struct _CLASS_INTERPRET_SENSE_INFO2 {
    ULONG Size;
    ULONG HistoryCount;
    __callback PCLASS_COMPRESS_RETRY_HISTORY_DATA Compress;
    __callback PCLASS_INTERPRET_SENSE_INFO Interpret;
} CLASS_INTERPRET_SENSE_INFO2, *PCLASS_INTERPRET_SENSE_INFO2;

typedef struct _CLASS_QUERY_WMI_REGINFO_EX_LIST {
    ULONG Size;
    __callback PCLASS_QUERY_WMI_REGINFO_EX ClassFdoQueryWmiRegInfoEx;
    __callback PCLASS_QUERY_WMI_REGINFO_EX ClassPdoQueryWmiRegInfoEx;
} CLASS_QUERY_WMI_REGINFO_EX_LIST, *PCLASS_QUERY_WMI_REGINFO_EX_LIST;

#ifndef DDICHECK_HAVE_REGHANDLE
#define DDICHECK_HAVE_REGHANDLE
#if !defined(_EVNTPROV_) && !defined(EVNTPROV_H)
typedef ULONGLONG REGHANDLE, *PREGHANDLE;
#endif
#endif

typedef struct _CLASS_DRIVER_EXTENSION {
    UNICODE_STRING RegistryPath;
    CLASS_INIT_DATA InitData;
    ULONG DeviceCount;
    PCLASS_QUERY_WMI_REGINFO_EX ClassFdoQueryWmiRegInfoEx;
    PCLASS_QUERY_WMI_REGINFO_EX ClassPdoQueryWmiRegInfoEx;
    REGHANDLE EtwHandle;
    PDRIVER_DISPATCH DeviceMajorFunctionTable[IRP_MJ_MAXIMUM_FUNCTION + 1];
    PDRIVER_DISPATCH MpDeviceMajorFunctionTable[IRP_MJ_MAXIMUM_FUNCTION + 1];
    PCLASS_INTERPRET_SENSE_INFO2 InterpretSenseInfo;
    PCLASS_WORKING_SET WorkingSet;
    ULONG SrbSupport;
} CLASS_DRIVER_EXTENSION, *PCLASS_DRIVER_EXTENSION;

/* ------------------------------------------------------------------ */
/* Device extensions                                                   */
/* ------------------------------------------------------------------ */

struct _COMMON_DEVICE_EXTENSION {
    ULONG Version;
    PDEVICE_OBJECT DeviceObject;
    PDEVICE_OBJECT LowerDeviceObject;
    PFUNCTIONAL_DEVICE_EXTENSION PartitionZeroExtension;
    PCLASS_DRIVER_EXTENSION DriverExtension;
    LONG RemoveLock;
    KEVENT RemoveEvent;
    KSPIN_LOCK RemoveTrackingSpinlock;
    PVOID RemoveTrackingList;
    LONG RemoveTrackingUntrackedCount;
    PVOID DriverData;
    struct {
        BOOLEAN IsFdo : 1;
        BOOLEAN IsInitialized : 1;
        BOOLEAN IsSrbLookasideListInitialized : 1;
    };
    UCHAR PreviousState;
    UCHAR CurrentState;
    ULONG IsRemoved;
    UNICODE_STRING DeviceName;
    PPHYSICAL_DEVICE_EXTENSION ChildList;
    ULONG PartitionNumber;
    LARGE_INTEGER PartitionLength;
    LARGE_INTEGER StartingOffset;
    PCLASS_DEV_INFO DevInfo;
    ULONG PagingPathCount;
    ULONG DumpPathCount;
    ULONG HibernationPathCount;
    KEVENT PathCountEvent;
#ifndef ALLOCATE_SRB_FROM_POOL
    NPAGED_LOOKASIDE_LIST SrbLookasideList;
#endif
    UNICODE_STRING MountedDeviceInterfaceName;
    ULONG GuidCount;
    PGUIDREGINFO GuidRegInfo;
    DICTIONARY FileObjectDictionary;
    PCLASS_PRIVATE_COMMON_DATA PrivateCommonData;
    PDRIVER_DISPATCH *DispatchTable;
    ULONG_PTR Reserved3;
    ULONG_PTR Reserved4;
};

typedef enum {
    FailurePredictionNone = 0,
    FailurePredictionIoctl,
    FailurePredictionSmart,
    FailurePredictionSense
} FAILURE_PREDICTION_METHOD, *PFAILURE_PREDICTION_METHOD;

typedef struct _CLASS_POWER_OPTIONS {
    ULONG PowerDown : 1;
    ULONG LockQueue : 1;
    ULONG HandleSpinDown : 1;
    ULONG HandleSpinUp : 1;
    ULONG Reserved : 27;
} CLASS_POWER_OPTIONS, *PCLASS_POWER_OPTIONS;

typedef enum {
    PowerDownDeviceInitial,
    PowerDownDeviceLocked,
    PowerDownDeviceStopped,
    PowerDownDeviceOff,
    PowerDownDeviceUnlocked
} CLASS_POWER_DOWN_STATE;

typedef enum {
    PowerDownDeviceInitial2,
    PowerDownDeviceLocked2,
    PowerDownDeviceFlushed2,
    PowerDownDeviceStopped2,
    PowerDownDeviceOff2,
    PowerDownDeviceUnlocked2
} CLASS_POWER_DOWN_STATE2;

typedef enum {
    PowerDownDeviceInitial3 = 0,
    PowerDownDeviceLocked3,
    PowerDownDeviceQuiesced3,
    PowerDownDeviceFlushed3,
    PowerDownDeviceStopped3,
    PowerDownDeviceOff3,
    PowerDownDeviceUnlocked3
} CLASS_POWER_DOWN_STATE3;

typedef enum {
    PowerUpDeviceInitial,
    PowerUpDeviceLocked,
    PowerUpDeviceOn,
    PowerUpDeviceStarted,
    PowerUpDeviceUnlocked
} CLASS_POWER_UP_STATE;

typedef struct _CLASS_POWER_CONTEXT {
    union {
        CLASS_POWER_DOWN_STATE PowerDown;
        CLASS_POWER_DOWN_STATE2 PowerDown2;
        CLASS_POWER_DOWN_STATE3 PowerDown3;
        CLASS_POWER_UP_STATE PowerUp;
    } PowerChangeState;
    CLASS_POWER_OPTIONS Options;
    BOOLEAN InUse;
    BOOLEAN QueueLocked;
    NTSTATUS FinalStatus;
    ULONG RetryCount;
    ULONG RetryInterval;
    PIO_COMPLETION_ROUTINE CompletionRoutine;
    PDEVICE_OBJECT DeviceObject;
    PIRP Irp;
    SCSI_REQUEST_BLOCK Srb;
} CLASS_POWER_CONTEXT, *PCLASS_POWER_CONTEXT;

typedef enum {
    SupportUnknown = 0,
    Supported,
    NotSupported
} CLASS_FUNCTION_SUPPORT;

typedef struct _CLASS_VPD_B1_DATA {
    NTSTATUS CommandStatus;
    USHORT MediumRotationRate;
    UCHAR NominalFormFactor;
    UCHAR Zoned;
    ULONG MediumProductType;
    ULONG DepopulationTime;
} CLASS_VPD_B1_DATA, *PCLASS_VPD_B1_DATA;

typedef struct _CLASS_VPD_B0_DATA {
    NTSTATUS CommandStatus;
    ULONG MaxUnmapLbaCount;
    ULONG MaxUnmapBlockDescrCount;
    ULONG OptimalUnmapGranularity;
    ULONG UnmapGranularityAlignment;
    BOOLEAN UGAVALID;
    UCHAR Reserved0;
    USHORT OptimalTransferLengthGranularity;
    ULONG MaximumTransferLength;
    ULONG OptimalTransferLength;
} CLASS_VPD_B0_DATA, *PCLASS_VPD_B0_DATA;

typedef struct _CLASS_VPD_B2_DATA {
    NTSTATUS CommandStatus;
    UCHAR ThresholdExponent;
    UCHAR DP : 1;
    UCHAR ANC_SUP : 1;
    UCHAR Reserved0 : 2;
    UCHAR LBPRZ : 1;
    UCHAR LBPWS10 : 1;
    UCHAR LBPWS : 1;
    UCHAR LBPU : 1;
    UCHAR ProvisioningType : 3;
    UCHAR Reserved1 : 5;
    ULONG SoftThresholdEventPending;
} CLASS_VPD_B2_DATA, *PCLASS_VPD_B2_DATA;

typedef struct _CLASS_READ_CAPACITY16_DATA {
    NTSTATUS CommandStatus;
    ULONG BytesPerLogicalSector;
    ULONG BytesPerPhysicalSector;
    ULONG BytesOffsetForSectorAlignment;
    BOOLEAN LBProvisioningEnabled;
    BOOLEAN LBProvisioningReadZeros;
    UCHAR Reserved0[2];
    ULONG Reserved1;
} CLASS_READ_CAPACITY16_DATA, *PCLASS_READ_CAPACITY16_DATA;

typedef struct _CLASS_VPD_ECOP_BLOCK_DEVICE_ROD_LIMITS {
    NTSTATUS CommandStatus;
    USHORT MaximumRangeDescriptors;
    UCHAR Restricted;
    UCHAR Reserved;
    ULONG MaximumInactivityTimer;
    ULONG DefaultInactivityTimer;
    ULONGLONG MaximumTokenTransferSize;
    ULONGLONG OptimalTransferCount;
} CLASS_VPD_ECOP_BLOCK_DEVICE_ROD_LIMITS, *PCLASS_VPD_ECOP_BLOCK_DEVICE_ROD_LIMITS;

typedef struct _CLASS_FUNCTION_SUPPORT_INFO {
    KSPIN_LOCK SyncLock;
    ULONG GenerationCount;
    volatile ULONG ChangeRequestCount;
    struct {
        ULONG BlockLimits : 1;
        ULONG BlockDeviceCharacteristics : 1;
        ULONG LBProvisioning : 1;
        ULONG BlockDeviceRODLimits : 1;
        ULONG ZonedBlockDeviceCharacteristics : 1;
        ULONG Reserved : 22;
        ULONG DeviceType : 5;
    } ValidInquiryPages;
    struct {
        CLASS_FUNCTION_SUPPORT SeekPenaltyProperty;
        CLASS_FUNCTION_SUPPORT AccessAlignmentProperty;
        CLASS_FUNCTION_SUPPORT TrimProperty;
        CLASS_FUNCTION_SUPPORT TrimProcess;
    } LowerLayerSupport;
    BOOLEAN RegAccessAlignmentQueryNotSupported;
    BOOLEAN AsynchronousNotificationSupported;
    BOOLEAN UseModeSense10;
    UCHAR Reserved;
    CLASS_VPD_B0_DATA BlockLimitsData;
    CLASS_VPD_B1_DATA DeviceCharacteristicsData;
    CLASS_VPD_B2_DATA LBProvisioningData;
    CLASS_READ_CAPACITY16_DATA ReadCapacity16Data;
    CLASS_VPD_ECOP_BLOCK_DEVICE_ROD_LIMITS BlockDeviceRODLimitsData;
    struct {
        ULONG D3ColdSupported : 1;
        ULONG DeviceWakeable : 1;
        ULONG IdlePowerEnabled : 1;
        ULONG D3IdleTimeoutOverridden : 1;
        ULONG NoVerifyDuringIdlePower : 1;
        ULONG Reserved2 : 27;
        ULONG D3IdleTimeout;
    } IdlePower;
    CLASS_FUNCTION_SUPPORT HwFirmwareGetInfoSupport;
    PSTORAGE_HW_FIRMWARE_INFO HwFirmwareInfo;
} CLASS_FUNCTION_SUPPORT_INFO, *PCLASS_FUNCTION_SUPPORT_INFO;

typedef struct _ADDITIONAL_FDO_DATA {
    ULONG DeviceGuidFlags;
    GUID DeviceGuid;
} ADDITIONAL_FDO_DATA, *PADDITIONAL_FDO_DATA;

struct _FUNCTIONAL_DEVICE_EXTENSION {
    union {
        struct {
            ULONG Version;
            PDEVICE_OBJECT DeviceObject;
        };
        COMMON_DEVICE_EXTENSION CommonExtension;
    };
    PDEVICE_OBJECT LowerPdo;
    PSTORAGE_DEVICE_DESCRIPTOR DeviceDescriptor;
    PSTORAGE_ADAPTER_DESCRIPTOR AdapterDescriptor;
    DEVICE_POWER_STATE DevicePowerState;
    ULONG DMByteSkew;
    ULONG DMSkew;
    BOOLEAN DMActive;
    UCHAR SenseDataLength;
    UCHAR Reserved0[2];
    DISK_GEOMETRY DiskGeometry;
    PSENSE_DATA SenseData;
    ULONG TimeOutValue;
    ULONG DeviceNumber;
    ULONG SrbFlags;
    ULONG ErrorCount;
    LONG LockCount;
    LONG ProtectedLockCount;
    LONG InternalLockCount;
    KEVENT EjectSynchronizationEvent;
    USHORT DeviceFlags;
    UCHAR SectorShift;
    UCHAR CdbForceUnitAccess;
    PMEDIA_CHANGE_DETECTION_INFO MediaChangeDetectionInfo;
    PKEVENT Unused1;
    HANDLE Unused2;
    FILE_OBJECT_EXTENSION KernelModeMcnContext;
    ULONG MediaChangeCount;
    HANDLE DeviceDirectory;
    KSPIN_LOCK ReleaseQueueSpinLock;
    PIRP ReleaseQueueIrp;
    SCSI_REQUEST_BLOCK ReleaseQueueSrb;
    BOOLEAN ReleaseQueueNeeded;
    BOOLEAN ReleaseQueueInProgress;
    BOOLEAN ReleaseQueueIrpFromPool;
    BOOLEAN FailurePredicted;
    ULONG FailureReason;
    PFAILURE_PREDICTION_INFO FailurePredictionInfo;
    BOOLEAN PowerDownInProgress;
    ULONG EnumerationInterlock;
    KEVENT ChildLock;
    PKTHREAD ChildLockOwner;
    ULONG ChildLockAcquisitionCount;
    ULONG ScanForSpecialFlags;
    KDPC PowerRetryDpc;
    KTIMER PowerRetryTimer;
    CLASS_POWER_CONTEXT PowerContext;
    PCLASS_PRIVATE_FDO_DATA PrivateFdoData;
    PCLASS_FUNCTION_SUPPORT_INFO FunctionSupportInfo;
    PSTORAGE_MINIPORT_DESCRIPTOR MiniportDescriptor;
    PADDITIONAL_FDO_DATA AdditionalFdoData;
};

struct _PHYSICAL_DEVICE_EXTENSION {
    union {
        struct {
            ULONG Version;
            PDEVICE_OBJECT DeviceObject;
        };
        COMMON_DEVICE_EXTENSION CommonExtension;
    };
    BOOLEAN IsMissing;
    BOOLEAN IsEnumerated;
    PCLASS_PRIVATE_PDO_DATA PrivatePdoData;
    ULONG_PTR Reserved2;
    ULONG_PTR Reserved3;
    ULONG_PTR Reserved4;
};

/* Extended SRB buffer sizes used by class drivers */
#define CLASS_SRBEX_SCSI_CDB16_BUFFER_SIZE \
    (sizeof(STORAGE_REQUEST_BLOCK) + sizeof(STOR_ADDR_BTL8) + sizeof(SRBEX_DATA_SCSI_CDB16))
#define CLASS_SRBEX_NO_SRBEX_DATA_BUFFER_SIZE \
    (sizeof(STORAGE_REQUEST_BLOCK) + sizeof(STOR_ADDR_BTL8))

typedef struct _COMPLETION_CONTEXT {
    PDEVICE_OBJECT DeviceObject;
    union {
        SCSI_REQUEST_BLOCK Srb;
        STORAGE_REQUEST_BLOCK SrbEx;
        UCHAR SrbExBuffer[CLASS_SRBEX_SCSI_CDB16_BUFFER_SIZE];
    } Srb;
} COMPLETION_CONTEXT, *PCOMPLETION_CONTEXT;

/* ------------------------------------------------------------------ */
/* Routines                                                            */
/* ------------------------------------------------------------------ */

_IRQL_requires_max_(PASSIVE_LEVEL) _Must_inspect_result_
SCSIPORT_API ULONG
ClassInitialize(_In_ PVOID Argument1, _In_ PVOID Argument2,
    _In_ PCLASS_INIT_DATA InitializationData);

_IRQL_requires_max_(PASSIVE_LEVEL) _Must_inspect_result_
SCSIPORT_API ULONG
ClassInitializeEx(_In_ PDRIVER_OBJECT DriverObject, _In_ LPGUID Guid, _In_ PVOID Data);

_IRQL_requires_max_(PASSIVE_LEVEL) _Must_inspect_result_
SCSIPORT_API NTSTATUS
ClassCreateDeviceObject(_In_ PDRIVER_OBJECT DriverObject, _In_z_ PCCHAR ObjectNameBuffer,
    _In_ PDEVICE_OBJECT LowerDeviceObject, _In_ BOOLEAN IsFdo,
    _Outptr_result_nullonfailure_ PDEVICE_OBJECT *DeviceObject);

_Must_inspect_result_
SCSIPORT_API NTSTATUS
ClassReadDriveCapacity(_In_ PDEVICE_OBJECT DeviceObject);

SCSIPORT_API VOID
ClassReleaseQueue(_In_ PDEVICE_OBJECT DeviceObject);

SCSIPORT_API VOID
ClassSplitRequest(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp, _In_ ULONG MaximumBytes);

SCSIPORT_API NTSTATUS
ClassDeviceControl(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp);

SCSIPORT_API IO_COMPLETION_ROUTINE ClassIoComplete;
SCSIPORT_API IO_COMPLETION_ROUTINE ClassIoCompleteAssociated;
SCSIPORT_API IO_COMPLETION_ROUTINE ClassCheckVerifyComplete;
IO_COMPLETION_ROUTINE ClassSignalCompletion;
SCSIPORT_API IO_COMPLETION_ROUTINE ClassAsynchronousCompletion;

SCSIPORT_API BOOLEAN
ClassInterpretSenseInfo(_In_ PDEVICE_OBJECT DeviceObject, _In_ PSCSI_REQUEST_BLOCK Srb,
    _In_ UCHAR MajorFunctionCode, _In_ ULONG IoDeviceCode, _In_ ULONG RetryCount,
    _Out_ NTSTATUS *Status, _Out_opt_ ULONG *RetryInterval);

VOID
ClassSendDeviceIoControlSynchronous(_In_ ULONG IoControlCode,
    _In_ PDEVICE_OBJECT TargetDeviceObject, _Inout_opt_ PVOID Buffer,
    _In_ ULONG InputBufferLength, _In_ ULONG OutputBufferLength,
    _In_ BOOLEAN InternalDeviceIoControl, _Out_ PIO_STATUS_BLOCK IoStatus);

SCSIPORT_API NTSTATUS
ClassSendIrpSynchronous(_In_ PDEVICE_OBJECT TargetDeviceObject, _In_ PIRP Irp);

SCSIPORT_API NTSTATUS
ClassForwardIrpSynchronous(_In_ PCOMMON_DEVICE_EXTENSION CommonExtension, _In_ PIRP Irp);

SCSIPORT_API NTSTATUS
ClassSendSrbSynchronous(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PSCSI_REQUEST_BLOCK Srb,
    _In_reads_bytes_opt_(BufferLength) PVOID BufferAddress, _In_ ULONG BufferLength,
    _In_ BOOLEAN WriteToDevice);

_Success_(return == STATUS_PENDING)
SCSIPORT_API NTSTATUS
ClassSendSrbAsynchronous(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PSCSI_REQUEST_BLOCK Srb,
    _In_ PIRP Irp, _In_reads_bytes_opt_(BufferLength) PVOID BufferAddress,
    _In_ ULONG BufferLength, _In_ BOOLEAN WriteToDevice);

SCSIPORT_API NTSTATUS
ClassBuildRequest(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp);

SCSIPORT_API ULONG
ClassModeSense(_In_ PDEVICE_OBJECT DeviceObject,
    _In_reads_bytes_(Length) PCHAR ModeSenseBuffer, _In_ ULONG Length, _In_ UCHAR PageMode);

SCSIPORT_API ULONG
ClassModeSenseEx(_In_ PDEVICE_OBJECT Fdo, _In_reads_bytes_(Length) PCHAR ModeSenseBuffer,
    _In_ ULONG Length, _In_ UCHAR PageMode, _In_ UCHAR PageControl);

SCSIPORT_API NTSTATUS
ClassModeSelect(_In_ PDEVICE_OBJECT Fdo, _In_reads_bytes_(Length) PCHAR ModeSelectBuffer,
    _In_ ULONG Length, _In_ BOOLEAN SavePages);

SCSIPORT_API PVOID
ClassFindModePage(_In_reads_bytes_(Length) PCHAR ModeSenseBuffer, _In_ ULONG Length,
    _In_ UCHAR PageMode, _In_ BOOLEAN Use6Byte);

_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API NTSTATUS
ClassClaimDevice(_In_ PDEVICE_OBJECT LowerDeviceObject, _In_ BOOLEAN Release);

SCSIPORT_API DRIVER_DISPATCH ClassInternalIoControl;

_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API VOID
ClassInitializeSrbLookasideList(_Inout_ PCOMMON_DEVICE_EXTENSION CommonExtension,
    _In_ ULONG NumberElements);

_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API VOID
ClassDeleteSrbLookasideList(_Inout_ PCOMMON_DEVICE_EXTENSION CommonExtension);

_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API ULONG
ClassQueryTimeOutRegistryValue(_In_ PDEVICE_OBJECT DeviceObject);

_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API NTSTATUS
ClassGetDescriptor(_In_ PDEVICE_OBJECT DeviceObject, _In_ PSTORAGE_PROPERTY_ID PropertyId,
    _Outptr_ PVOID *Descriptor);

_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API VOID
ClassInvalidateBusRelations(_In_ PDEVICE_OBJECT Fdo);

_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API VOID
ClassMarkChildrenMissing(_In_ PFUNCTIONAL_DEVICE_EXTENSION Fdo);

_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API BOOLEAN
ClassMarkChildMissing(_In_ PPHYSICAL_DEVICE_EXTENSION PdoExtension,
    _In_ BOOLEAN AcquireChildLock);

SCSIPORT_API VOID
ClassDebugPrint(_In_ CLASS_DEBUG_LEVEL DebugPrintLevel, _In_z_ PCCHAR DebugMessage, ...);

_IRQL_requires_max_(DISPATCH_LEVEL)
SCSIPORT_API PCLASS_DRIVER_EXTENSION
ClassGetDriverExtension(_In_ PDRIVER_OBJECT DriverObject);

SCSIPORT_API VOID
ClassCompleteRequest(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp,
    _In_ CCHAR PriorityBoost);

SCSIPORT_API VOID
ClassReleaseRemoveLock(_In_ PDEVICE_OBJECT DeviceObject, _In_opt_ PIRP Tag);

SCSIPORT_API ULONG
ClassAcquireRemoveLockEx(_In_ PDEVICE_OBJECT DeviceObject, _In_ PVOID Tag,
    _In_ PCSTR File, _In_ ULONG Line);

_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API VOID
ClassUpdateInformationInRegistry(_In_ PDEVICE_OBJECT Fdo, _In_ PCHAR DeviceName,
    _In_ ULONG DeviceNumber,
    _In_reads_bytes_opt_(InquiryDataLength) PINQUIRYDATA InquiryData,
    _In_ ULONG InquiryDataLength);

SCSIPORT_API NTSTATUS
ClassWmiCompleteRequest(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp,
    _In_ NTSTATUS Status, _In_ ULONG BufferUsed, _In_ CCHAR PriorityBoost);

_IRQL_requires_max_(DISPATCH_LEVEL)
SCSIPORT_API NTSTATUS
ClassWmiFireEvent(_In_ PDEVICE_OBJECT DeviceObject, _In_ LPGUID Guid,
    _In_ ULONG InstanceIndex, _In_ ULONG EventDataSize,
    _In_reads_bytes_(EventDataSize) PVOID EventData);

SCSIPORT_API VOID
ClassResetMediaChangeTimer(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension);

_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API VOID
ClassInitializeMediaChangeDetection(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension,
    _In_ PUCHAR EventPrefix);

_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API NTSTATUS
ClassInitializeTestUnitPolling(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension,
    _In_ BOOLEAN AllowDriveToSleep);

SCSIPORT_API PVPB
ClassGetVpb(_In_ PDEVICE_OBJECT DeviceObject);

SCSIPORT_API NTSTATUS
ClassSpinDownPowerHandler(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp);

NTSTATUS
ClassStopUnitPowerHandler(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp);

NTSTATUS
ClassMinimalPowerHandler(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
ClassSetFailurePredictionPoll(_Inout_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension,
    _In_ FAILURE_PREDICTION_METHOD FailurePredictionMethod, _In_ ULONG PollingPeriod);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
ClassNotifyFailurePredicted(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension,
    _In_reads_bytes_(BufferSize) PUCHAR Buffer, _In_ ULONG BufferSize,
    _In_ BOOLEAN LogError, _In_ ULONG UniqueErrorValue, _In_ UCHAR PathId,
    _In_ UCHAR TargetId, _In_ UCHAR Lun);

_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API VOID
ClassAcquireChildLock(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension);

SCSIPORT_API VOID
ClassReleaseChildLock(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension);

VOID
ClassSendStartUnit(_In_ PDEVICE_OBJECT DeviceObject);

_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API NTSTATUS
ClassRemoveDevice(_In_ PDEVICE_OBJECT DeviceObject, _In_ UCHAR RemoveType);

SCSIPORT_API VOID
ClassCheckMediaState(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension);

_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API VOID
ClassSetMediaChangeState(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension,
    _In_ MEDIA_CHANGE_DETECTION_STATE State, _In_ BOOLEAN Wait);

_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API VOID
ClassEnableMediaChangeDetection(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension);

_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API VOID
ClassDisableMediaChangeDetection(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension);

_IRQL_requires_max_(PASSIVE_LEVEL)
SCSIPORT_API VOID
ClassCleanupMediaChangeDetection(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension);

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID
ClassGetDeviceParameter(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension,
    _In_opt_ PWSTR SubkeyName, _In_ PWSTR ParameterName, _Inout_ PULONG ParameterValue);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
ClassSetDeviceParameter(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension,
    _In_opt_ PWSTR SubkeyName, _In_ PWSTR ParameterName, _In_ ULONG ParameterValue);

_IRQL_requires_max_(PASSIVE_LEVEL)
PFILE_OBJECT_EXTENSION
ClassGetFsContext(_In_ PCOMMON_DEVICE_EXTENSION CommonExtension,
    _In_ PFILE_OBJECT FileObject);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
ClassSendNotification(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension,
    _In_ const GUID *Guid, _In_ ULONG ExtraDataSize,
    _In_reads_bytes_opt_(ExtraDataSize) PVOID ExtraData);

/* Logical block provisioning and offload data transfer (Windows 8+) */
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
ClassGetLBProvisioningLogPage(_In_ PDEVICE_OBJECT DeviceObject,
    _In_ PSCSI_REQUEST_BLOCK Srb, _In_ ULONG LogPageSize,
    _Inout_ PLOG_PAGE_LOGICAL_BLOCK_PROVISIONING LogPage);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
ClassInterpretLBProvisioningLogPage(_In_ PDEVICE_OBJECT DeviceObject,
    _In_ ULONG LogPageSize, _In_ PLOG_PAGE_LOGICAL_BLOCK_PROVISIONING LogPage,
    _In_ ULONG ResourcesSize, _Out_ PSTORAGE_LB_PROVISIONING_MAP_RESOURCES Resources);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
ClassGetLBProvisioningResources(_In_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PSCSI_REQUEST_BLOCK Srb, _In_ ULONG ResourcesSize,
    _Inout_ PSTORAGE_LB_PROVISIONING_MAP_RESOURCES Resources);

_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS
ClassDeviceGetLBProvisioningResources(_In_ PDEVICE_OBJECT DeviceObject,
    _Inout_ PIRP Irp, _Inout_ PSCSI_REQUEST_BLOCK Srb);

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS
ClassDetermineTokenOperationCommandSupport(_In_ PDEVICE_OBJECT DeviceObject);

_IRQL_requires_max_(APC_LEVEL)
NTSTATUS
ClassDeviceProcessOffloadRead(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp,
    _Inout_ PSCSI_REQUEST_BLOCK Srb);

_IRQL_requires_max_(APC_LEVEL)
NTSTATUS
ClassDeviceProcessOffloadWrite(_In_ PDEVICE_OBJECT DeviceObject, _In_ PIRP Irp,
    _Inout_ PSCSI_REQUEST_BLOCK Srb);

/* Hardware firmware requests (Windows 10+) */
BOOLEAN
ClassDeviceHwFirmwareIsPortDriverSupported(_In_ PDEVICE_OBJECT DeviceObject);

NTSTATUS
ClassDeviceHwFirmwareGetInfoProcess(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp);

NTSTATUS
ClassDeviceHwFirmwareDownloadProcess(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp,
    _Inout_ PSCSI_REQUEST_BLOCK Srb);

NTSTATUS
ClassDeviceHwFirmwareActivateProcess(_In_ PDEVICE_OBJECT DeviceObject, _Inout_ PIRP Irp,
    _Inout_ PSCSI_REQUEST_BLOCK Srb);

/* ------------------------------------------------------------------ */
/* Inline helpers                                                      */
/* ------------------------------------------------------------------ */

static __inline UCHAR
GET_FDO_EXTENSON_SENSE_DATA_LENGTH(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension)
{
    if (FdoExtension->SenseData == NULL) {
        return 0;
    }
    return (FdoExtension->SenseDataLength > 0) ? FdoExtension->SenseDataLength
                                               : (UCHAR)SENSE_BUFFER_SIZE;
}

static __inline BOOLEAN
PORT_ALLOCATED_SENSE(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension,
    _In_ PSCSI_REQUEST_BLOCK Srb)
{
    return (BOOLEAN)(TEST_FLAG(Srb->SrbFlags, SRB_FLAGS_PORT_DRIVER_ALLOCSENSE) &&
                     TEST_FLAG(Srb->SrbFlags, SRB_FLAGS_FREE_SENSE_BUFFER) &&
                     Srb->SenseInfoBuffer != FdoExtension->SenseData);
}

static __inline VOID
FREE_PORT_ALLOCATED_SENSE_BUFFER(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension,
    _In_ PSCSI_REQUEST_BLOCK Srb)
{
    ExFreePool(Srb->SenseInfoBuffer);
    Srb->SenseInfoBuffer = FdoExtension->SenseData;
    Srb->SenseInfoBufferLength = GET_FDO_EXTENSON_SENSE_DATA_LENGTH(FdoExtension);
    CLEAR_FLAG(Srb->SrbFlags, SRB_FLAGS_FREE_SENSE_BUFFER);
}

typedef VOID (*PCLASS_SCAN_FOR_SPECIAL_HANDLER)(
    _In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension, _In_ ULONG_PTR Data);

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID
ClassScanForSpecial(_In_ PFUNCTIONAL_DEVICE_EXTENSION FdoExtension,
    _In_ CLASSPNP_SCAN_FOR_SPECIAL_INFO DeviceList[],
    _In_ PCLASS_SCAN_FOR_SPECIAL_HANDLER Function);

#ifdef __cplusplus
}
#endif

#endif /* _CLASS_ */
