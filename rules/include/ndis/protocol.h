/*
 * ndis/protocol.h - ddicheck overlay header, part of ndis.h.
 *
 * Written for ddicheck from the documented NDIS API (Microsoft Learn);
 * used only when the real Windows Driver Kit is absent.
 * NDIS 6 protocol drivers: callback roles, characteristics, binding.
 */
#ifndef DDICHECK_NDIS_PROTOCOL_H
#define DDICHECK_NDIS_PROTOCOL_H

typedef USHORT NET_FRAME_TYPE, *PNET_FRAME_TYPE;

#define NDIS_BIND_PARAMETERS_REVISION_1 1
#define NDIS_BIND_PARAMETERS_REVISION_2 2
#define NDIS_BIND_PARAMETERS_REVISION_3 3
#define NDIS_BIND_PARAMETERS_REVISION_4 4

typedef struct _NDIS_BIND_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    PNDIS_STRING ProtocolSection;
    PNDIS_STRING AdapterName;
    PDEVICE_OBJECT PhysicalDeviceObject;
    NDIS_MEDIUM MediaType;
    ULONG MtuSize;
    ULONG64 MaxXmitLinkSpeed;
    ULONG64 XmitLinkSpeed;
    ULONG64 MaxRcvLinkSpeed;
    ULONG64 RcvLinkSpeed;
    NDIS_MEDIA_CONNECT_STATE MediaConnectState;
    NDIS_MEDIA_DUPLEX_STATE MediaDuplexState;
    ULONG LookaheadSize;
    PNDIS_PNP_CAPABILITIES PowerManagementCapabilities;
    ULONG SupportedPacketFilters;
    ULONG MaxMulticastListSize;
    USHORT MacAddressLength;
    UCHAR CurrentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
    NDIS_PHYSICAL_MEDIUM PhysicalMediumType;
    PNDIS_RECEIVE_SCALE_CAPABILITIES RcvScaleCapabilities;
    NET_LUID BoundIfNetluid;
    NET_IFINDEX BoundIfIndex;
    NET_LUID LowestIfNetluid;
    NET_IFINDEX LowestIfIndex;
    NET_IF_ACCESS_TYPE AccessType;
    NET_IF_DIRECTION_TYPE DirectionType;
    NET_IF_CONNECTION_TYPE ConnectionType;
    NET_IFTYPE IfType;
    BOOLEAN IfConnectorPresent;
    PNDIS_PORT ActivePorts;
    ULONG DataBackFillSize;
    ULONG ContextBackFillSize;
    ULONG MacOptions;
    NET_IF_COMPARTMENT_ID CompartmentId;
    PNDIS_OFFLOAD DefaultOffloadConfiguration;
    PNDIS_TCP_CONNECTION_OFFLOAD TcpConnectionOffloadCapabilities;
    PNDIS_STRING BoundAdapterName;
    PNDIS_HD_SPLIT_CURRENT_CONFIG HDSplitCurrentConfig;
    PNDIS_RECEIVE_FILTER_CAPABILITIES ReceiveFilterCapabilities;
    PNDIS_PM_CAPABILITIES PowerManagementCapabilitiesEx;
    PNDIS_NIC_SWITCH_CAPABILITIES NicSwitchCapabilities;
    BOOLEAN NDKEnabled;
    PNDIS_NDK_CAPABILITIES NDKCapabilities;
    PNDIS_SRIOV_CAPABILITIES SriovCapabilities;
    PNDIS_NIC_SWITCH_INFO_ARRAY NicSwitchArray;
} NDIS_BIND_PARAMETERS, *PNDIS_BIND_PARAMETERS;
#define NDIS_SIZEOF_BIND_PARAMETERS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_BIND_PARAMETERS, BoundAdapterName)
#define NDIS_SIZEOF_BIND_PARAMETERS_REVISION_2 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_BIND_PARAMETERS, NicSwitchCapabilities)
#define NDIS_SIZEOF_BIND_PARAMETERS_REVISION_3 RTL_SIZEOF_THROUGH_FIELD(NDIS_BIND_PARAMETERS, NicSwitchArray)
#define NDIS_SIZEOF_BIND_PARAMETERS_REVISION_4 RTL_SIZEOF_THROUGH_FIELD(NDIS_BIND_PARAMETERS, NicSwitchArray)

#define NDIS_OPEN_PARAMETERS_REVISION_1 1

typedef struct _NDIS_OPEN_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    PNDIS_STRING AdapterName;
    PNDIS_MEDIUM MediumArray;
    UINT MediumArraySize;
    PUINT SelectedMediumIndex;
    PNET_FRAME_TYPE FrameTypeArray;
    UINT FrameTypeArraySize;
} NDIS_OPEN_PARAMETERS, *PNDIS_OPEN_PARAMETERS;
#define NDIS_SIZEOF_OPEN_PARAMETERS_REVSION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_OPEN_PARAMETERS, FrameTypeArraySize)
#define NDIS_SIZEOF_OPEN_PARAMETERS_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_OPEN_PARAMETERS, FrameTypeArraySize)

typedef struct _NDIS_PROTOCOL_PAUSE_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    ULONG Flags;
    ULONG PauseReason;
} NDIS_PROTOCOL_PAUSE_PARAMETERS, *PNDIS_PROTOCOL_PAUSE_PARAMETERS;
#define NDIS_PROTOCOL_PAUSE_PARAMETERS_REVISION_1 1

typedef struct _NDIS_PROTOCOL_RESTART_PARAMETERS {
    NDIS_OBJECT_HEADER Header;
    PUCHAR FilterModuleNameBuffer;
    ULONG FilterModuleNameBufferLength;
    PNDIS_RESTART_ATTRIBUTES RestartAttributes;
    NET_IFINDEX BoundIfIndex;
    NET_LUID BoundIfNetluid;
    ULONG Flags;
} NDIS_PROTOCOL_RESTART_PARAMETERS, *PNDIS_PROTOCOL_RESTART_PARAMETERS;
#define NDIS_PROTOCOL_RESTART_PARAMETERS_REVISION_1 1
#define NDIS_SIZEOF_PROTOCOL_RESTART_PARAMETERS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_PROTOCOL_RESTART_PARAMETERS, Flags)

/* Protocol callback roles. */
typedef _Function_class_(PROTOCOL_BIND_ADAPTER_EX) _IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS PROTOCOL_BIND_ADAPTER_EX(_In_ NDIS_HANDLE ProtocolDriverContext, _In_ NDIS_HANDLE BindContext,
    _In_ PNDIS_BIND_PARAMETERS BindParameters);
typedef PROTOCOL_BIND_ADAPTER_EX *BIND_HANDLER_EX;

typedef _Function_class_(PROTOCOL_UNBIND_ADAPTER_EX) _IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS PROTOCOL_UNBIND_ADAPTER_EX(_In_ NDIS_HANDLE UnbindContext, _In_ NDIS_HANDLE ProtocolBindingContext);
typedef PROTOCOL_UNBIND_ADAPTER_EX *UNBIND_HANDLER_EX;

typedef _Function_class_(PROTOCOL_OPEN_ADAPTER_COMPLETE_EX) _IRQL_requires_(PASSIVE_LEVEL)
VOID PROTOCOL_OPEN_ADAPTER_COMPLETE_EX(_In_ NDIS_HANDLE ProtocolBindingContext, _In_ NDIS_STATUS Status);
typedef PROTOCOL_OPEN_ADAPTER_COMPLETE_EX *OPEN_ADAPTER_COMPLETE_HANDLER_EX;

typedef _Function_class_(PROTOCOL_CLOSE_ADAPTER_COMPLETE_EX) _IRQL_requires_(PASSIVE_LEVEL)
VOID PROTOCOL_CLOSE_ADAPTER_COMPLETE_EX(_In_ NDIS_HANDLE ProtocolBindingContext);
typedef PROTOCOL_CLOSE_ADAPTER_COMPLETE_EX *CLOSE_ADAPTER_COMPLETE_HANDLER_EX;

typedef _Function_class_(PROTOCOL_NET_PNP_EVENT) _IRQL_requires_(PASSIVE_LEVEL)
NDIS_STATUS PROTOCOL_NET_PNP_EVENT(_In_ NDIS_HANDLE ProtocolBindingContext,
    _In_ PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification);
typedef PROTOCOL_NET_PNP_EVENT *NET_PNP_EVENT_HANDLER;

typedef _Function_class_(PROTOCOL_UNINSTALL) _IRQL_requires_(PASSIVE_LEVEL)
VOID PROTOCOL_UNINSTALL(VOID);
typedef PROTOCOL_UNINSTALL *UNINSTALL_PROTOCOL_HANDLER;

typedef _Function_class_(PROTOCOL_OID_REQUEST_COMPLETE) _IRQL_requires_max_(DISPATCH_LEVEL)
VOID PROTOCOL_OID_REQUEST_COMPLETE(_In_ NDIS_HANDLE ProtocolBindingContext, _In_ PNDIS_OID_REQUEST OidRequest,
    _In_ NDIS_STATUS Status);
typedef PROTOCOL_OID_REQUEST_COMPLETE *OID_REQUEST_COMPLETE_HANDLER;

typedef _Function_class_(PROTOCOL_DIRECT_OID_REQUEST_COMPLETE) _IRQL_requires_max_(DISPATCH_LEVEL)
VOID PROTOCOL_DIRECT_OID_REQUEST_COMPLETE(_In_ NDIS_HANDLE ProtocolBindingContext,
    _In_ PNDIS_OID_REQUEST OidRequest, _In_ NDIS_STATUS Status);
typedef PROTOCOL_DIRECT_OID_REQUEST_COMPLETE *DIRECT_OID_REQUEST_COMPLETE_HANDLER;

typedef _Function_class_(PROTOCOL_STATUS_EX) _IRQL_requires_max_(DISPATCH_LEVEL)
VOID PROTOCOL_STATUS_EX(_In_ NDIS_HANDLE ProtocolBindingContext, _In_ PNDIS_STATUS_INDICATION StatusIndication);
typedef PROTOCOL_STATUS_EX *STATUS_HANDLER_EX;

typedef _Function_class_(PROTOCOL_RECEIVE_NET_BUFFER_LISTS) _IRQL_requires_max_(DISPATCH_LEVEL)
VOID PROTOCOL_RECEIVE_NET_BUFFER_LISTS(_In_ NDIS_HANDLE ProtocolBindingContext, _In_ PNET_BUFFER_LIST NetBufferLists,
    _In_ NDIS_PORT_NUMBER PortNumber, _In_ ULONG NumberOfNetBufferLists, _In_ ULONG ReceiveFlags);
typedef PROTOCOL_RECEIVE_NET_BUFFER_LISTS *RECEIVE_NET_BUFFER_LISTS_HANDLER;

typedef _Function_class_(PROTOCOL_SEND_NET_BUFFER_LISTS_COMPLETE) _IRQL_requires_max_(DISPATCH_LEVEL)
VOID PROTOCOL_SEND_NET_BUFFER_LISTS_COMPLETE(_In_ NDIS_HANDLE ProtocolBindingContext,
    _In_ PNET_BUFFER_LIST NetBufferList, _In_ ULONG SendCompleteFlags);
typedef PROTOCOL_SEND_NET_BUFFER_LISTS_COMPLETE *SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER;

#define NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_1 1
#define NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2 2
#define NDIS_PROTOCOL_DRIVER_SUPPORTS_CURRENT_MAC_ADDRESS_CHANGE 0x00000002
#define NDIS_PROTOCOL_DRIVER_SUPPORTS_L2_MTU_SIZE_CHANGE 0x00000004

typedef struct _NDIS_PROTOCOL_DRIVER_CHARACTERISTICS {
    NDIS_OBJECT_HEADER Header;
    UCHAR MajorNdisVersion;
    UCHAR MinorNdisVersion;
    UCHAR MajorDriverVersion;
    UCHAR MinorDriverVersion;
    ULONG Flags;
    NDIS_STRING Name;
    SET_OPTIONS_HANDLER SetOptionsHandler;
    BIND_HANDLER_EX BindAdapterHandlerEx;
    UNBIND_HANDLER_EX UnbindAdapterHandlerEx;
    OPEN_ADAPTER_COMPLETE_HANDLER_EX OpenAdapterCompleteHandlerEx;
    CLOSE_ADAPTER_COMPLETE_HANDLER_EX CloseAdapterCompleteHandlerEx;
    NET_PNP_EVENT_HANDLER NetPnPEventHandler;
    UNINSTALL_PROTOCOL_HANDLER UninstallHandler;
    OID_REQUEST_COMPLETE_HANDLER OidRequestCompleteHandler;
    STATUS_HANDLER_EX StatusHandlerEx;
    RECEIVE_NET_BUFFER_LISTS_HANDLER ReceiveNetBufferListsHandler;
    SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER SendNetBufferListsCompleteHandler;
    DIRECT_OID_REQUEST_COMPLETE_HANDLER DirectOidRequestCompleteHandler;
} NDIS_PROTOCOL_DRIVER_CHARACTERISTICS, *PNDIS_PROTOCOL_DRIVER_CHARACTERISTICS;
#define NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_1 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_PROTOCOL_DRIVER_CHARACTERISTICS, SendNetBufferListsCompleteHandler)
#define NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2 \
    RTL_SIZEOF_THROUGH_FIELD(NDIS_PROTOCOL_DRIVER_CHARACTERISTICS, DirectOidRequestCompleteHandler)

_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI NDIS_STATUS NdisRegisterProtocolDriver(_In_opt_ NDIS_HANDLE ProtocolDriverContext,
    _In_ PNDIS_PROTOCOL_DRIVER_CHARACTERISTICS ProtocolCharacteristics, _Out_ PNDIS_HANDLE NdisProtocolHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI VOID NdisDeregisterProtocolDriver(_In_ NDIS_HANDLE NdisProtocolHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI NDIS_STATUS NdisOpenAdapterEx(_In_ NDIS_HANDLE NdisProtocolHandle, _In_ NDIS_HANDLE ProtocolBindingContext,
    _In_ PNDIS_OPEN_PARAMETERS OpenParameters, _In_ NDIS_HANDLE BindContext, _Out_ PNDIS_HANDLE NdisBindingHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI NDIS_STATUS NdisCloseAdapterEx(_In_ NDIS_HANDLE NdisBindingHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI VOID NdisCompleteBindAdapterEx(_In_ NDIS_HANDLE BindAdapterContext, _In_ NDIS_STATUS Status);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI VOID NdisCompleteUnbindAdapterEx(_In_ NDIS_HANDLE UnbindContext);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI NDIS_STATUS NdisUnbindAdapter(_In_ NDIS_HANDLE NdisBindingHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI VOID NdisReEnumerateProtocolBindings(_In_ NDIS_HANDLE NdisProtocolHandle);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisSendNetBufferLists(_In_ NDIS_HANDLE NdisBindingHandle, _In_ PNET_BUFFER_LIST NetBufferLists,
    _In_ NDIS_PORT_NUMBER PortNumber, _In_ ULONG SendFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisReturnNetBufferLists(_In_ NDIS_HANDLE NdisBindingHandle, _In_ PNET_BUFFER_LIST NetBufferLists,
    _In_ ULONG ReturnFlags);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisCancelSendNetBufferLists(_In_ NDIS_HANDLE NdisBindingHandle, _In_ PVOID CancelId);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI NDIS_STATUS NdisQueryAdapterInstanceName(_Out_ PNDIS_STRING pAdapterInstanceName,
    _In_ NDIS_HANDLE NdisBindingHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI NDIS_STATUS NdisQueryBindInstanceName(_Out_ PNDIS_STRING pAdapterInstanceName,
    _In_ NDIS_HANDLE BindingContext);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI NDIS_STATUS NdisDirectOidRequest(_In_ NDIS_HANDLE NdisBindingHandle, _In_ PNDIS_OID_REQUEST OidRequest);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisCancelDirectOidRequest(_In_ NDIS_HANDLE NdisBindingHandle, _In_ PVOID RequestId);

/* NDIS 5 protocol services. */
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI VOID NdisOpenAdapter(_Out_ PNDIS_STATUS Status, _Out_ PNDIS_STATUS OpenErrorStatus,
    _Out_ PNDIS_HANDLE NdisBindingHandle, _Out_ PUINT SelectedMediumIndex, _In_reads_(MediumArraySize) PNDIS_MEDIUM MediumArray,
    _In_ UINT MediumArraySize, _In_ NDIS_HANDLE NdisProtocolHandle, _In_ NDIS_HANDLE ProtocolBindingContext,
    _In_ PNDIS_STRING AdapterName, _In_ UINT OpenOptions, _In_opt_ PSTRING AddressingInformation);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI VOID NdisCloseAdapter(_Out_ PNDIS_STATUS Status, _In_ NDIS_HANDLE NdisBindingHandle);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI VOID NdisCompleteUnbindAdapter(_In_ NDIS_HANDLE UnbindAdapterContext, _In_ NDIS_STATUS Status);
_IRQL_requires_(PASSIVE_LEVEL)
NDISAPI VOID NdisCompleteBindAdapter(_In_ NDIS_HANDLE BindAdapterContext, _In_ NDIS_STATUS Status,
    _In_ NDIS_STATUS OpenStatus);
_IRQL_requires_max_(DISPATCH_LEVEL)
NDISAPI VOID NdisCancelSendPackets(_In_ NDIS_HANDLE NdisBindingHandle, _In_ PVOID CancelId);

#endif /* DDICHECK_NDIS_PROTOCOL_H */
