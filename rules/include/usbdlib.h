/*
 * usbdlib.h -- ddicheck overlay.
 * Written for ddicheck from the documented API (Microsoft Learn: "usbdlib.h
 * header", USBD_CreateHandle and the USB client contract routines of
 * Windows 8); used only when the real WDK is absent.  Includes the mingw-w64
 * usbdlib.h and then declares what it lacks.
 */
#include_next <usbdlib.h>

#ifndef DDICHECK_OVERLAY_USBDLIB_H
#define DDICHECK_OVERLAY_USBDLIB_H

#ifdef __cplusplus
extern "C" {
#endif

#ifndef DDICHECK_HAVE_USBD_HANDLE
#define DDICHECK_HAVE_USBD_HANDLE
DECLARE_HANDLE(USBD_HANDLE);
#endif

#ifndef USBD_CLIENT_CONTRACT_VERSION_INVALID
#define USBD_CLIENT_CONTRACT_VERSION_INVALID 0xFFFFFFFF
#define USBD_CLIENT_CONTRACT_VERSION_602     0x602
#endif
#ifndef USBD_INTERFACE_VERSION_602
#define USBD_INTERFACE_VERSION_602 0x602
#endif

/* USBD_QueryUsbCapability capability GUIDs: declared only (their values
   are not needed to parse a driver). */
extern const GUID GUID_USB_CAPABILITY_CHAINED_MDLS;
extern const GUID GUID_USB_CAPABILITY_STATIC_STREAMS;
extern const GUID GUID_USB_CAPABILITY_FUNCTION_SUSPEND;
extern const GUID GUID_USB_CAPABILITY_SELECTIVE_SUSPEND;
extern const GUID GUID_USB_CAPABILITY_DEVICE_CONNECTION_HIGH_SPEED_COMPATIBLE;
extern const GUID GUID_USB_CAPABILITY_DEVICE_CONNECTION_SUPER_SPEED_COMPATIBLE;
extern const GUID GUID_USB_CAPABILITY_TIME_SYNC;

NTSTATUS NTAPI
USBD_CreateHandle(
    _In_ PDEVICE_OBJECT DeviceObject,
    _In_ PDEVICE_OBJECT TargetDeviceObject,
    _In_ ULONG USBDClientContractVersion,
    _In_ ULONG PoolTag,
    _Out_ USBD_HANDLE *USBDHandle);

VOID NTAPI
USBD_CloseHandle(_In_ USBD_HANDLE USBDHandle);

NTSTATUS NTAPI
USBD_QueryUsbCapability(
    _In_ USBD_HANDLE USBDHandle,
    _In_ const GUID *CapabilityType,
    _In_ ULONG OutputBufferLength,
    _When_(OutputBufferLength == 0, _Pre_null_)
    _Out_writes_bytes_to_opt_(OutputBufferLength, *ResultLength) PUCHAR OutputBuffer,
    _Out_opt_ _When_(OutputBufferLength == 0, _Pre_null_) PULONG ResultLength);

NTSTATUS NTAPI
USBD_UrbAllocate(_In_ USBD_HANDLE USBDHandle, _Outptr_result_bytebuffer_(sizeof(URB)) PURB *Urb);

VOID NTAPI
USBD_UrbFree(_In_ USBD_HANDLE USBDHandle, _In_ PURB Urb);

NTSTATUS NTAPI
USBD_IsochUrbAllocate(
    _In_ USBD_HANDLE USBDHandle,
    _In_ ULONG NumberOfIsochPackets,
    _Outptr_result_bytebuffer_(sizeof(struct _URB_ISOCH_TRANSFER) +
        (NumberOfIsochPackets * sizeof(USBD_ISO_PACKET_DESCRIPTOR))) PURB *Urb);

NTSTATUS NTAPI
USBD_SelectConfigUrbAllocateAndBuild(
    _In_ USBD_HANDLE USBDHandle,
    _In_ PUSB_CONFIGURATION_DESCRIPTOR ConfigurationDescriptor,
    _In_ PUSBD_INTERFACE_LIST_ENTRY InterfaceList,
    _Outptr_ PURB *Urb);

NTSTATUS NTAPI
USBD_SelectInterfaceUrbAllocateAndBuild(
    _In_ USBD_HANDLE USBDHandle,
    _In_ USBD_CONFIGURATION_HANDLE ConfigurationHandle,
    _Inout_ PUSBD_INTERFACE_LIST_ENTRY InterfaceListEntry,
    _Outptr_ PURB *Urb);

VOID NTAPI
USBD_AssignUrbToIoStackLocation(
    _In_ USBD_HANDLE USBDHandle,
    _In_ PIO_STACK_LOCATION IoStackLocation,
    _In_ PURB Urb);


#ifdef __cplusplus
}
#endif

#endif /* DDICHECK_OVERLAY_USBDLIB_H */
