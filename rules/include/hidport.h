/*
 * hidport.h -- ddicheck overlay.
 * Written for ddicheck from the documented API (Microsoft Learn: "hidport.h
 * header", HID minidriver interface); used only when the real WDK is absent.
 * mingw-w64 has no hidport.h.
 */
#ifndef DDICHECK_HIDPORT_H
#define DDICHECK_HIDPORT_H

#include <hidclass.h>

#ifdef __cplusplus
extern "C" {
#endif

#define HID_REVISION 0x00000001

typedef struct _HID_MINIDRIVER_REGISTRATION {
    ULONG Revision;
    PDRIVER_OBJECT DriverObject;
    PUNICODE_STRING RegistryPath;
    ULONG DeviceExtensionSize;
    BOOLEAN DevicesArePolled;
    UCHAR Reserved[3];
} HID_MINIDRIVER_REGISTRATION, *PHID_MINIDRIVER_REGISTRATION;

typedef struct _HID_DEVICE_EXTENSION {
    PDEVICE_OBJECT PhysicalDeviceObject;
    PDEVICE_OBJECT NextDeviceObject;
    PVOID MiniDeviceExtension;
} HID_DEVICE_EXTENSION, *PHID_DEVICE_EXTENSION;

typedef struct _HID_DEVICE_ATTRIBUTES {
    ULONG Size;
    USHORT VendorID;
    USHORT ProductID;
    USHORT VersionNumber;
    USHORT Reserved[11];
} HID_DEVICE_ATTRIBUTES, *PHID_DEVICE_ATTRIBUTES;

/* usbprotocoldefs.h may define HID_DESCRIPTOR as the descriptor type
   constant; the structure name wins here. */
#ifdef HID_DESCRIPTOR
#undef HID_DESCRIPTOR
#endif

#include <pshpack1.h>
typedef struct _HID_DESCRIPTOR {
    UCHAR bLength;
    UCHAR bDescriptorType;
    USHORT bcdHID;
    UCHAR bCountry;
    UCHAR bNumDescriptors;
    struct _HID_DESCRIPTOR_DESC_LIST {
        UCHAR bReportType;
        USHORT wReportLength;
    } DescriptorList[1];
} HID_DESCRIPTOR, *PHID_DESCRIPTOR;
#include <poppack.h>

typedef VOID (NTAPI *HID_SEND_IDLE_CALLBACK)(_In_ PVOID Context);

typedef struct _HID_SUBMIT_IDLE_NOTIFICATION_CALLBACK_INFO {
    HID_SEND_IDLE_CALLBACK IdleCallback;
    PVOID IdleContext;
} HID_SUBMIT_IDLE_NOTIFICATION_CALLBACK_INFO, *PHID_SUBMIT_IDLE_NOTIFICATION_CALLBACK_INFO;

NTSTATUS NTAPI
HidRegisterMinidriver(_In_ PHID_MINIDRIVER_REGISTRATION MinidriverRegistration);

NTSTATUS NTAPI
HidNotifyPresence(_In_ PDEVICE_OBJECT DeviceObject, _In_ BOOLEAN IsPresent);

/* Internal IOCTLs sent by the HID class driver to its minidriver.  mingw-w64's
   ddk/hidclass.h gives some of these placeholder values; they are replaced. */
#define HID_CTL_CODE(id) CTL_CODE(FILE_DEVICE_KEYBOARD, (id), METHOD_NEITHER, FILE_ANY_ACCESS)

#undef IOCTL_HID_GET_DEVICE_DESCRIPTOR
#undef IOCTL_HID_GET_REPORT_DESCRIPTOR
#undef IOCTL_HID_READ_REPORT
#undef IOCTL_HID_WRITE_REPORT
#undef IOCTL_HID_GET_STRING
#undef IOCTL_HID_ACTIVATE_DEVICE
#undef IOCTL_HID_DEACTIVATE_DEVICE
#undef IOCTL_HID_GET_DEVICE_ATTRIBUTES
#undef IOCTL_HID_SEND_IDLE_NOTIFICATION_REQUEST

#define IOCTL_HID_GET_DEVICE_DESCRIPTOR          HID_CTL_CODE(0)
#define IOCTL_HID_GET_REPORT_DESCRIPTOR          HID_CTL_CODE(1)
#define IOCTL_HID_READ_REPORT                    HID_CTL_CODE(2)
#define IOCTL_HID_WRITE_REPORT                   HID_CTL_CODE(3)
#define IOCTL_HID_GET_STRING                     HID_CTL_CODE(4)
#define IOCTL_HID_ACTIVATE_DEVICE                HID_CTL_CODE(7)
#define IOCTL_HID_DEACTIVATE_DEVICE              HID_CTL_CODE(8)
#define IOCTL_HID_GET_DEVICE_ATTRIBUTES          HID_CTL_CODE(9)
#define IOCTL_HID_SEND_IDLE_NOTIFICATION_REQUEST HID_CTL_CODE(10)

/* UMDF HID minidrivers receive these instead of the METHOD_NEITHER ones. */
#define IOCTL_UMDF_HID_SET_FEATURE               HID_CTL_CODE(20)
#define IOCTL_UMDF_HID_GET_FEATURE               HID_CTL_CODE(21)
#define IOCTL_UMDF_HID_SET_OUTPUT_REPORT         HID_CTL_CODE(22)
#define IOCTL_UMDF_HID_GET_INPUT_REPORT          HID_CTL_CODE(23)
#define IOCTL_UMDF_GET_PHYSICAL_DESCRIPTOR       HID_CTL_CODE(24)

#ifdef __cplusplus
}
#endif

#endif /* DDICHECK_HIDPORT_H */
