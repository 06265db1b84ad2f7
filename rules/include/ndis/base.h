/*
 * ndis/base.h - ddicheck overlay header, part of ndis.h.
 *
 * Written for ddicheck from the documented NDIS API (Microsoft Learn);
 * used only when the real Windows Driver Kit is absent.
 * Base types, status codes and the library services (memory, locks, events,
 * strings, configuration, timers, work items, MDLs, logging, devices).
 */
#ifndef DDICHECK_NDIS_BASE_H
#define DDICHECK_NDIS_BASE_H

#include <ntstatus.h>

#ifndef NDISAPI
#define NDISAPI DECLSPEC_IMPORT
#endif

#define NDIS_INIT_FUNCTION(f) alloc_text(INIT, f)
#define NDIS_PAGABLE_FUNCTION(f) alloc_text(PAGE, f)
#define NDIS_PAGEABLE_FUNCTION(f) alloc_text(PAGE, f)

typedef PVOID NDIS_HANDLE, *PNDIS_HANDLE;
typedef UNICODE_STRING NDIS_STRING, *PNDIS_STRING;
typedef ANSI_STRING NDIS_ANSI_STRING, *PNDIS_ANSI_STRING;
typedef UNICODE_STRING NDIS_UNICODE_STRING, *PNDIS_UNICODE_STRING;
typedef PHYSICAL_ADDRESS NDIS_PHYSICAL_ADDRESS, *PNDIS_PHYSICAL_ADDRESS;
typedef MDL NDIS_BUFFER, *PNDIS_BUFFER;
typedef ULONG NDIS_ERROR_CODE, *PNDIS_ERROR_CODE;
typedef CM_PARTIAL_RESOURCE_LIST NDIS_RESOURCE_LIST, *PNDIS_RESOURCE_LIST;
typedef struct _NDIS_PACKET NDIS_PACKET, *PNDIS_PACKET;
typedef struct _NDIS_MINIPORT_BLOCK NDIS_MINIPORT_BLOCK, *PNDIS_MINIPORT_BLOCK;
typedef struct _NDIS_OPEN_BLOCK NDIS_OPEN_BLOCK, *PNDIS_OPEN_BLOCK;
typedef struct _NDIS_M_DRIVER_BLOCK NDIS_M_DRIVER_BLOCK, *PNDIS_M_DRIVER_BLOCK;

#define NDIS_DECLARE_MINIPORT_DRIVER_CONTEXT(type)
#define NDIS_DECLARE_MINIPORT_ADAPTER_CONTEXT(type)
#define NDIS_DECLARE_MINIPORT_INTERRUPT_CONTEXT(type)
#define NDIS_DECLARE_PROTOCOL_DRIVER_CONTEXT(type)
#define NDIS_DECLARE_PROTOCOL_BIND_CONTEXT(type)
#define NDIS_DECLARE_PROTOCOL_OPEN_CONTEXT(type)
#define NDIS_DECLARE_FILTER_DRIVER_CONTEXT(type)
#define NDIS_DECLARE_FILTER_MODULE_CONTEXT(type)
#define NDIS_DECLARE_CO_PROTOCOL_CONTEXT(type)

/* Status codes. */
#define NDIS_STATUS_SUCCESS ((NDIS_STATUS)STATUS_SUCCESS)
#define NDIS_STATUS_PENDING ((NDIS_STATUS)STATUS_PENDING)
#define NDIS_STATUS_NOT_RECOGNIZED ((NDIS_STATUS)0x00010001L)
#define NDIS_STATUS_NOT_COPIED ((NDIS_STATUS)0x00010002L)
#define NDIS_STATUS_NOT_ACCEPTED ((NDIS_STATUS)0x00010003L)
#define NDIS_STATUS_CALL_ACTIVE ((NDIS_STATUS)0x00010007L)
#define NDIS_STATUS_INDICATION_REQUIRED ((NDIS_STATUS)STATUS_NDIS_INDICATION_REQUIRED)
#define NDIS_STATUS_ONLINE ((NDIS_STATUS)0x40010003L)
#define NDIS_STATUS_RESET_START ((NDIS_STATUS)0x40010004L)
#define NDIS_STATUS_RESET_END ((NDIS_STATUS)0x40010005L)
#define NDIS_STATUS_RING_STATUS ((NDIS_STATUS)0x40010006L)
#define NDIS_STATUS_CLOSED ((NDIS_STATUS)0x40010007L)
#define NDIS_STATUS_WAN_LINE_UP ((NDIS_STATUS)0x40010008L)
#define NDIS_STATUS_WAN_LINE_DOWN ((NDIS_STATUS)0x40010009L)
#define NDIS_STATUS_WAN_FRAGMENT ((NDIS_STATUS)0x4001000AL)
#define NDIS_STATUS_MEDIA_CONNECT ((NDIS_STATUS)0x4001000BL)
#define NDIS_STATUS_MEDIA_DISCONNECT ((NDIS_STATUS)0x4001000CL)
#define NDIS_STATUS_HARDWARE_LINE_UP ((NDIS_STATUS)0x4001000DL)
#define NDIS_STATUS_HARDWARE_LINE_DOWN ((NDIS_STATUS)0x4001000EL)
#define NDIS_STATUS_INTERFACE_UP ((NDIS_STATUS)0x4001000FL)
#define NDIS_STATUS_INTERFACE_DOWN ((NDIS_STATUS)0x40010010L)
#define NDIS_STATUS_MEDIA_BUSY ((NDIS_STATUS)0x40010011L)
#define NDIS_STATUS_MEDIA_SPECIFIC_INDICATION ((NDIS_STATUS)0x40010012L)
#define NDIS_STATUS_WW_INDICATION NDIS_STATUS_MEDIA_SPECIFIC_INDICATION
#define NDIS_STATUS_LINK_SPEED_CHANGE ((NDIS_STATUS)0x40010013L)
#define NDIS_STATUS_WAN_GET_STATS ((NDIS_STATUS)0x40010014L)
#define NDIS_STATUS_WAN_CO_FRAGMENT ((NDIS_STATUS)0x40010015L)
#define NDIS_STATUS_WAN_CO_LINKPARAMS ((NDIS_STATUS)0x40010016L)
#define NDIS_STATUS_LINK_STATE ((NDIS_STATUS)0x40010017L)
#define NDIS_STATUS_NETWORK_CHANGE ((NDIS_STATUS)0x40010018L)
#define NDIS_STATUS_MEDIA_SPECIFIC_INDICATION_EX ((NDIS_STATUS)0x40010019L)
#define NDIS_STATUS_PORT_STATE ((NDIS_STATUS)0x40010022L)
#define NDIS_STATUS_OPER_STATUS ((NDIS_STATUS)0x40010023L)
#define NDIS_STATUS_PACKET_FILTER ((NDIS_STATUS)0x40010024L)
#define NDIS_STATUS_WAN_CO_MTULINKPARAMS ((NDIS_STATUS)0x40010025L)
#define NDIS_STATUS_IP_OPER_STATUS ((NDIS_STATUS)0x40010026L)
#define NDIS_STATUS_OFFLOAD_PAUSE ((NDIS_STATUS)0x40020001L)
#define NDIS_STATUS_UPLOAD_ALL ((NDIS_STATUS)0x40020002L)
#define NDIS_STATUS_OFFLOAD_RESUME ((NDIS_STATUS)0x40020003L)
#define NDIS_STATUS_OFFLOAD_PARTIAL_SUCCESS ((NDIS_STATUS)0x40020004L)
#define NDIS_STATUS_SEND_ABORTED ((NDIS_STATUS)0x40020005L)
#define NDIS_STATUS_TASK_OFFLOAD_CURRENT_CONFIG ((NDIS_STATUS)0x40020006L)
#define NDIS_STATUS_TASK_OFFLOAD_HARDWARE_CAPABILITIES ((NDIS_STATUS)0x40020007L)
#define NDIS_STATUS_OFFLOAD_ENCASPULATION_CHANGE ((NDIS_STATUS)0x40020008L)
#define NDIS_STATUS_TCP_CONNECTION_OFFLOAD_HARDWARE_CAPABILITIES ((NDIS_STATUS)0x4002000BL)
#define NDIS_STATUS_HD_SPLIT_CURRENT_CONFIG ((NDIS_STATUS)0x4002000DL)
#define NDIS_STATUS_RECEIVE_QUEUE_STATE ((NDIS_STATUS)0x4002000EL)
#define NDIS_STATUS_NIC_SWITCH_CURRENT_CAPABILITIES ((NDIS_STATUS)0x40020015L)
#define NDIS_STATUS_RECEIVE_FILTER_CURRENT_CAPABILITIES ((NDIS_STATUS)0x40020018L)
#define NDIS_STATUS_RECEIVE_FILTER_HARDWARE_CAPABILITIES ((NDIS_STATUS)0x40020019L)
#define NDIS_STATUS_RECEIVE_FILTER_QUEUE_STATE_CHANGE ((NDIS_STATUS)0x4002001AL)
#define NDIS_STATUS_SRIOV_VF_RESET_REQUEST ((NDIS_STATUS)0x4002001BL)
#define NDIS_STATUS_PM_WOL_PATTERN_REJECTED ((NDIS_STATUS)0x40030051L)
#define NDIS_STATUS_PM_OFFLOAD_REJECTED ((NDIS_STATUS)0x40030052L)
#define NDIS_STATUS_PM_CAPABILITIES_CHANGE ((NDIS_STATUS)0x40030053L)
#define NDIS_STATUS_PM_HARDWARE_CAPABILITIES ((NDIS_STATUS)0x40030054L)
#define NDIS_STATUS_QOS_OPERATIONAL_PARAMETERS_CHANGE ((NDIS_STATUS)0x40040006L)
#define NDIS_STATUS_QOS_REMOTE_PARAMETERS_CHANGE ((NDIS_STATUS)0x40040007L)
#define NDIS_STATUS_SWITCH_NIC_STATUS ((NDIS_STATUS)0x40230000L)
#define NDIS_STATUS_SWITCH_PORT_REMOVE_VF ((NDIS_STATUS)0x40230001L)
#define NDIS_STATUS_WDI_INDICATION ((NDIS_STATUS)0x40240000L)
#define NDIS_STATUS_DOT11_SCAN_CONFIRM ((NDIS_STATUS)0x40030000L)
#define NDIS_STATUS_DOT11_MPDU_MAX_LENGTH_CHANGED ((NDIS_STATUS)0x40030001L)
#define NDIS_STATUS_DOT11_ASSOCIATION_START ((NDIS_STATUS)0x40030002L)
#define NDIS_STATUS_DOT11_ASSOCIATION_COMPLETION ((NDIS_STATUS)0x40030003L)
#define NDIS_STATUS_DOT11_CONNECTION_START ((NDIS_STATUS)0x40030004L)
#define NDIS_STATUS_DOT11_CONNECTION_COMPLETION ((NDIS_STATUS)0x40030005L)
#define NDIS_STATUS_DOT11_ROAMING_START ((NDIS_STATUS)0x40030006L)
#define NDIS_STATUS_DOT11_ROAMING_COMPLETION ((NDIS_STATUS)0x40030007L)
#define NDIS_STATUS_DOT11_DISASSOCIATION ((NDIS_STATUS)0x40030008L)
#define NDIS_STATUS_DOT11_TKIPMIC_FAILURE ((NDIS_STATUS)0x40030009L)
#define NDIS_STATUS_DOT11_PMKID_CANDIDATE_LIST ((NDIS_STATUS)0x4003000AL)
#define NDIS_STATUS_DOT11_PHY_STATE_CHANGED ((NDIS_STATUS)0x4003000BL)
#define NDIS_STATUS_DOT11_LINK_QUALITY ((NDIS_STATUS)0x4003000CL)

#define NDIS_STATUS_NOT_RESETTABLE ((NDIS_STATUS)0x80010001L)
#define NDIS_STATUS_SOFT_ERRORS ((NDIS_STATUS)0x80010003L)
#define NDIS_STATUS_HARD_ERRORS ((NDIS_STATUS)0x80010004L)
#define NDIS_STATUS_BUFFER_OVERFLOW ((NDIS_STATUS)STATUS_BUFFER_OVERFLOW)

#define NDIS_STATUS_FAILURE ((NDIS_STATUS)STATUS_UNSUCCESSFUL)
#define NDIS_STATUS_RESOURCES ((NDIS_STATUS)STATUS_INSUFFICIENT_RESOURCES)
#define NDIS_STATUS_CLOSING ((NDIS_STATUS)STATUS_NDIS_CLOSING)
#define NDIS_STATUS_BAD_VERSION ((NDIS_STATUS)STATUS_NDIS_BAD_VERSION)
#define NDIS_STATUS_BAD_CHARACTERISTICS ((NDIS_STATUS)STATUS_NDIS_BAD_CHARACTERISTICS)
#define NDIS_STATUS_ADAPTER_NOT_FOUND ((NDIS_STATUS)STATUS_NDIS_ADAPTER_NOT_FOUND)
#define NDIS_STATUS_OPEN_FAILED ((NDIS_STATUS)STATUS_NDIS_OPEN_FAILED)
#define NDIS_STATUS_DEVICE_FAILED ((NDIS_STATUS)STATUS_NDIS_DEVICE_FAILED)
#define NDIS_STATUS_MULTICAST_FULL ((NDIS_STATUS)STATUS_NDIS_MULTICAST_FULL)
#define NDIS_STATUS_MULTICAST_EXISTS ((NDIS_STATUS)STATUS_NDIS_MULTICAST_EXISTS)
#define NDIS_STATUS_MULTICAST_NOT_FOUND ((NDIS_STATUS)STATUS_NDIS_MULTICAST_NOT_FOUND)
#define NDIS_STATUS_REQUEST_ABORTED ((NDIS_STATUS)STATUS_NDIS_REQUEST_ABORTED)
#define NDIS_STATUS_RESET_IN_PROGRESS ((NDIS_STATUS)STATUS_NDIS_RESET_IN_PROGRESS)
#define NDIS_STATUS_CLOSING_INDICATING ((NDIS_STATUS)0xC001000EL)
#define NDIS_STATUS_NOT_SUPPORTED ((NDIS_STATUS)STATUS_NOT_SUPPORTED)
#define NDIS_STATUS_INVALID_PACKET ((NDIS_STATUS)STATUS_NDIS_INVALID_PACKET)
#define NDIS_STATUS_OPEN_LIST_FULL ((NDIS_STATUS)0xC0010010L)
#define NDIS_STATUS_ADAPTER_NOT_READY ((NDIS_STATUS)STATUS_NDIS_ADAPTER_NOT_READY)
#define NDIS_STATUS_ADAPTER_NOT_OPEN ((NDIS_STATUS)0xC0010012L)
#define NDIS_STATUS_NOT_INDICATING ((NDIS_STATUS)0xC0010013L)
#define NDIS_STATUS_INVALID_LENGTH ((NDIS_STATUS)STATUS_NDIS_INVALID_LENGTH)
#define NDIS_STATUS_INVALID_DATA ((NDIS_STATUS)STATUS_NDIS_INVALID_DATA)
#define NDIS_STATUS_BUFFER_TOO_SHORT ((NDIS_STATUS)STATUS_NDIS_BUFFER_TOO_SHORT)
#define NDIS_STATUS_INVALID_OID ((NDIS_STATUS)STATUS_NDIS_INVALID_OID)
#define NDIS_STATUS_ADAPTER_REMOVED ((NDIS_STATUS)STATUS_NDIS_ADAPTER_REMOVED)
#define NDIS_STATUS_UNSUPPORTED_MEDIA ((NDIS_STATUS)STATUS_NDIS_UNSUPPORTED_MEDIA)
#define NDIS_STATUS_GROUP_ADDRESS_IN_USE ((NDIS_STATUS)STATUS_NDIS_GROUP_ADDRESS_IN_USE)
#define NDIS_STATUS_FILE_NOT_FOUND ((NDIS_STATUS)STATUS_NDIS_FILE_NOT_FOUND)
#define NDIS_STATUS_ERROR_READING_FILE ((NDIS_STATUS)STATUS_NDIS_ERROR_READING_FILE)
#define NDIS_STATUS_ALREADY_MAPPED ((NDIS_STATUS)STATUS_NDIS_ALREADY_MAPPED)
#define NDIS_STATUS_RESOURCE_CONFLICT ((NDIS_STATUS)STATUS_NDIS_RESOURCE_CONFLICT)
#define NDIS_STATUS_MEDIA_DISCONNECTED ((NDIS_STATUS)STATUS_NDIS_MEDIA_DISCONNECTED)
#define NDIS_STATUS_NO_CABLE NDIS_STATUS_MEDIA_DISCONNECTED
#define NDIS_STATUS_INVALID_SAP ((NDIS_STATUS)0xC0010020L)
#define NDIS_STATUS_SAP_IN_USE ((NDIS_STATUS)0xC0010021L)
#define NDIS_STATUS_INVALID_ADDRESS ((NDIS_STATUS)STATUS_NDIS_INVALID_ADDRESS)
#define NDIS_STATUS_VC_NOT_ACTIVATED ((NDIS_STATUS)0xC0010023L)
#define NDIS_STATUS_DEST_OUT_OF_ORDER ((NDIS_STATUS)0xC0010024L)
#define NDIS_STATUS_VC_NOT_AVAILABLE ((NDIS_STATUS)0xC0010025L)
#define NDIS_STATUS_CELLRATE_NOT_AVAILABLE ((NDIS_STATUS)0xC0010026L)
#define NDIS_STATUS_INCOMPATABLE_QOS ((NDIS_STATUS)0xC0010027L)
#define NDIS_STATUS_AAL_PARAMS_UNSUPPORTED ((NDIS_STATUS)0xC0010028L)
#define NDIS_STATUS_NO_ROUTE_TO_DESTINATION ((NDIS_STATUS)0xC0010029L)
#define NDIS_STATUS_TOKEN_RING_OPEN_ERROR ((NDIS_STATUS)0xC0011000L)
#define NDIS_STATUS_INVALID_DEVICE_REQUEST ((NDIS_STATUS)STATUS_INVALID_DEVICE_REQUEST)
#define NDIS_STATUS_NETWORK_UNREACHABLE ((NDIS_STATUS)STATUS_NETWORK_UNREACHABLE)
#define NDIS_STATUS_PAUSED ((NDIS_STATUS)STATUS_NDIS_PAUSED)
#define NDIS_STATUS_INTERFACE_NOT_FOUND ((NDIS_STATUS)STATUS_NDIS_INTERFACE_NOT_FOUND)
#define NDIS_STATUS_UNSUPPORTED_REVISION ((NDIS_STATUS)STATUS_NDIS_UNSUPPORTED_REVISION)
#define NDIS_STATUS_INVALID_PORT ((NDIS_STATUS)STATUS_NDIS_INVALID_PORT)
#define NDIS_STATUS_INVALID_PORT_STATE ((NDIS_STATUS)STATUS_NDIS_INVALID_PORT_STATE)
#define NDIS_STATUS_LOW_POWER_STATE ((NDIS_STATUS)STATUS_NDIS_LOW_POWER_STATE)
#define NDIS_STATUS_REINIT_REQUIRED ((NDIS_STATUS)0xC0230030L)
#define NDIS_STATUS_NO_QUEUES ((NDIS_STATUS)0xC0230031L)
#define NDIS_STATUS_INVALID_PARAMETER ((NDIS_STATUS)STATUS_INVALID_PARAMETER)
#define NDIS_STATUS_OFFLOAD_POLICY ((NDIS_STATUS)STATUS_NDIS_OFFLOAD_POLICY)
#define NDIS_STATUS_OFFLOAD_CONNECTION_REJECTED ((NDIS_STATUS)STATUS_NDIS_OFFLOAD_CONNECTION_REJECTED)
#define NDIS_STATUS_OFFLOAD_PATH_REJECTED ((NDIS_STATUS)STATUS_NDIS_OFFLOAD_PATH_REJECTED)
#define NDIS_STATUS_UPLOAD_IN_PROGRESS ((NDIS_STATUS)0xC0231001L)
#define NDIS_STATUS_REQUEST_UPLOAD ((NDIS_STATUS)0xC0231002L)
#define NDIS_STATUS_UPLOAD_REQUESTED ((NDIS_STATUS)0xC0231003L)
#define NDIS_STATUS_DOT11_AUTO_CONFIG_ENABLED ((NDIS_STATUS)STATUS_NDIS_DOT11_AUTO_CONFIG_ENABLED)
#define NDIS_STATUS_DOT11_MEDIA_IN_USE ((NDIS_STATUS)STATUS_NDIS_DOT11_MEDIA_IN_USE)
#define NDIS_STATUS_DOT11_POWER_STATE_INVALID ((NDIS_STATUS)STATUS_NDIS_DOT11_POWER_STATE_INVALID)
#define NDIS_STATUS_PM_WOL_PATTERN_LIST_FULL ((NDIS_STATUS)STATUS_NDIS_PM_WOL_PATTERN_LIST_FULL)
#define NDIS_STATUS_PM_PROTOCOL_OFFLOAD_LIST_FULL ((NDIS_STATUS)STATUS_NDIS_PM_PROTOCOL_OFFLOAD_LIST_FULL)
#define NDIS_STATUS_REQUEST_OUT_OF_SEQUENCE ((NDIS_STATUS)0xC0232010L)

/* Error log codes (NdisWriteErrorLogEntry). */
#define NDIS_ERROR_CODE_RESOURCE_CONFLICT EVENT_NDIS_RESOURCE_CONFLICT
#define NDIS_ERROR_CODE_OUT_OF_RESOURCES EVENT_NDIS_OUT_OF_RESOURCE
#define NDIS_ERROR_CODE_HARDWARE_FAILURE EVENT_NDIS_HARDWARE_FAILURE
#define NDIS_ERROR_CODE_ADAPTER_NOT_FOUND EVENT_NDIS_ADAPTER_NOT_FOUND
#define NDIS_ERROR_CODE_INTERRUPT_CONNECT EVENT_NDIS_INTERRUPT_CONNECT
#define NDIS_ERROR_CODE_DRIVER_FAILURE EVENT_NDIS_DRIVER_FAILURE
#define NDIS_ERROR_CODE_BAD_VERSION EVENT_NDIS_BAD_VERSION
#define NDIS_ERROR_CODE_TIMEOUT EVENT_NDIS_TIMEOUT
#define NDIS_ERROR_CODE_NETWORK_ADDRESS EVENT_NDIS_NETWORK_ADDRESS
#define NDIS_ERROR_CODE_UNSUPPORTED_CONFIGURATION EVENT_NDIS_UNSUPPORTED_CONFIGURATION
#define NDIS_ERROR_CODE_INVALID_VALUE_FROM_ADAPTER EVENT_NDIS_INVALID_VALUE_FROM_ADAPTER
#define NDIS_ERROR_CODE_MISSING_CONFIGURATION_PARAMETER EVENT_NDIS_MISSING_CONFIGURATION_PARAMETER
#define NDIS_ERROR_CODE_BAD_IO_BASE_ADDRESS EVENT_NDIS_BAD_IO_BASE_ADDRESS
#define NDIS_ERROR_CODE_RECEIVE_SPACE_SMALL EVENT_NDIS_RECEIVE_SPACE_SMALL
#define NDIS_ERROR_CODE_ADAPTER_DISABLED EVENT_NDIS_ADAPTER_DISABLED
#ifndef EVENT_NDIS_RESOURCE_CONFLICT
#define EVENT_NDIS_RESOURCE_CONFLICT 0xC0001388L
#define EVENT_NDIS_OUT_OF_RESOURCE 0xC0001389L
#define EVENT_NDIS_HARDWARE_FAILURE 0xC000138AL
#define EVENT_NDIS_ADAPTER_NOT_FOUND 0xC000138BL
#define EVENT_NDIS_INTERRUPT_CONNECT 0xC000138CL
#define EVENT_NDIS_DRIVER_FAILURE 0xC000138DL
#define EVENT_NDIS_BAD_VERSION 0xC000138EL
#define EVENT_NDIS_TIMEOUT 0x8000138FL
#define EVENT_NDIS_NETWORK_ADDRESS 0xC0001390L
#define EVENT_NDIS_UNSUPPORTED_CONFIGURATION 0xC0001391L
#define EVENT_NDIS_INVALID_VALUE_FROM_ADAPTER 0xC0001392L
#define EVENT_NDIS_MISSING_CONFIGURATION_PARAMETER 0xC0001393L
#define EVENT_NDIS_BAD_IO_BASE_ADDRESS 0xC0001394L
#define EVENT_NDIS_RECEIVE_SPACE_SMALL 0x40001395L
#define EVENT_NDIS_ADAPTER_DISABLED 0x80001396L
#endif

/* Memory. */
#define NDIS_MEMORY_CONTIGUOUS 0x00000001
#define NDIS_MEMORY_NONCACHED 0x00000002


_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI PVOID NdisAllocateMemoryWithTagPriority(_In_ NDIS_HANDLE NdisHandle, _In_ UINT Length, _In_ ULONG Tag,
    _In_ EX_POOL_PRIORITY Priority);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI NDIS_STATUS NdisAllocateMemoryWithTag(_Out_ PVOID *VirtualAddress, _In_ UINT Length, _In_ ULONG Tag);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI NDIS_STATUS NdisAllocateMemory(_Out_ PVOID *VirtualAddress, _In_ UINT Length, _In_ UINT MemoryFlags,
    _In_ NDIS_PHYSICAL_ADDRESS HighestAcceptableAddress);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisFreeMemory(_In_ PVOID VirtualAddress, _In_ UINT Length, _In_ UINT MemoryFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisFreeMemoryWithTag(_In_ PVOID VirtualAddress, _In_ ULONG Tag);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisFreeMemoryWithTagPriority(_In_ NDIS_HANDLE NdisHandle, _In_ PVOID VirtualAddress, _In_ ULONG Tag);

#define NdisMoveMemory(Destination, Source, Length) RtlCopyMemory(Destination, Source, Length)
#define NdisZeroMemory(Destination, Length) RtlZeroMemory(Destination, Length)
#define NdisFillMemory(Destination, Length, Fill) RtlFillMemory(Destination, Length, Fill)
#define NdisEqualMemory(Source1, Source2, Length) RtlEqualMemory(Source1, Source2, Length)
#define NdisRetrieveUlong(Destination, Source) RtlRetrieveUlong(Destination, Source)
#define NdisStoreUlong(Destination, Value) RtlStoreUlong(Destination, Value)
#define NdisMoveMappedMemory(Destination, Source, Length) RtlCopyMemory(Destination, Source, Length)
#define NdisZeroMappedMemory(Destination, Length) RtlZeroMemory(Destination, Length)
#define NdisGetPhysicalAddressHigh(PhysicalAddress) ((PhysicalAddress).HighPart)
#define NdisGetPhysicalAddressLow(PhysicalAddress) ((PhysicalAddress).LowPart)
#define NdisSetPhysicalAddressHigh(PhysicalAddress, Value) ((PhysicalAddress).HighPart) = (Value)
#define NdisSetPhysicalAddressLow(PhysicalAddress, Value) ((PhysicalAddress).LowPart) = (Value)
#define NDIS_PHYSICAL_ADDRESS_CONST(Low, High) { (ULONG)(Low), (LONG)(High) }

_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI ULONG NdisGetSharedDataAlignment(VOID);
NDISAPI CCHAR NdisSystemProcessorCount(VOID);
NDISAPI ULONG NdisGroupMaxProcessorCount(_In_ USHORT Group);
NDISAPI ULONG NdisGroupActiveProcessorCount(_In_ USHORT Group);
NDISAPI ULONG NdisSystemActiveProcessorCount(_In_opt_ PKAFFINITY ActiveProcessors);
#define NdisGetCurrentProcessorCounts(pIdleCount, pKernelAndUser, pIndex) \
    (*(pIdleCount) = 0, *(pKernelAndUser) = 0, *(pIndex) = 0)
#define NdisCurrentGroupAndProcessor() KeGetCurrentProcessorNumberEx(NULL)
#define NdisCurrentProcessorIndex() KeGetCurrentProcessorIndex()
#define NdisProcessorNumberToIndex(ProcNum) KeGetProcessorIndexFromNumber(&(ProcNum))

/* Spin locks. */
typedef struct _NDIS_SPIN_LOCK {
    KSPIN_LOCK SpinLock;
    KIRQL OldIrql;
} NDIS_SPIN_LOCK, *PNDIS_SPIN_LOCK;

_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisAllocateSpinLock(_Out_ PNDIS_SPIN_LOCK SpinLock);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisFreeSpinLock(_In_ PNDIS_SPIN_LOCK SpinLock);
_IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_raises_(DISPATCH_LEVEL)
NDISAPI VOID NdisAcquireSpinLock(_Inout_ PNDIS_SPIN_LOCK SpinLock);
_IRQL_requires_(DISPATCH_LEVEL)
NDISAPI VOID NdisReleaseSpinLock(_Inout_ PNDIS_SPIN_LOCK SpinLock);
_IRQL_requires_(DISPATCH_LEVEL)
NDISAPI VOID NdisDprAcquireSpinLock(_Inout_ PNDIS_SPIN_LOCK SpinLock);
_IRQL_requires_(DISPATCH_LEVEL)
NDISAPI VOID NdisDprReleaseSpinLock(_Inout_ PNDIS_SPIN_LOCK SpinLock);

#define NdisInterlockedIncrement(Addend) InterlockedIncrement(Addend)
#define NdisInterlockedDecrement(Addend) InterlockedDecrement(Addend)
#define NdisInterlockedAddUlong(Addend, Increment, SpinLock) \
    ExInterlockedAddUlong(Addend, Increment, &(SpinLock)->SpinLock)
#define NdisInterlockedAddLargeStatistic(Addend, Increment) \
    InterlockedExchangeAdd64((LONG64 *)(Addend), (LONG64)(Increment))
#define NdisInterlockedInsertHeadList(ListHead, ListEntry, SpinLock) \
    ExInterlockedInsertHeadList(ListHead, ListEntry, &(SpinLock)->SpinLock)
#define NdisInterlockedInsertTailList(ListHead, ListEntry, SpinLock) \
    ExInterlockedInsertTailList(ListHead, ListEntry, &(SpinLock)->SpinLock)
#define NdisInterlockedRemoveHeadList(ListHead, SpinLock) \
    ExInterlockedRemoveHeadList(ListHead, &(SpinLock)->SpinLock)
#define NdisInterlockedPushEntryList(ListHead, ListEntry, Lock) \
    ExInterlockedPushEntryList(ListHead, ListEntry, &(Lock)->SpinLock)
#define NdisInterlockedPopEntryList(ListHead, Lock) ExInterlockedPopEntryList(ListHead, &(Lock)->SpinLock)
#define NdisInitializeListHead(ListHead) InitializeListHead(ListHead)
#define NdisInitializeSListHead(SListHead) ExInitializeSListHead(SListHead)
#define NdisInterlockedPushEntrySList(SListHead, SListEntry, Lock) \
    ExInterlockedPushEntrySList(SListHead, SListEntry, &(Lock)->SpinLock)
#define NdisInterlockedPopEntrySList(SListHead, Lock) ExInterlockedPopEntrySList(SListHead, &(Lock)->SpinLock)
#define NdisInterlockedFlushSList(SListHead) ExInterlockedFlushSList(SListHead)
#define NdisQueryDepthSList(SListHead) ExQueryDepthSList(SListHead)

#define NDIS_CURRENT_IRQL() KeGetCurrentIrql()
#define NDIS_RAISE_IRQL_TO_DISPATCH(pIrql) KeRaiseIrql(DISPATCH_LEVEL, pIrql)
#define NDIS_LOWER_IRQL(OldIrql, CurIrql) \
    do { if ((OldIrql) != (CurIrql)) KeLowerIrql(OldIrql); } while (0)

/* Read/write locks. */
typedef union _NDIS_RW_LOCK_REFCOUNT {
    ULONG RefCount;
    UCHAR cacheLine[16];
} NDIS_RW_LOCK_REFCOUNT;

typedef struct _NDIS_RW_LOCK {
    union {
        struct {
            KSPIN_LOCK SpinLock;
            PVOID Context;
        };
        UCHAR Reserved[16];
    };
    union {
        NDIS_RW_LOCK_REFCOUNT RefCount[MAXIMUM_PROCESSORS];
        ULONG RefCountEx[sizeof(NDIS_RW_LOCK_REFCOUNT) / sizeof(ULONG) * MAXIMUM_PROCESSORS];
        struct {
            KSPIN_LOCK RefCountLock;
            volatile ULONG SharedRefCount;
            volatile BOOLEAN WriterWaiting;
        };
    };
} NDIS_RW_LOCK, *PNDIS_RW_LOCK;

typedef struct _LOCK_STATE {
    USHORT LockState;
    KIRQL OldIrql;
} LOCK_STATE, *PLOCK_STATE;

typedef struct _NDIS_RW_LOCK_EX NDIS_RW_LOCK_EX, *PNDIS_RW_LOCK_EX;

typedef struct _LOCK_STATE_EX {
    KIRQL OldIrql;
    UCHAR LockState;
    UCHAR Flags;
} LOCK_STATE_EX, *PLOCK_STATE_EX;

#define NDIS_RWL_AT_DISPATCH_LEVEL 1

NDISAPI VOID NdisInitializeReadWriteLock(_Out_ PNDIS_RW_LOCK Lock);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisAcquireReadWriteLock(_Inout_ PNDIS_RW_LOCK Lock, _In_ BOOLEAN fWrite, _Out_ PLOCK_STATE LockState);
_IRQL_requires_(DISPATCH_LEVEL)
NDISAPI VOID NdisReleaseReadWriteLock(_Inout_ PNDIS_RW_LOCK Lock, _In_ PLOCK_STATE LockState);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI PNDIS_RW_LOCK_EX NdisAllocateRWLock(_In_ NDIS_HANDLE NdisHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisFreeRWLock(_In_ PNDIS_RW_LOCK_EX Lock);
_IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_raises_(DISPATCH_LEVEL)
NDISAPI VOID NdisAcquireRWLockRead(_In_ PNDIS_RW_LOCK_EX Lock, _Out_ PLOCK_STATE_EX LockState, _In_ UCHAR Flags);
_IRQL_requires_max_(DISPATCH_LEVEL) _IRQL_raises_(DISPATCH_LEVEL)
NDISAPI VOID NdisAcquireRWLockWrite(_In_ PNDIS_RW_LOCK_EX Lock, _Out_ PLOCK_STATE_EX LockState, _In_ UCHAR Flags);
_IRQL_requires_(DISPATCH_LEVEL)
NDISAPI VOID NdisReleaseRWLock(_In_ PNDIS_RW_LOCK_EX Lock, _In_ PLOCK_STATE_EX LockState);

/* Events and mutexes. */
typedef struct _NDIS_EVENT {
    KEVENT Event;
} NDIS_EVENT, *PNDIS_EVENT;

_IRQL_requires_max_(PASSIVE_LEVEL)
NDISAPI VOID NdisInitializeEvent(_Out_ PNDIS_EVENT Event);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisSetEvent(_In_ PNDIS_EVENT Event);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisResetEvent(_In_ PNDIS_EVENT Event);
_When_(MsToWait != 0, _IRQL_requires_max_(PASSIVE_LEVEL))
_When_(MsToWait == 0, _IRQL_requires_max_(DISPATCH_LEVEL))
NDISAPI BOOLEAN NdisWaitEvent(_In_ PNDIS_EVENT Event, _In_ UINT MsToWait);

typedef KMUTEX NDIS_MUTEX, *PNDIS_MUTEX;
#define NDIS_INIT_MUTEX(_M) KeInitializeMutex(_M, 0xFFFF)
#define NDIS_WAIT_FOR_MUTEX(_M) KeWaitForMutexObject(_M, Executive, KernelMode, FALSE, NULL)
#define NDIS_RELEASE_MUTEX(_M) KeReleaseMutex(_M, FALSE)

/* Strings. */
#define NDIS_STRING_CONST(x) { sizeof(L##x) - 2, sizeof(L##x), L##x }
#define NdisInitUnicodeString(Destination, Source) RtlInitUnicodeString(Destination, Source)
#define NdisInitAnsiString(Destination, Source) RtlInitString(Destination, Source)
#define NdisInitializeString(Destination, Source) RtlCreateUnicodeStringFromAsciiz(Destination, (PCSZ)(Source))
#define NdisEqualString(String1, String2, CaseInsensitive) RtlEqualUnicodeString(String1, String2, CaseInsensitive)
#define NdisEqualUnicodeString(String1, String2, CaseInsensitive) \
    RtlEqualUnicodeString(String1, String2, CaseInsensitive)
#define NdisFreeString(String) RtlFreeUnicodeString(&(String))
#define NdisPrintString(String) DbgPrint("%ls", (String).Buffer)

_IRQL_requires_max_(PASSIVE_LEVEL)
NDISAPI NDIS_STATUS NdisAnsiStringToUnicodeString(_Inout_ PNDIS_STRING DestinationString,
    _In_ PNDIS_ANSI_STRING SourceString);
_IRQL_requires_max_(PASSIVE_LEVEL)
NDISAPI NDIS_STATUS NdisUnicodeStringToAnsiString(_Inout_ PNDIS_ANSI_STRING DestinationString,
    _In_ PNDIS_STRING SourceString);
_IRQL_requires_max_(PASSIVE_LEVEL)
NDISAPI NDIS_STATUS NdisUpcaseUnicodeString(_Out_ PUNICODE_STRING DestinationString,
    _In_ PUNICODE_STRING SourceString);

/* Configuration (registry) access. */
typedef enum _NDIS_PARAMETER_TYPE {
    NdisParameterInteger,
    NdisParameterHexInteger,
    NdisParameterString,
    NdisParameterMultiString,
    NdisParameterBinary
} NDIS_PARAMETER_TYPE, *PNDIS_PARAMETER_TYPE;

typedef struct _BINARY_DATA {
    USHORT Length;
    _Field_size_bytes_(Length) PVOID Buffer;
} BINARY_DATA;

typedef struct _NDIS_CONFIGURATION_PARAMETER {
    NDIS_PARAMETER_TYPE ParameterType;
    union {
        ULONG IntegerData;
        NDIS_STRING StringData;
        BINARY_DATA BinaryData;
    } ParameterData;
} NDIS_CONFIGURATION_PARAMETER, *PNDIS_CONFIGURATION_PARAMETER;

#define NDIS_CONFIGURATION_OBJECT_REVISION_1 1
#define NDIS_CONFIG_FLAG_FILTER_INSTANCE_CONFIGURATION 0x00000001

typedef struct _NDIS_CONFIGURATION_OBJECT {
    NDIS_OBJECT_HEADER Header;
    NDIS_HANDLE NdisHandle;
    ULONG Flags;
} NDIS_CONFIGURATION_OBJECT, *PNDIS_CONFIGURATION_OBJECT;
#define NDIS_SIZEOF_CONFIGURATION_OBJECT_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_CONFIGURATION_OBJECT, Flags)

_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI NDIS_STATUS NdisOpenConfigurationEx(_In_ PNDIS_CONFIGURATION_OBJECT ConfigObject,
    _Out_ PNDIS_HANDLE ConfigurationHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI VOID NdisOpenConfiguration(_Out_ PNDIS_STATUS Status, _Out_ PNDIS_HANDLE ConfigurationHandle,
    _In_ NDIS_HANDLE WrapperConfigurationContext);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI VOID NdisOpenConfigurationKeyByName(_Out_ PNDIS_STATUS Status, _In_ NDIS_HANDLE ConfigurationHandle,
    _In_ PNDIS_STRING SubKeyName, _Out_ PNDIS_HANDLE SubKeyHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI VOID NdisOpenConfigurationKeyByIndex(_Out_ PNDIS_STATUS Status, _In_ NDIS_HANDLE ConfigurationHandle,
    _In_ ULONG Index, _Out_ PNDIS_STRING KeyName, _Out_ PNDIS_HANDLE KeyHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI VOID NdisReadConfiguration(_Out_ PNDIS_STATUS Status,
    _Out_ PNDIS_CONFIGURATION_PARAMETER *ParameterValue, _In_ NDIS_HANDLE ConfigurationHandle,
    _In_ PNDIS_STRING Keyword, _In_ NDIS_PARAMETER_TYPE ParameterType);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI VOID NdisWriteConfiguration(_Out_ PNDIS_STATUS Status, _In_ NDIS_HANDLE ConfigurationHandle,
    _In_ PNDIS_STRING Keyword, _In_ PNDIS_CONFIGURATION_PARAMETER ParameterValue);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI VOID NdisCloseConfiguration(_In_ NDIS_HANDLE ConfigurationHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI VOID NdisReadNetworkAddress(_Out_ PNDIS_STATUS Status, _Outptr_result_bytebuffer_to_(*NetworkAddressLength, *NetworkAddressLength) PVOID *NetworkAddress,
    _Out_ PUINT NetworkAddressLength, _In_ NDIS_HANDLE ConfigurationHandle);

/* Timers. */
typedef _Function_class_(NDIS_TIMER_FUNCTION) _IRQL_requires_(DISPATCH_LEVEL)
VOID NDIS_TIMER_FUNCTION(_In_ PVOID SystemSpecific1, _In_ PVOID FunctionContext, _In_ PVOID SystemSpecific2,
    _In_ PVOID SystemSpecific3);
typedef NDIS_TIMER_FUNCTION *PNDIS_TIMER_FUNCTION;

#define NDIS_TIMER_CHARACTERISTICS_REVISION_1 1

typedef struct _NDIS_TIMER_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header;
    ULONG AllocationTag;
    PNDIS_TIMER_FUNCTION TimerFunction;
    PVOID FunctionContext;
} NDIS_TIMER_CHARACTERISTICS, *PNDIS_TIMER_CHARACTERISTICS;
#define NDIS_SIZEOF_TIMER_CHARACTERISTICS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_TIMER_CHARACTERISTICS, FunctionContext)

_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI NDIS_STATUS NdisAllocateTimerObject(_In_ NDIS_HANDLE NdisHandle,
    _In_ PNDIS_TIMER_CHARACTERISTICS TimerCharacteristics, _Out_ PNDIS_HANDLE pTimerObject);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI BOOLEAN NdisSetTimerObject(_In_ NDIS_HANDLE TimerObject, _In_ LARGE_INTEGER DueTime,
    _In_opt_ LONG MillisecondsPeriod, _In_opt_ PVOID FunctionContext);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI BOOLEAN NdisCancelTimerObject(_In_ NDIS_HANDLE TimerObject);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisFreeTimerObject(_In_ NDIS_HANDLE TimerObject);

typedef struct _NDIS_TIMER {
    KTIMER Timer;
    KDPC Dpc;
} NDIS_TIMER, *PNDIS_TIMER;

typedef struct _NDIS_MINIPORT_TIMER {
    KTIMER Timer;
    KDPC Dpc;
    PNDIS_TIMER_FUNCTION MiniportTimerFunction;
    PVOID MiniportTimerContext;
    PNDIS_MINIPORT_BLOCK Miniport;
    struct _NDIS_MINIPORT_TIMER *NextTimer;
} NDIS_MINIPORT_TIMER, *PNDIS_MINIPORT_TIMER;

_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisInitializeTimer(_Inout_ PNDIS_TIMER Timer, _In_ PNDIS_TIMER_FUNCTION TimerFunction,
    _In_opt_ PVOID FunctionContext);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisSetTimer(_In_ PNDIS_TIMER Timer, _In_ UINT MillisecondsToDelay);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisCancelTimer(_In_ PNDIS_TIMER Timer, _Out_ _At_(*TimerCancelled, _Must_inspect_result_) PBOOLEAN TimerCancelled);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisMInitializeTimer(_Inout_ PNDIS_MINIPORT_TIMER Timer, _In_ NDIS_HANDLE MiniportAdapterHandle,
    _In_ PNDIS_TIMER_FUNCTION TimerFunction, _In_ PVOID FunctionContext);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisMSetTimer(_In_ PNDIS_MINIPORT_TIMER Timer, _In_ UINT MillisecondsToDelay);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisMSetPeriodicTimer(_In_ PNDIS_MINIPORT_TIMER Timer, _In_ UINT MillisecondPeriod);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisMCancelTimer(_In_ PNDIS_MINIPORT_TIMER Timer, _Out_ PBOOLEAN TimerCancelled);

_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI VOID NdisMSleep(_In_ ULONG MicrosecondsToSleep);
NDISAPI VOID NdisStallExecution(_In_ UINT MicrosecondsToStall);
#define NdisStallExecution(MicroSecondsToStall) KeStallExecutionProcessor(MicroSecondsToStall)
NDISAPI VOID NdisGetCurrentSystemTime(_Out_ PLARGE_INTEGER pSystemTime);
#define NdisGetCurrentSystemTime(pSystemTime) KeQuerySystemTime(pSystemTime)
NDISAPI VOID NdisGetSystemUpTime(_Out_ PULONG pSystemUpTime);
#define NdisGetSystemUpTimeEx(pSystemUpTime) \
    ((pSystemUpTime)->QuadPart = (LONGLONG)KeQueryInterruptTime() / 10000)

/* Work items. */
typedef _Function_class_(NDIS_IO_WORKITEM_FUNCTION) _IRQL_requires_(PASSIVE_LEVEL)
VOID NDIS_IO_WORKITEM_FUNCTION(_In_opt_ PVOID WorkItemContext, _In_ NDIS_HANDLE NdisIoWorkItemHandle);
typedef NDIS_IO_WORKITEM_FUNCTION *NDIS_IO_WORKITEM_ROUTINE;

_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI NDIS_HANDLE NdisAllocateIoWorkItem(_In_ NDIS_HANDLE NdisObjectHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisQueueIoWorkItem(_In_ NDIS_HANDLE NdisIoWorkItemHandle, _In_ NDIS_IO_WORKITEM_ROUTINE Routine,
    _In_ PVOID WorkItemContext);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisFreeIoWorkItem(_In_ NDIS_HANDLE NdisIoWorkItemHandle);

typedef struct _NDIS_WORK_ITEM NDIS_WORK_ITEM, *PNDIS_WORK_ITEM;
typedef VOID (*NDIS_PROC)(_In_ struct _NDIS_WORK_ITEM *WorkItem, _In_opt_ PVOID Context);
struct _NDIS_WORK_ITEM {
    PVOID Context;
    NDIS_PROC Routine;
    UCHAR WrapperReserved[8 * sizeof(PVOID)];
};
#define NdisInitializeWorkItem(_WI_, _R_, _C_) \
    do { (_WI_)->Context = (_C_); (_WI_)->Routine = (_R_); } while (0)
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI NDIS_STATUS NdisScheduleWorkItem(_In_ PNDIS_WORK_ITEM WorkItem);

/* MDLs. */
#define NDIS_MDL_LINKAGE(_Mdl) ((_Mdl)->Next)
#define NDIS_BUFFER_LINKAGE(_Buffer) ((_Buffer)->Next)
#define NdisGetNextMdl(_CurrentMdl, _NextMdl) ((*(_NextMdl)) = (_CurrentMdl)->Next)
#define NdisGetNextBuffer(CurrentBuffer, NextBuffer) ((*(NextBuffer)) = (CurrentBuffer)->Next)
#define NdisQueryMdl(_Mdl, _VirtualAddress, _Length, _Priority) \
    do { \
        if (ARGUMENT_PRESENT(_VirtualAddress)) \
            *(PVOID *)(_VirtualAddress) = MmGetSystemAddressForMdlSafe(_Mdl, _Priority); \
        *(_Length) = MmGetMdlByteCount(_Mdl); \
    } while (0)
#define NdisQueryMdlOffset(_Mdl, _Offset, _Length) \
    do { *(_Offset) = MmGetMdlByteOffset(_Mdl); *(_Length) = MmGetMdlByteCount(_Mdl); } while (0)
#define NdisQueryBufferSafe(_Buffer, _VirtualAddress, _Length, _Priority) \
    NdisQueryMdl(_Buffer, _VirtualAddress, _Length, _Priority)
#define NdisQueryBufferOffset(_Buffer, _Offset, _Length) NdisQueryMdlOffset(_Buffer, _Offset, _Length)
#define NdisAdjustMdlLength(_Mdl, _Length) ((_Mdl)->ByteCount = (_Length))
#define NdisAdjustBufferLength(_Buffer, _Length) NdisAdjustMdlLength(_Buffer, _Length)
#define NdisBufferLength(_Buffer) MmGetMdlByteCount(_Buffer)
#define NdisBufferVirtualAddress(_Buffer) MmGetSystemAddressForMdl(_Buffer)
#define NdisBufferVirtualAddressSafe(_Buffer, _Priority) MmGetSystemAddressForMdlSafe(_Buffer, _Priority)
#define NDIS_MDL_TO_SPAN_PAGES(_Mdl) \
    ADDRESS_AND_SIZE_TO_SPAN_PAGES(MmGetMdlVirtualAddress(_Mdl), MmGetMdlByteCount(_Mdl))
#define NdisGetMdlPhysicalArraySize(_Mdl, _ArraySize) (*(_ArraySize) = NDIS_MDL_TO_SPAN_PAGES(_Mdl))

_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI PMDL NdisAllocateMdl(_In_ NDIS_HANDLE NdisHandle, _In_reads_bytes_(Length) PVOID VirtualAddress,
    _In_ UINT Length);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisFreeMdl(_In_ PMDL Mdl);

/* Lookaside lists.  The allocate/free role types belong to wdm.h; mingw-w64
 * only has the pointer types, so they are declared here too (an identical
 * typedef is allowed again). */
typedef _Function_class_(ALLOCATE_FUNCTION) _IRQL_requires_max_(DISPATCH_LEVEL)
PVOID NTAPI ALLOCATE_FUNCTION(_In_ POOL_TYPE PoolType, _In_ SIZE_T NumberOfBytes, _In_ ULONG Tag);
typedef _Function_class_(FREE_FUNCTION) _IRQL_requires_max_(DISPATCH_LEVEL)
VOID NTAPI FREE_FUNCTION(_In_ PVOID Buffer);
#define NdisInitializeNPagedLookasideList(_L, _AR, _FR, _Fl, _S, _T, _D) \
    ExInitializeNPagedLookasideList(_L, _AR, _FR, _Fl, _S, _T, _D)
#define NdisDeleteNPagedLookasideList(_L) ExDeleteNPagedLookasideList(_L)
#define NdisAllocateFromNPagedLookasideList(_L) ExAllocateFromNPagedLookasideList(_L)
#define NdisFreeToNPagedLookasideList(_L, _E) ExFreeToNPagedLookasideList(_L, _E)

/* Event and error logging. */
NDISAPI VOID __cdecl NdisWriteErrorLogEntry(_In_ NDIS_HANDLE NdisAdapterHandle, _In_ NDIS_ERROR_CODE ErrorCode,
    _In_ ULONG NumberOfErrorValues, ...);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI NDIS_STATUS NdisWriteEventLogEntry(_In_ PVOID LogHandle, _In_ NDIS_STATUS EventCode,
    _In_ ULONG UniqueEventValue, _In_ USHORT NumStrings, _In_opt_ PVOID StringsList, _In_ ULONG DataSize,
    _In_reads_bytes_opt_(DataSize) PVOID Data);

/* Device objects for the driver's own control interface. */
#define NDIS_DEVICE_OBJECT_ATTRIBUTES_REVISION_1 1

typedef struct _NDIS_DEVICE_OBJECT_ATTRIBUTES {
    NDIS_OBJECT_HEADER Header;
    PNDIS_STRING DeviceName;
    PNDIS_STRING SymbolicName;
    PDRIVER_DISPATCH *MajorFunctions;
    ULONG ExtensionSize;
    PCUNICODE_STRING DefaultSDDLString;
    LPCGUID DeviceClassGuid;
} NDIS_DEVICE_OBJECT_ATTRIBUTES, *PNDIS_DEVICE_OBJECT_ATTRIBUTES;
#define NDIS_SIZEOF_DEVICE_OBJECT_ATTRIBUTES_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_DEVICE_OBJECT_ATTRIBUTES, DeviceClassGuid)

_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI NDIS_STATUS NdisRegisterDeviceEx(_In_ NDIS_HANDLE NdisObjectHandle,
    _In_ PNDIS_DEVICE_OBJECT_ATTRIBUTES DeviceObjectAttributes, _Out_ PDEVICE_OBJECT *pDeviceObject,
    _Out_ PNDIS_HANDLE NdisDeviceHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI VOID NdisDeregisterDeviceEx(_In_ NDIS_HANDLE NdisDeviceHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI PVOID NdisGetDeviceReservedExtension(_In_ PDEVICE_OBJECT DeviceObject);

_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI NDIS_STATUS NdisMRegisterDevice(_In_ NDIS_HANDLE NdisWrapperHandle, _In_ PNDIS_STRING DeviceName,
    _In_ PNDIS_STRING SymbolicName, _In_reads_(IRP_MJ_MAXIMUM_FUNCTION + 1) PDRIVER_DISPATCH MajorFunctions[],
    _Out_ PDEVICE_OBJECT *pDeviceObject, _Out_ NDIS_HANDLE *NdisDeviceHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI NDIS_STATUS NdisMDeregisterDevice(_In_ NDIS_HANDLE NdisDeviceHandle);

/* Miscellaneous. */
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI UCHAR NdisGeneratePartialCancelId(VOID);
NDISAPI UINT NdisGetVersion(VOID);
NDISAPI VOID NdisInitializeWrapper(_Out_ PNDIS_HANDLE NdisWrapperHandle, _In_ PVOID SystemSpecific1,
    _In_ PVOID SystemSpecific2, _In_ PVOID SystemSpecific3);
NDISAPI VOID NdisTerminateWrapper(_In_ NDIS_HANDLE NdisWrapperHandle, _In_opt_ PVOID SystemSpecific);

#define NdisReadRegisterUchar(Register, Data) (*(Data) = READ_REGISTER_UCHAR((PUCHAR)(Register)))
#define NdisReadRegisterUshort(Register, Data) (*(Data) = READ_REGISTER_USHORT((PUSHORT)(Register)))
#define NdisReadRegisterUlong(Register, Data) (*(Data) = READ_REGISTER_ULONG((PULONG)(Register)))
#define NdisWriteRegisterUchar(Register, Data) WRITE_REGISTER_UCHAR((PUCHAR)(Register), (Data))
#define NdisWriteRegisterUshort(Register, Data) WRITE_REGISTER_USHORT((PUSHORT)(Register), (Data))
#define NdisWriteRegisterUlong(Register, Data) WRITE_REGISTER_ULONG((PULONG)(Register), (Data))
#define NdisRawReadPortUchar(Port, Data) (*(Data) = READ_PORT_UCHAR((PUCHAR)(Port)))
#define NdisRawReadPortUshort(Port, Data) (*(Data) = READ_PORT_USHORT((PUSHORT)(Port)))
#define NdisRawReadPortUlong(Port, Data) (*(Data) = READ_PORT_ULONG((PULONG)(Port)))
#define NdisRawWritePortUchar(Port, Data) WRITE_PORT_UCHAR((PUCHAR)(Port), (UCHAR)(Data))
#define NdisRawWritePortUshort(Port, Data) WRITE_PORT_USHORT((PUSHORT)(Port), (USHORT)(Data))
#define NdisRawWritePortUlong(Port, Data) WRITE_PORT_ULONG((PULONG)(Port), (ULONG)(Data))

/* Ethernet address helpers (the filter library part of ndis.h). */
#define ETH_LENGTH_OF_ADDRESS 6
#define ETH_IS_BROADCAST(Address) \
    ((((PUCHAR)(Address))[0] == ((UCHAR)0xff)) && (((PUCHAR)(Address))[1] == ((UCHAR)0xff)) && \
     (((PUCHAR)(Address))[2] == ((UCHAR)0xff)) && (((PUCHAR)(Address))[3] == ((UCHAR)0xff)) && \
     (((PUCHAR)(Address))[4] == ((UCHAR)0xff)) && (((PUCHAR)(Address))[5] == ((UCHAR)0xff)))
#define ETH_IS_MULTICAST(Address) ((BOOLEAN)(((PUCHAR)(Address))[0] & ((UCHAR)0x01)))
#define ETH_IS_LOCALLY_ADMINISTERED(Address) ((BOOLEAN)(((PUCHAR)(Address))[0] & ((UCHAR)0x02)))
#define ETH_COMPARE_NETWORK_ADDRESSES(_A, _B, _Result) \
    do { *(_Result) = RtlCompareMemory((_A), (_B), ETH_LENGTH_OF_ADDRESS) == ETH_LENGTH_OF_ADDRESS ? 0 : 1; } while (0)
#define ETH_COMPARE_NETWORK_ADDRESSES_EQ(_A, _B, _Result) \
    do { *(_Result) = RtlCompareMemory((_A), (_B), ETH_LENGTH_OF_ADDRESS) == ETH_LENGTH_OF_ADDRESS ? 0 : 1; } while (0)
#define ETH_COPY_NETWORK_ADDRESS(_D, _S) RtlCopyMemory((_D), (_S), ETH_LENGTH_OF_ADDRESS)

#endif /* DDICHECK_NDIS_BASE_H */
