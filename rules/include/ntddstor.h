/*
 * ntddstor.h -- ddicheck overlay, written for ddicheck from the documented
 * API (Microsoft Learn: "ntddstor.h header"); used only when the real WDK is
 * absent.
 *
 * mingw-w64's ntddstor.h predates several documented members and types: the
 * three structures below grew members (STORAGE_MINIPORT_DESCRIPTOR,
 * DEVICE_LB_PROVISIONING_DESCRIPTOR, STORAGE_LB_PROVISIONING_MAP_RESOURCES),
 * so mingw's versions are renamed out of the way and the documented layouts
 * defined here; hardware-firmware IOCTLs and newer property descriptors are
 * added.
 */
#ifndef DDICHECK_OVERLAY_NTDDSTOR_PRE
#define DDICHECK_OVERLAY_NTDDSTOR_PRE
#ifndef _NTDDSTOR_H_
#define DDICHECK_NTDDSTOR_FROM_MINGW
#endif
#define _STORAGE_MINIPORT_DESCRIPTOR  _DDICHECK_MINGW_STORAGE_MINIPORT_DESCRIPTOR
#define STORAGE_MINIPORT_DESCRIPTOR   DDICHECK_MINGW_STORAGE_MINIPORT_DESCRIPTOR
#define PSTORAGE_MINIPORT_DESCRIPTOR  DDICHECK_MINGW_PSTORAGE_MINIPORT_DESCRIPTOR
#define _DEVICE_LB_PROVISIONING_DESCRIPTOR  _DDICHECK_MINGW_DEVICE_LB_PROVISIONING_DESCRIPTOR
#define DEVICE_LB_PROVISIONING_DESCRIPTOR   DDICHECK_MINGW_DEVICE_LB_PROVISIONING_DESCRIPTOR
#define PDEVICE_LB_PROVISIONING_DESCRIPTOR  DDICHECK_MINGW_PDEVICE_LB_PROVISIONING_DESCRIPTOR
#define _STORAGE_LB_PROVISIONING_MAP_RESOURCES  _DDICHECK_MINGW_STORAGE_LB_PROVISIONING_MAP_RESOURCES
#define STORAGE_LB_PROVISIONING_MAP_RESOURCES   DDICHECK_MINGW_STORAGE_LB_PROVISIONING_MAP_RESOURCES
#define PSTORAGE_LB_PROVISIONING_MAP_RESOURCES  DDICHECK_MINGW_PSTORAGE_LB_PROVISIONING_MAP_RESOURCES
#include_next <ntddstor.h>
#undef _STORAGE_MINIPORT_DESCRIPTOR
#undef STORAGE_MINIPORT_DESCRIPTOR
#undef PSTORAGE_MINIPORT_DESCRIPTOR
#undef _DEVICE_LB_PROVISIONING_DESCRIPTOR
#undef DEVICE_LB_PROVISIONING_DESCRIPTOR
#undef PDEVICE_LB_PROVISIONING_DESCRIPTOR
#undef _STORAGE_LB_PROVISIONING_MAP_RESOURCES
#undef STORAGE_LB_PROVISIONING_MAP_RESOURCES
#undef PSTORAGE_LB_PROVISIONING_MAP_RESOURCES
#endif

#if defined(DDICHECK_NTDDSTOR_FROM_MINGW) && !defined(DDICHECK_OVERLAY_NTDDSTOR_H)
#define DDICHECK_OVERLAY_NTDDSTOR_H

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Newer STORAGE_PROPERTY_ID values (the enum in mingw stops at
   StorageDeviceResiliencyProperty) ---- */
#define StorageDeviceMediumProductType          ((STORAGE_PROPERTY_ID)15)
#define StorageAdapterRpmbProperty              ((STORAGE_PROPERTY_ID)16)
#define StorageAdapterCryptoProperty            ((STORAGE_PROPERTY_ID)17)
#define StorageDeviceIoCapabilityProperty       ((STORAGE_PROPERTY_ID)48)
#define StorageAdapterProtocolSpecificProperty  ((STORAGE_PROPERTY_ID)49)
#define StorageDeviceProtocolSpecificProperty   ((STORAGE_PROPERTY_ID)50)
#define StorageAdapterTemperatureProperty       ((STORAGE_PROPERTY_ID)51)
#define StorageDeviceTemperatureProperty        ((STORAGE_PROPERTY_ID)52)
#define StorageAdapterPhysicalTopologyProperty  ((STORAGE_PROPERTY_ID)53)
#define StorageDevicePhysicalTopologyProperty   ((STORAGE_PROPERTY_ID)54)
#define StorageDeviceAttributesProperty         ((STORAGE_PROPERTY_ID)55)
#define StorageDeviceManagementStatus           ((STORAGE_PROPERTY_ID)56)
#define StorageAdapterSerialNumberProperty      ((STORAGE_PROPERTY_ID)57)
#define StorageDeviceLocationProperty           ((STORAGE_PROPERTY_ID)58)
#define StorageDeviceNumaProperty               ((STORAGE_PROPERTY_ID)59)
#define StorageDeviceZonedDeviceProperty        ((STORAGE_PROPERTY_ID)60)
#define StorageDeviceUnsafeShutdownCount        ((STORAGE_PROPERTY_ID)61)
#define StorageDeviceEnduranceProperty          ((STORAGE_PROPERTY_ID)62)

/* ---- Structures with documented members mingw lacks ---- */
typedef struct _STORAGE_MINIPORT_DESCRIPTOR {
    ULONG Version;
    ULONG Size;
    STORAGE_PORT_CODE_SET Portdriver;
    BOOLEAN LUNResetSupported;
    BOOLEAN TargetResetSupported;
    USHORT IoTimeoutValue;
    BOOLEAN ExtraIoInfoSupported;
    union {
        struct {
            UCHAR LogicalPoFxForDisk : 1;
            UCHAR ForwardIo : 1;
            UCHAR Reserved : 6;
        };
        UCHAR AsUCHAR;
    } Flags;
    UCHAR Reserved0[2];
    ULONG Reserved1;
} STORAGE_MINIPORT_DESCRIPTOR, *PSTORAGE_MINIPORT_DESCRIPTOR;

typedef struct _DEVICE_LB_PROVISIONING_DESCRIPTOR {
    ULONG Version;
    ULONG Size;
    UCHAR ThinProvisioningEnabled : 1;
    UCHAR ThinProvisioningReadZeros : 1;
    UCHAR AnchorSupported : 3;
    UCHAR UnmapGranularityAlignmentValid : 1;
    UCHAR GetFreeSpaceSupported : 1;
    UCHAR MapSupported : 1;
    UCHAR Reserved1[7];
    ULONGLONG OptimalUnmapGranularity;
    ULONGLONG UnmapGranularityAlignment;
    ULONG MaxUnmapLbaCount;
    ULONG MaxUnmapBlockDescriptorCount;
} DEVICE_LB_PROVISIONING_DESCRIPTOR, *PDEVICE_LB_PROVISIONING_DESCRIPTOR;

#define DEVICE_LB_PROVISIONING_DESCRIPTOR_V1_SIZE \
    (FIELD_OFFSET(DEVICE_LB_PROVISIONING_DESCRIPTOR, UnmapGranularityAlignment) + sizeof(ULONGLONG))

typedef struct _STORAGE_LB_PROVISIONING_MAP_RESOURCES {
    ULONG Size;
    ULONG Version;
    UCHAR AvailableMappingResourcesValid : 1;
    UCHAR UsedMappingResourcesValid : 1;
    UCHAR Reserved0 : 6;
    UCHAR Reserved1[3];
    UCHAR AvailableMappingResourcesScope : 2;
    UCHAR UsedMappingResourcesScope : 2;
    UCHAR Reserved2 : 4;
    UCHAR Reserved3[3];
    ULONGLONG AvailableMappingResources;
    ULONGLONG UsedMappingResources;
} STORAGE_LB_PROVISIONING_MAP_RESOURCES, *PSTORAGE_LB_PROVISIONING_MAP_RESOURCES;

/* ---- Newer property descriptors ---- */
typedef struct _STORAGE_MEDIUM_PRODUCT_TYPE_DESCRIPTOR {
    ULONG Version;
    ULONG Size;
    ULONG MediumProductType;
} STORAGE_MEDIUM_PRODUCT_TYPE_DESCRIPTOR, *PSTORAGE_MEDIUM_PRODUCT_TYPE_DESCRIPTOR;

typedef struct _STORAGE_DEVICE_IO_CAPABILITY_DESCRIPTOR {
    ULONG Version;
    ULONG Size;
    ULONG LunMaxIoCount;
    ULONG AdapterMaxIoCount;
} STORAGE_DEVICE_IO_CAPABILITY_DESCRIPTOR, *PSTORAGE_DEVICE_IO_CAPABILITY_DESCRIPTOR;

/* ---- Logical block provisioning state (data set management) ---- */
typedef struct _DEVICE_DATA_SET_LBP_STATE_PARAMETERS {
    ULONG Version;
    ULONG Size;
    ULONG Flags;
    ULONG OutputVersion;
} DEVICE_DATA_SET_LBP_STATE_PARAMETERS, *PDEVICE_DATA_SET_LBP_STATE_PARAMETERS;

#define DEVICE_DATA_SET_LBP_STATE_PARAMETERS_VERSION_V1  1

typedef struct _DEVICE_DATA_SET_LB_PROVISIONING_STATE_V2 {
    ULONG Size;
    ULONG Version;
    ULONGLONG SlabSizeInBytes;
    ULONGLONG SlabOffsetDeltaInBytes;
    ULONG SlabAllocationBitMapBitCount;
    ULONG SlabAllocationBitMapLength;
    ULONG SlabAllocationBitMap[ANYSIZE_ARRAY];
} DEVICE_DATA_SET_LB_PROVISIONING_STATE_V2, *PDEVICE_DATA_SET_LB_PROVISIONING_STATE_V2;

#define DEVICE_DATA_SET_LB_PROVISIONING_STATE_VERSION_V1 \
    sizeof(DEVICE_DATA_SET_LB_PROVISIONING_STATE)
#define DEVICE_DATA_SET_LB_PROVISIONING_STATE_VERSION_V2 \
    sizeof(DEVICE_DATA_SET_LB_PROVISIONING_STATE_V2)

/* ---- Hardware firmware (Windows 10) ---- */
#ifndef IOCTL_STORAGE_FIRMWARE_GET_INFO
#define IOCTL_STORAGE_FIRMWARE_GET_INFO \
    CTL_CODE(IOCTL_STORAGE_BASE, 0x0700, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_STORAGE_FIRMWARE_DOWNLOAD \
    CTL_CODE(IOCTL_STORAGE_BASE, 0x0701, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_STORAGE_FIRMWARE_ACTIVATE \
    CTL_CODE(IOCTL_STORAGE_BASE, 0x0702, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#endif

#define STORAGE_HW_FIRMWARE_REQUEST_FLAG_CONTROLLER                  0x00000001
#define STORAGE_HW_FIRMWARE_REQUEST_FLAG_LAST_SEGMENT                0x00000002
#define STORAGE_HW_FIRMWARE_REQUEST_FLAG_FIRST_SEGMENT               0x00000004
#define STORAGE_HW_FIRMWARE_REQUEST_FLAG_REPLACE_AND_SWITCH_UPON_RESET 0x10000000
#define STORAGE_HW_FIRMWARE_REQUEST_FLAG_REPLACE_EXISTING_IMAGE      0x40000000
#define STORAGE_HW_FIRMWARE_REQUEST_FLAG_SWITCH_TO_EXISTING_FIRMWARE 0x80000000

#define STORAGE_HW_FIRMWARE_INVALID_SLOT     0xFF
#define STORAGE_HW_FIRMWARE_REVISION_LENGTH  16

typedef struct _STORAGE_HW_FIRMWARE_INFO_QUERY {
    ULONG Version;
    ULONG Size;
    ULONG Flags;
    ULONG Reserved;
} STORAGE_HW_FIRMWARE_INFO_QUERY, *PSTORAGE_HW_FIRMWARE_INFO_QUERY;

typedef struct _STORAGE_HW_FIRMWARE_SLOT_INFO {
    ULONG Version;
    ULONG Size;
    UCHAR SlotNumber;
    UCHAR ReadOnly : 1;
    UCHAR Reserved0 : 7;
    UCHAR Reserved1[6];
    UCHAR Revision[STORAGE_HW_FIRMWARE_REVISION_LENGTH];
} STORAGE_HW_FIRMWARE_SLOT_INFO, *PSTORAGE_HW_FIRMWARE_SLOT_INFO;

typedef struct _STORAGE_HW_FIRMWARE_INFO {
    ULONG Version;
    ULONG Size;
    UCHAR SupportUpgrade : 1;
    UCHAR Reserved0 : 7;
    UCHAR SlotCount;
    UCHAR ActiveSlot;
    UCHAR PendingActivateSlot;
    BOOLEAN FirmwareShared;
    UCHAR Reserved[3];
    ULONG ImagePayloadAlignment;
    ULONG ImagePayloadMaxSize;
    STORAGE_HW_FIRMWARE_SLOT_INFO Slot[ANYSIZE_ARRAY];
} STORAGE_HW_FIRMWARE_INFO, *PSTORAGE_HW_FIRMWARE_INFO;

typedef struct _STORAGE_HW_FIRMWARE_DOWNLOAD {
    ULONG Version;
    ULONG Size;
    ULONG Flags;
    UCHAR Slot;
    UCHAR Reserved[3];
    ULONGLONG Offset;
    ULONGLONG BufferSize;
    UCHAR ImageBuffer[ANYSIZE_ARRAY];
} STORAGE_HW_FIRMWARE_DOWNLOAD, *PSTORAGE_HW_FIRMWARE_DOWNLOAD;

typedef struct _STORAGE_HW_FIRMWARE_DOWNLOAD_V2 {
    ULONG Version;
    ULONG Size;
    ULONG Flags;
    UCHAR Slot;
    UCHAR Reserved[3];
    ULONGLONG Offset;
    ULONGLONG BufferSize;
    ULONG ImageSize;
    ULONG Reserved2;
    UCHAR ImageBuffer[ANYSIZE_ARRAY];
} STORAGE_HW_FIRMWARE_DOWNLOAD_V2, *PSTORAGE_HW_FIRMWARE_DOWNLOAD_V2;

typedef struct _STORAGE_HW_FIRMWARE_ACTIVATE {
    ULONG Version;
    ULONG Size;
    ULONG Flags;
    UCHAR Slot;
    UCHAR Reserved0[3];
} STORAGE_HW_FIRMWARE_ACTIVATE, *PSTORAGE_HW_FIRMWARE_ACTIVATE;

#ifdef __cplusplus
}
#endif

#endif /* DDICHECK_OVERLAY_NTDDSTOR_H */
