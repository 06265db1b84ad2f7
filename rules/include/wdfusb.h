/*
 * wdfusb.h - ddicheck overlay header.
 *
 * Written for ddicheck from the documented KMDF API (Microsoft Learn);
 * used only when the real Windows Driver Kit is absent.
 * Framework USB I/O targets: USB device, interface and pipe objects.
 */
#ifndef DDICHECK_WDFUSB_H
#define DDICHECK_WDFUSB_H

#include <wdf.h>
#include <usb.h>
#include <usbdlib.h>

#ifndef USBD_CLIENT_CONTRACT_VERSION_INVALID
#define USBD_CLIENT_CONTRACT_VERSION_INVALID 0xFFFFFFFF
#endif
#ifndef USBD_CLIENT_CONTRACT_VERSION_602
#define USBD_CLIENT_CONTRACT_VERSION_602 0x602
#endif

typedef enum _WDF_USB_REQUEST_TYPE {
    WdfUsbRequestTypeInvalid = 0,
    WdfUsbRequestTypeNoFormat,
    WdfUsbRequestTypeDeviceString,
    WdfUsbRequestTypeDeviceControlTransfer,
    WdfUsbRequestTypeDeviceUrb,
    WdfUsbRequestTypePipeWrite,
    WdfUsbRequestTypePipeRead,
    WdfUsbRequestTypePipeAbort,
    WdfUsbRequestTypePipeReset,
    WdfUsbRequestTypePipeUrb
} WDF_USB_REQUEST_TYPE, *PWDF_USB_REQUEST_TYPE;

typedef enum _WDF_USB_BMREQUEST_DIRECTION {
    BmRequestHostToDevice = 0,
    BmRequestDeviceToHost = 1
} WDF_USB_BMREQUEST_DIRECTION;

typedef enum _WDF_USB_BMREQUEST_TYPE {
    BmRequestStandard = 0,
    BmRequestClass = 1,
    BmRequestVendor = 2
} WDF_USB_BMREQUEST_TYPE;

typedef enum _WDF_USB_BMREQUEST_RECIPIENT {
    BmRequestToDevice = 0,
    BmRequestToInterface = 1,
    BmRequestToEndpoint = 2,
    BmRequestToOther = 3
} WDF_USB_BMREQUEST_RECIPIENT;

typedef enum _WDF_USB_PIPE_TYPE {
    WdfUsbPipeTypeInvalid = 0,
    WdfUsbPipeTypeControl,
    WdfUsbPipeTypeIsochronous,
    WdfUsbPipeTypeBulk,
    WdfUsbPipeTypeInterrupt
} WDF_USB_PIPE_TYPE;

typedef enum _WDF_USB_DEVICE_SELECT_CONFIG_TYPE {
    WdfUsbTargetDeviceSelectConfigTypeInvalid = 0,
    WdfUsbTargetDeviceSelectConfigTypeDeconfig = 1,
    WdfUsbTargetDeviceSelectConfigTypeSingleInterface = 2,
    WdfUsbTargetDeviceSelectConfigTypeMultiInterface = 3,
    WdfUsbTargetDeviceSelectConfigTypeInterfacesPairs = 4,
    WdfUsbTargetDeviceSelectConfigTypeInterfacesDescriptor = 5,
    WdfUsbTargetDeviceSelectConfigTypeUrb = 6
} WDF_USB_DEVICE_SELECT_CONFIG_TYPE;

typedef enum _WDF_USB_INTERFACE_SELECT_SETTING_TYPE {
    WdfUsbInterfaceSelectSettingTypeDescriptor = 0x10,
    WdfUsbInterfaceSelectSettingTypeSetting = 0x11,
    WdfUsbInterfaceSelectSettingTypeUrb = 0x12
} WDF_USB_INTERFACE_SELECT_SETTING_TYPE;

typedef enum _WDF_USB_DEVICE_TRAITS {
    WDF_USB_DEVICE_TRAIT_SELF_POWERED = 0x00000001,
    WDF_USB_DEVICE_TRAIT_REMOTE_WAKE_CAPABLE = 0x00000002,
    WDF_USB_DEVICE_TRAIT_AT_HIGH_SPEED = 0x00000004
} WDF_USB_DEVICE_TRAITS;

/* ---- control setup packet ---- */
typedef union _WDF_USB_CONTROL_SETUP_PACKET {
    struct {
        union {
            struct {
                UCHAR Recipient : 2;
                UCHAR Reserved : 3;
                UCHAR Type : 2;
                UCHAR Dir : 1;
            } Request;
            UCHAR Byte;
        } bm;
        UCHAR bRequest;
        union {
            struct {
                UCHAR LowByte;
                UCHAR HiByte;
            } Bytes;
            USHORT Value;
        } wValue;
        union {
            struct {
                UCHAR LowByte;
                UCHAR HiByte;
            } Bytes;
            USHORT Value;
        } wIndex;
        USHORT wLength;
    } Packet;
    struct {
        UCHAR Bytes[8];
    } Generic;
} WDF_USB_CONTROL_SETUP_PACKET, *PWDF_USB_CONTROL_SETUP_PACKET;

FORCEINLINE VOID
WDF_USB_CONTROL_SETUP_PACKET_INIT(
    _Out_ PWDF_USB_CONTROL_SETUP_PACKET Packet,
    _In_ WDF_USB_BMREQUEST_DIRECTION Direction,
    _In_ WDF_USB_BMREQUEST_RECIPIENT Recipient,
    _In_ UCHAR Request,
    _In_ USHORT Value,
    _In_ USHORT Index)
{
    RtlZeroMemory(Packet, sizeof(WDF_USB_CONTROL_SETUP_PACKET));
    Packet->Packet.bm.Request.Dir = (UCHAR)Direction;
    Packet->Packet.bm.Request.Type = (UCHAR)BmRequestStandard;
    Packet->Packet.bm.Request.Recipient = (UCHAR)Recipient;
    Packet->Packet.bRequest = Request;
    Packet->Packet.wValue.Value = Value;
    Packet->Packet.wIndex.Value = Index;
}

FORCEINLINE VOID
WDF_USB_CONTROL_SETUP_PACKET_INIT_CLASS(
    _Out_ PWDF_USB_CONTROL_SETUP_PACKET Packet,
    _In_ WDF_USB_BMREQUEST_DIRECTION Direction,
    _In_ WDF_USB_BMREQUEST_RECIPIENT Recipient,
    _In_ UCHAR Request,
    _In_ USHORT Value,
    _In_ USHORT Index)
{
    WDF_USB_CONTROL_SETUP_PACKET_INIT(Packet, Direction, Recipient, Request, Value, Index);
    Packet->Packet.bm.Request.Type = (UCHAR)BmRequestClass;
}

FORCEINLINE VOID
WDF_USB_CONTROL_SETUP_PACKET_INIT_VENDOR(
    _Out_ PWDF_USB_CONTROL_SETUP_PACKET Packet,
    _In_ WDF_USB_BMREQUEST_DIRECTION Direction,
    _In_ WDF_USB_BMREQUEST_RECIPIENT Recipient,
    _In_ UCHAR Request,
    _In_ USHORT Value,
    _In_ USHORT Index)
{
    WDF_USB_CONTROL_SETUP_PACKET_INIT(Packet, Direction, Recipient, Request, Value, Index);
    Packet->Packet.bm.Request.Type = (UCHAR)BmRequestVendor;
}

FORCEINLINE VOID
WDF_USB_CONTROL_SETUP_PACKET_INIT_FEATURE(
    _Out_ PWDF_USB_CONTROL_SETUP_PACKET Packet,
    _In_ WDF_USB_BMREQUEST_RECIPIENT BmRequestRecipient,
    _In_ USHORT FeatureSelector,
    _In_ USHORT Index,
    _In_ BOOLEAN SetFeature)
{
    WDF_USB_CONTROL_SETUP_PACKET_INIT(Packet, BmRequestHostToDevice, BmRequestRecipient,
        (UCHAR)(SetFeature ? USB_REQUEST_SET_FEATURE : USB_REQUEST_CLEAR_FEATURE),
        FeatureSelector, Index);
}

FORCEINLINE VOID
WDF_USB_CONTROL_SETUP_PACKET_INIT_GET_STATUS(
    _Out_ PWDF_USB_CONTROL_SETUP_PACKET Packet,
    _In_ WDF_USB_BMREQUEST_RECIPIENT BmRequestRecipient,
    _In_ USHORT Index)
{
    WDF_USB_CONTROL_SETUP_PACKET_INIT(Packet, BmRequestDeviceToHost, BmRequestRecipient,
        (UCHAR)USB_REQUEST_GET_STATUS, 0, Index);
    Packet->Packet.wLength = sizeof(USHORT);
}

/* ---- completion parameters ---- */
typedef struct _WDF_USB_REQUEST_COMPLETION_PARAMS {
    USBD_STATUS UsbdStatus;
    WDF_USB_REQUEST_TYPE Type;
    union {
        struct {
            WDFMEMORY Buffer;
            USHORT LangID;
            UCHAR StringIndex;
            UCHAR RequiredSize;
        } DeviceString;
        struct {
            WDFMEMORY Buffer;
            WDF_USB_CONTROL_SETUP_PACKET SetupPacket;
            ULONG Length;
        } DeviceControlTransfer;
        struct {
            WDFMEMORY Buffer;
        } DeviceUrb;
        struct {
            WDFMEMORY Buffer;
            size_t Length;
            size_t Offset;
        } PipeWrite;
        struct {
            WDFMEMORY Buffer;
            size_t Length;
            size_t Offset;
        } PipeRead;
        struct {
            WDFMEMORY Buffer;
        } PipeUrb;
    } Parameters;
} WDF_USB_REQUEST_COMPLETION_PARAMS, *PWDF_USB_REQUEST_COMPLETION_PARAMS;

/* ---- continuous reader ---- */
typedef _Function_class_(EVT_WDF_USB_READER_COMPLETION_ROUTINE)
_IRQL_requires_same_
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID EVT_WDF_USB_READER_COMPLETION_ROUTINE(
    _In_ WDFUSBPIPE Pipe,
    _In_ WDFMEMORY Buffer,
    _In_ size_t NumBytesTransferred,
    _In_ WDFCONTEXT Context);
typedef EVT_WDF_USB_READER_COMPLETION_ROUTINE *PFN_WDF_USB_READER_COMPLETION_ROUTINE;

typedef _Function_class_(EVT_WDF_USB_READERS_FAILED)
_IRQL_requires_same_
_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN EVT_WDF_USB_READERS_FAILED(
    _In_ WDFUSBPIPE Pipe,
    _In_ NTSTATUS Status,
    _In_ USBD_STATUS UsbdStatus);
typedef EVT_WDF_USB_READERS_FAILED *PFN_WDF_USB_READERS_FAILED;

typedef struct _WDF_USB_CONTINUOUS_READER_CONFIG {
    ULONG Size;
    size_t TransferLength;
    size_t HeaderLength;
    size_t TrailerLength;
    UCHAR NumPendingReads;
    PWDF_OBJECT_ATTRIBUTES BufferAttributes;
    PFN_WDF_USB_READER_COMPLETION_ROUTINE EvtUsbTargetPipeReadComplete;
    WDFCONTEXT EvtUsbTargetPipeReadCompleteContext;
    PFN_WDF_USB_READERS_FAILED EvtUsbTargetPipeReadersFailed;
} WDF_USB_CONTINUOUS_READER_CONFIG, *PWDF_USB_CONTINUOUS_READER_CONFIG;

FORCEINLINE VOID
WDF_USB_CONTINUOUS_READER_CONFIG_INIT(
    _Out_ PWDF_USB_CONTINUOUS_READER_CONFIG Config,
    _In_ PFN_WDF_USB_READER_COMPLETION_ROUTINE EvtUsbTargetPipeReadComplete,
    _In_ WDFCONTEXT EvtUsbTargetPipeReadCompleteContext,
    _In_ size_t TransferLength)
{
    RtlZeroMemory(Config, sizeof(WDF_USB_CONTINUOUS_READER_CONFIG));
    Config->Size = sizeof(WDF_USB_CONTINUOUS_READER_CONFIG);
    Config->TransferLength = TransferLength;
    Config->EvtUsbTargetPipeReadComplete = EvtUsbTargetPipeReadComplete;
    Config->EvtUsbTargetPipeReadCompleteContext = EvtUsbTargetPipeReadCompleteContext;
}

/* ---- device information and creation ---- */
typedef struct _WDF_USB_DEVICE_INFORMATION {
    ULONG Size;
    USBD_VERSION_INFORMATION UsbdVersionInformation;
    ULONG HcdPortCapabilities;
    ULONG Traits;
} WDF_USB_DEVICE_INFORMATION, *PWDF_USB_DEVICE_INFORMATION;

FORCEINLINE VOID
WDF_USB_DEVICE_INFORMATION_INIT(_Out_ PWDF_USB_DEVICE_INFORMATION Udi)
{
    RtlZeroMemory(Udi, sizeof(WDF_USB_DEVICE_INFORMATION));
    Udi->Size = sizeof(WDF_USB_DEVICE_INFORMATION);
}

typedef struct _WDF_USB_DEVICE_CREATE_CONFIG {
    ULONG Size;
    ULONG USBDClientContractVersion;
} WDF_USB_DEVICE_CREATE_CONFIG, *PWDF_USB_DEVICE_CREATE_CONFIG;

FORCEINLINE VOID
WDF_USB_DEVICE_CREATE_CONFIG_INIT(
    _Out_ PWDF_USB_DEVICE_CREATE_CONFIG Config,
    _In_ ULONG USBDClientContractVersion)
{
    RtlZeroMemory(Config, sizeof(WDF_USB_DEVICE_CREATE_CONFIG));
    Config->Size = sizeof(WDF_USB_DEVICE_CREATE_CONFIG);
    Config->USBDClientContractVersion = USBDClientContractVersion;
}

/* ---- configuration / setting selection ---- */
typedef struct _WDF_USB_INTERFACE_SETTING_PAIR {
    WDFUSBINTERFACE UsbInterface;
    UCHAR SettingIndex;
} WDF_USB_INTERFACE_SETTING_PAIR, *PWDF_USB_INTERFACE_SETTING_PAIR;

typedef struct _WDF_USB_DEVICE_SELECT_CONFIG_PARAMS {
    ULONG Size;
    WDF_USB_DEVICE_SELECT_CONFIG_TYPE Type;
    union {
        struct {
            PUSB_CONFIGURATION_DESCRIPTOR ConfigurationDescriptor;
            PUSB_INTERFACE_DESCRIPTOR *InterfaceDescriptors;
            ULONG NumInterfaceDescriptors;
        } Descriptor;
        struct {
            PURB Urb;
        } Urb;
        struct {
            UCHAR NumberConfiguredPipes;
            WDFUSBINTERFACE ConfiguredUsbInterface;
        } SingleInterface;
        struct {
            UCHAR NumberInterfaces;
            PWDF_USB_INTERFACE_SETTING_PAIR Pairs;
            UCHAR NumberOfConfiguredInterfaces;
        } MultiInterface;
    } Types;
} WDF_USB_DEVICE_SELECT_CONFIG_PARAMS, *PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS;

FORCEINLINE VOID
WDF_USB_DEVICE_SELECT_CONFIG_PARAMS_INIT_SINGLE_INTERFACE(
    _Out_ PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS Params)
{
    RtlZeroMemory(Params, sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS));
    Params->Size = sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS);
    Params->Type = WdfUsbTargetDeviceSelectConfigTypeSingleInterface;
}

FORCEINLINE VOID
WDF_USB_DEVICE_SELECT_CONFIG_PARAMS_INIT_MULTIPLE_INTERFACES(
    _Out_ PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS Params,
    _In_opt_ UCHAR NumberInterfaces,
    _In_opt_ PWDF_USB_INTERFACE_SETTING_PAIR SettingPairs)
{
    RtlZeroMemory(Params, sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS));
    Params->Size = sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS);
    if (SettingPairs != NULL && NumberInterfaces != 0) {
        Params->Type = WdfUsbTargetDeviceSelectConfigTypeInterfacesPairs;
        Params->Types.MultiInterface.NumberInterfaces = NumberInterfaces;
        Params->Types.MultiInterface.Pairs = SettingPairs;
    } else {
        Params->Type = WdfUsbTargetDeviceSelectConfigTypeMultiInterface;
    }
}

FORCEINLINE VOID
WDF_USB_DEVICE_SELECT_CONFIG_PARAMS_INIT_INTERFACES_DESCRIPTORS(
    _Out_ PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS Params,
    _In_ PUSB_CONFIGURATION_DESCRIPTOR ConfigDescriptor,
    _In_ PUSB_INTERFACE_DESCRIPTOR *InterfaceDescriptors,
    _In_ ULONG NumInterfaceDescriptors)
{
    RtlZeroMemory(Params, sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS));
    Params->Size = sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS);
    Params->Type = WdfUsbTargetDeviceSelectConfigTypeInterfacesDescriptor;
    Params->Types.Descriptor.ConfigurationDescriptor = ConfigDescriptor;
    Params->Types.Descriptor.InterfaceDescriptors = InterfaceDescriptors;
    Params->Types.Descriptor.NumInterfaceDescriptors = NumInterfaceDescriptors;
}

FORCEINLINE VOID
WDF_USB_DEVICE_SELECT_CONFIG_PARAMS_INIT_URB(
    _Out_ PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS Params,
    _In_ PURB Urb)
{
    RtlZeroMemory(Params, sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS));
    Params->Size = sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS);
    Params->Type = WdfUsbTargetDeviceSelectConfigTypeUrb;
    Params->Types.Urb.Urb = Urb;
}

FORCEINLINE VOID
WDF_USB_DEVICE_SELECT_CONFIG_PARAMS_INIT_DECONFIG(
    _Out_ PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS Params)
{
    RtlZeroMemory(Params, sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS));
    Params->Size = sizeof(WDF_USB_DEVICE_SELECT_CONFIG_PARAMS);
    Params->Type = WdfUsbTargetDeviceSelectConfigTypeDeconfig;
}

typedef struct _WDF_USB_INTERFACE_SELECT_SETTING_PARAMS {
    ULONG Size;
    WDF_USB_INTERFACE_SELECT_SETTING_TYPE Type;
    union {
        struct {
            PUSB_INTERFACE_DESCRIPTOR InterfaceDescriptor;
        } Descriptor;
        struct {
            UCHAR SettingIndex;
        } Interface;
        struct {
            PURB Urb;
        } Urb;
    } Types;
} WDF_USB_INTERFACE_SELECT_SETTING_PARAMS, *PWDF_USB_INTERFACE_SELECT_SETTING_PARAMS;

FORCEINLINE VOID
WDF_USB_INTERFACE_SELECT_SETTING_PARAMS_INIT_DESCRIPTOR(
    _Out_ PWDF_USB_INTERFACE_SELECT_SETTING_PARAMS Params,
    _In_ PUSB_INTERFACE_DESCRIPTOR Interface)
{
    RtlZeroMemory(Params, sizeof(WDF_USB_INTERFACE_SELECT_SETTING_PARAMS));
    Params->Size = sizeof(WDF_USB_INTERFACE_SELECT_SETTING_PARAMS);
    Params->Type = WdfUsbInterfaceSelectSettingTypeDescriptor;
    Params->Types.Descriptor.InterfaceDescriptor = Interface;
}

FORCEINLINE VOID
WDF_USB_INTERFACE_SELECT_SETTING_PARAMS_INIT_URB(
    _Out_ PWDF_USB_INTERFACE_SELECT_SETTING_PARAMS Params,
    _In_ PURB Urb)
{
    RtlZeroMemory(Params, sizeof(WDF_USB_INTERFACE_SELECT_SETTING_PARAMS));
    Params->Size = sizeof(WDF_USB_INTERFACE_SELECT_SETTING_PARAMS);
    Params->Type = WdfUsbInterfaceSelectSettingTypeUrb;
    Params->Types.Urb.Urb = Urb;
}

FORCEINLINE VOID
WDF_USB_INTERFACE_SELECT_SETTING_PARAMS_INIT_SETTING(
    _Out_ PWDF_USB_INTERFACE_SELECT_SETTING_PARAMS Params,
    _In_ UCHAR SettingIndex)
{
    RtlZeroMemory(Params, sizeof(WDF_USB_INTERFACE_SELECT_SETTING_PARAMS));
    Params->Size = sizeof(WDF_USB_INTERFACE_SELECT_SETTING_PARAMS);
    Params->Type = WdfUsbInterfaceSelectSettingTypeSetting;
    Params->Types.Interface.SettingIndex = SettingIndex;
}

/* ---- pipe information ---- */
typedef struct _WDF_USB_PIPE_INFORMATION {
    ULONG Size;
    ULONG MaximumPacketSize;
    UCHAR EndpointAddress;
    UCHAR Interval;
    UCHAR SettingIndex;
    WDF_USB_PIPE_TYPE PipeType;
    ULONG MaximumTransferSize;
} WDF_USB_PIPE_INFORMATION, *PWDF_USB_PIPE_INFORMATION;

FORCEINLINE VOID
WDF_USB_PIPE_INFORMATION_INIT(_Out_ PWDF_USB_PIPE_INFORMATION Info)
{
    RtlZeroMemory(Info, sizeof(WDF_USB_PIPE_INFORMATION));
    Info->Size = sizeof(WDF_USB_PIPE_INFORMATION);
}

FORCEINLINE BOOLEAN WDF_USB_PIPE_DIRECTION_IN(_In_ UCHAR EndpointAddress)
{ return (EndpointAddress & 0x80) ? TRUE : FALSE; }
FORCEINLINE BOOLEAN WDF_USB_PIPE_DIRECTION_OUT(_In_ UCHAR EndpointAddress)
{ return (EndpointAddress & 0x80) ? FALSE : TRUE; }

/* ---- USB target device ---- */
_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetDeviceCreate(
    _In_ WDFDEVICE Device,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _Out_ WDFUSBDEVICE *UsbDevice);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetDeviceCreateWithParameters(
    _In_ WDFDEVICE Device,
    _In_ PWDF_USB_DEVICE_CREATE_CONFIG Config,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _Out_ WDFUSBDEVICE *UsbDevice);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfUsbTargetDeviceRetrieveInformation(
    _In_ WDFUSBDEVICE UsbDevice,
    _Out_ PWDF_USB_DEVICE_INFORMATION Information);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfUsbTargetDeviceGetDeviceDescriptor(
    _In_ WDFUSBDEVICE UsbDevice,
    _Out_ PUSB_DEVICE_DESCRIPTOR UsbDeviceDescriptor);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfUsbTargetDeviceRetrieveConfigDescriptor(
    _In_ WDFUSBDEVICE UsbDevice,
    _Out_writes_bytes_to_opt_(*ConfigDescriptorLength, *ConfigDescriptorLength)
    PVOID ConfigDescriptor,
    _Inout_ PUSHORT ConfigDescriptorLength);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetDeviceQueryString(
    _In_ WDFUSBDEVICE UsbDevice,
    _In_opt_ WDFREQUEST Request,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    _Out_writes_opt_(*NumCharacters) PUSHORT String,
    _Inout_ PUSHORT NumCharacters,
    _In_ UCHAR StringIndex,
    _In_opt_ USHORT LangID);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetDeviceAllocAndQueryString(
    _In_ WDFUSBDEVICE UsbDevice,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES StringMemoryAttributes,
    _Out_ WDFMEMORY *StringMemory,
    _Out_opt_ PUSHORT NumCharacters,
    _In_ UCHAR StringIndex,
    _In_opt_ USHORT LangID);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfUsbTargetDeviceFormatRequestForString(
    _In_ WDFUSBDEVICE UsbDevice,
    _In_ WDFREQUEST Request,
    _In_ WDFMEMORY Memory,
    _In_opt_ PWDFMEMORY_OFFSET Offset,
    _In_ UCHAR StringIndex,
    _In_opt_ USHORT LangID);

_IRQL_requires_max_(DISPATCH_LEVEL)
UCHAR WdfUsbTargetDeviceGetNumInterfaces(_In_ WDFUSBDEVICE UsbDevice);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetDeviceSelectConfig(
    _In_ WDFUSBDEVICE UsbDevice,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES PipeAttributes,
    _Inout_ PWDF_USB_DEVICE_SELECT_CONFIG_PARAMS Params);

_IRQL_requires_max_(DISPATCH_LEVEL)
USBD_CONFIGURATION_HANDLE WdfUsbTargetDeviceWdmGetConfigurationHandle(
    _In_ WDFUSBDEVICE UsbDevice);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfUsbTargetDeviceRetrieveCurrentFrameNumber(
    _In_ WDFUSBDEVICE UsbDevice,
    _Out_ PULONG CurrentFrameNumber);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetDeviceSendControlTransferSynchronously(
    _In_ WDFUSBDEVICE UsbDevice,
    _In_opt_ WDFREQUEST Request,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    _In_ PWDF_USB_CONTROL_SETUP_PACKET SetupPacket,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR MemoryDescriptor,
    _Out_opt_ PULONG BytesTransferred);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfUsbTargetDeviceFormatRequestForControlTransfer(
    _In_ WDFUSBDEVICE UsbDevice,
    _In_ WDFREQUEST Request,
    _In_ PWDF_USB_CONTROL_SETUP_PACKET SetupPacket,
    _In_opt_ WDFMEMORY TransferMemory,
    _In_opt_ PWDFMEMORY_OFFSET TransferOffset);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetDeviceIsConnectedSynchronous(_In_ WDFUSBDEVICE UsbDevice);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetDeviceResetPortSynchronously(_In_ WDFUSBDEVICE UsbDevice);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetDeviceCyclePortSynchronously(_In_ WDFUSBDEVICE UsbDevice);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfUsbTargetDeviceFormatRequestForCyclePort(
    _In_ WDFUSBDEVICE UsbDevice,
    _In_ WDFREQUEST Request);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetDeviceSendUrbSynchronously(
    _In_ WDFUSBDEVICE UsbDevice,
    _In_opt_ WDFREQUEST Request,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    _In_reads_(_Inexpressible_("union bug")) PURB Urb);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfUsbTargetDeviceFormatRequestForUrb(
    _In_ WDFUSBDEVICE UsbDevice,
    _In_ WDFREQUEST Request,
    _In_ WDFMEMORY UrbMemory,
    _In_opt_ PWDFMEMORY_OFFSET UrbMemoryOffset);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetDeviceQueryUsbCapability(
    _In_ WDFUSBDEVICE UsbDevice,
    _In_ CONST GUID *CapabilityType,
    _In_ ULONG CapabilityBufferLength,
    _When_(CapabilityBufferLength == 0, _Out_opt_)
    _When_(CapabilityBufferLength != 0 && ResultLength == NULL,
           _Out_writes_bytes_(CapabilityBufferLength))
    _When_(CapabilityBufferLength != 0 && ResultLength != NULL,
           _Out_writes_bytes_to_opt_(CapabilityBufferLength, *ResultLength))
    PVOID CapabilityBuffer,
    _Out_opt_ PULONG ResultLength);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfUsbTargetDeviceCreateUrb(
    _In_ WDFUSBDEVICE UsbDevice,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _Out_ WDFMEMORY *UrbMemory,
    _Outptr_opt_result_bytebuffer_(sizeof(URB)) PURB *Urb);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfUsbTargetDeviceCreateIsochUrb(
    _In_ WDFUSBDEVICE UsbDevice,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _In_ ULONG NumberOfIsochPackets,
    _Out_ WDFMEMORY *UrbMemory,
    _Outptr_opt_ PURB *Urb);

_IRQL_requires_max_(DISPATCH_LEVEL)
WDFUSBINTERFACE WdfUsbTargetDeviceGetInterface(
    _In_ WDFUSBDEVICE UsbDevice,
    _In_ UCHAR InterfaceIndex);

/* USB device and pipe objects are I/O targets. */
FORCEINLINE WDFIOTARGET WdfUsbTargetDeviceGetIoTarget(_In_ WDFUSBDEVICE UsbDevice)
{ return (WDFIOTARGET)UsbDevice; }

/* ---- USB pipes ---- */
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfUsbTargetPipeGetInformation(
    _In_ WDFUSBPIPE Pipe,
    _Out_ PWDF_USB_PIPE_INFORMATION PipeInformation);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN WdfUsbTargetPipeIsInEndpoint(_In_ WDFUSBPIPE Pipe);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN WdfUsbTargetPipeIsOutEndpoint(_In_ WDFUSBPIPE Pipe);

_IRQL_requires_max_(DISPATCH_LEVEL)
WDF_USB_PIPE_TYPE WdfUsbTargetPipeGetType(_In_ WDFUSBPIPE Pipe);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfUsbTargetPipeSetNoMaximumPacketSizeCheck(_In_ WDFUSBPIPE Pipe);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetPipeWriteSynchronously(
    _In_ WDFUSBPIPE Pipe,
    _In_opt_ WDFREQUEST Request,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR MemoryDescriptor,
    _Out_opt_ PULONG BytesWritten);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfUsbTargetPipeFormatRequestForWrite(
    _In_ WDFUSBPIPE Pipe,
    _In_ WDFREQUEST Request,
    _In_opt_ WDFMEMORY WriteMemory,
    _In_opt_ PWDFMEMORY_OFFSET WriteOffset);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetPipeReadSynchronously(
    _In_ WDFUSBPIPE Pipe,
    _In_opt_ WDFREQUEST Request,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    _In_opt_ PWDF_MEMORY_DESCRIPTOR MemoryDescriptor,
    _Out_opt_ PULONG BytesRead);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfUsbTargetPipeFormatRequestForRead(
    _In_ WDFUSBPIPE Pipe,
    _In_ WDFREQUEST Request,
    _In_opt_ WDFMEMORY ReadMemory,
    _In_opt_ PWDFMEMORY_OFFSET ReadOffset);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfUsbTargetPipeConfigContinuousReader(
    _In_ WDFUSBPIPE Pipe,
    _In_ PWDF_USB_CONTINUOUS_READER_CONFIG Config);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetPipeAbortSynchronously(
    _In_ WDFUSBPIPE Pipe,
    _In_opt_ WDFREQUEST Request,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfUsbTargetPipeFormatRequestForAbort(
    _In_ WDFUSBPIPE Pipe,
    _In_ WDFREQUEST Request);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetPipeResetSynchronously(
    _In_ WDFUSBPIPE Pipe,
    _In_opt_ WDFREQUEST Request,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfUsbTargetPipeFormatRequestForReset(
    _In_ WDFUSBPIPE Pipe,
    _In_ WDFREQUEST Request);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfUsbTargetPipeSendUrbSynchronously(
    _In_ WDFUSBPIPE Pipe,
    _In_opt_ WDFREQUEST Request,
    _In_opt_ PWDF_REQUEST_SEND_OPTIONS RequestOptions,
    _In_ PURB Urb);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfUsbTargetPipeFormatRequestForUrb(
    _In_ WDFUSBPIPE PIPE,
    _In_ WDFREQUEST Request,
    _In_ WDFMEMORY UrbMemory,
    _In_opt_ PWDFMEMORY_OFFSET UrbMemoryOffset);

_IRQL_requires_max_(DISPATCH_LEVEL)
USBD_PIPE_HANDLE WdfUsbTargetPipeWdmGetPipeHandle(_In_ WDFUSBPIPE UsbPipe);

FORCEINLINE WDFIOTARGET WdfUsbTargetPipeGetIoTarget(_In_ WDFUSBPIPE Pipe)
{ return (WDFIOTARGET)Pipe; }

/* ---- USB interfaces ---- */
_IRQL_requires_max_(DISPATCH_LEVEL)
UCHAR WdfUsbInterfaceGetInterfaceNumber(_In_ WDFUSBINTERFACE UsbInterface);

_IRQL_requires_max_(DISPATCH_LEVEL)
UCHAR WdfUsbInterfaceGetNumEndpoints(
    _In_ WDFUSBINTERFACE UsbInterface,
    _In_ UCHAR SettingIndex);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfUsbInterfaceGetDescriptor(
    _In_ WDFUSBINTERFACE UsbInterface,
    _In_ UCHAR SettingIndex,
    _Out_ PUSB_INTERFACE_DESCRIPTOR InterfaceDescriptor);

_IRQL_requires_max_(DISPATCH_LEVEL)
UCHAR WdfUsbInterfaceGetNumSettings(_In_ WDFUSBINTERFACE UsbInterface);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfUsbInterfaceSelectSetting(
    _In_ WDFUSBINTERFACE UsbInterface,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES PipesAttributes,
    _In_ PWDF_USB_INTERFACE_SELECT_SETTING_PARAMS Params);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfUsbInterfaceGetEndpointInformation(
    _In_ WDFUSBINTERFACE UsbInterface,
    _In_ UCHAR SettingIndex,
    _In_ UCHAR EndpointIndex,
    _Out_ PWDF_USB_PIPE_INFORMATION EndpointInfo);

_IRQL_requires_max_(DISPATCH_LEVEL)
UCHAR WdfUsbInterfaceGetConfiguredSettingIndex(_In_ WDFUSBINTERFACE Interface);

_IRQL_requires_max_(DISPATCH_LEVEL)
UCHAR WdfUsbInterfaceGetNumConfiguredPipes(_In_ WDFUSBINTERFACE UsbInterface);

_IRQL_requires_max_(DISPATCH_LEVEL)
WDFUSBPIPE WdfUsbInterfaceGetConfiguredPipe(
    _In_ WDFUSBINTERFACE UsbInterface,
    _In_ UCHAR PipeIndex,
    _Out_opt_ PWDF_USB_PIPE_INFORMATION PipeInfo);

#endif /* DDICHECK_WDFUSB_H */
