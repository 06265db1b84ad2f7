/*
 * srb.h -- ddicheck overlay.
 * Written for ddicheck from the documented API (Microsoft Learn: "srb.h
 * header", STORAGE_REQUEST_BLOCK, SRBEX_DATA_*, STOR_ADDRESS); used only when
 * the real WDK is absent.  mingw-w64's srb.h needs the basic NT types (it
 * relies on miniport.h in the WDK) and lacks the extended SRB; this shadow
 * provides both.
 */
#ifndef DDICHECK_OVERLAY_SRB_PRE
#define DDICHECK_OVERLAY_SRB_PRE
#if !defined(_WDMDDK_)
#include <wdm.h>
#endif
#endif

#include_next <srb.h>

#ifndef DDICHECK_OVERLAY_SRB_H
#define DDICHECK_OVERLAY_SRB_H

#ifdef __cplusplus
extern "C" {
#endif

#ifndef SRB_FUNCTION_STORAGE_REQUEST_BLOCK
#define SRB_FUNCTION_STORAGE_REQUEST_BLOCK  0x28
#endif
#ifndef SRB_FUNCTION_CRYPTO_OPERATION
#define SRB_FUNCTION_CRYPTO_OPERATION       0x29
#endif
#ifndef SRB_FUNCTION_FREE_DUMP_POINTERS
#define SRB_FUNCTION_FREE_DUMP_POINTERS     0x26
#endif
#ifndef SRB_FUNCTION_QUIESCE_DEVICE
#define SRB_FUNCTION_QUIESCE_DEVICE         0x1a
#endif
#ifndef SRB_FLAGS_D3_PROCESSING
#define SRB_FLAGS_D3_PROCESSING             0x00000800
#endif
#ifndef SRB_FLAGS_SRB_EX
#define SRB_FLAGS_SRB_EX                    0x00400000   /* placeholder bit */
#endif
#ifndef SRB_STATUS_LINK_DOWN
#define SRB_STATUS_LINK_DOWN                0x25
#endif

#define SRB_SIGNATURE                       0x53524258
#define STORAGE_REQUEST_BLOCK_VERSION_1     0x10

#define SRB_TYPE_SCSI_REQUEST_BLOCK         0
#define SRB_TYPE_STORAGE_REQUEST_BLOCK      1

/* Addresses */
#define STOR_ADDRESS_TYPE_UNKNOWN           0x0
#define STOR_ADDRESS_TYPE_BTL8              0x1
#define STOR_ADDRESS_TYPE_MAX               0xffff
#define STOR_ADDRESS_ALIGN                  DECLSPEC_ALIGN(8)

typedef struct STOR_ADDRESS_ALIGN _STOR_ADDRESS {
    USHORT Type;
    USHORT Port;
    ULONG AddressLength;
    UCHAR AddressData[ANYSIZE_ARRAY];
} STOR_ADDRESS, *PSTOR_ADDRESS;

#define STOR_ADDR_BTL8_ADDRESS_LENGTH       4

typedef struct STOR_ADDRESS_ALIGN _STOR_ADDR_BTL8 {
    USHORT Type;
    USHORT Port;
    ULONG AddressLength;
    UCHAR Path;
    UCHAR Target;
    UCHAR Lun;
    UCHAR Reserved;
} STOR_ADDR_BTL8, *PSTOR_ADDR_BTL8;

/* Extended SRB data blocks */
typedef enum _SRBEXDATATYPE {
    SrbExDataTypeUnknown = 0,
    SrbExDataTypeBidirectional,
    SrbExDataTypeScsiCdb16 = 0x40,
    SrbExDataTypeScsiCdb32,
    SrbExDataTypeScsiCdbVar,
    SrbExDataTypeNvmeCommand,
    SrbExDataTypeWmi = 0x60,
    SrbExDataTypePower,
    SrbExDataTypePnP,
    SrbExDataTypeIoInfo = 0x80,
    SrbExDataTypeMSReservedStart = 0xf0000000,
    SrbExDataTypeReserved = 0xffffffff
} SRBEXDATATYPE, *PSRBEXDATATYPE;

#define SRBEX_DATA_ALIGN DECLSPEC_ALIGN(8)

typedef struct SRBEX_DATA_ALIGN _SRBEX_DATA {
    SRBEXDATATYPE Type;
    ULONG Length;
    UCHAR Data[ANYSIZE_ARRAY];
} SRBEX_DATA, *PSRBEX_DATA;

typedef struct SRBEX_DATA_ALIGN _SRBEX_DATA_BIDIRECTIONAL {
    SRBEXDATATYPE Type;
    ULONG Length;
    ULONG DataInTransferLength;
    ULONG Reserved1;
    PVOID DataInBuffer;
} SRBEX_DATA_BIDIRECTIONAL, *PSRBEX_DATA_BIDIRECTIONAL;

typedef struct SRBEX_DATA_ALIGN _SRBEX_DATA_SCSI_CDB16 {
    SRBEXDATATYPE Type;
    ULONG Length;
    UCHAR ScsiStatus;
    UCHAR SenseInfoBufferLength;
    UCHAR CdbLength;
    UCHAR Reserved;
    ULONG Reserved1;
    PVOID SenseInfoBuffer;
    UCHAR Cdb[16];
} SRBEX_DATA_SCSI_CDB16, *PSRBEX_DATA_SCSI_CDB16;

typedef struct SRBEX_DATA_ALIGN _SRBEX_DATA_SCSI_CDB32 {
    SRBEXDATATYPE Type;
    ULONG Length;
    UCHAR ScsiStatus;
    UCHAR SenseInfoBufferLength;
    UCHAR CdbLength;
    UCHAR Reserved;
    ULONG Reserved1;
    PVOID SenseInfoBuffer;
    UCHAR Cdb[32];
} SRBEX_DATA_SCSI_CDB32, *PSRBEX_DATA_SCSI_CDB32;

typedef struct SRBEX_DATA_ALIGN _SRBEX_DATA_SCSI_CDB_VAR {
    SRBEXDATATYPE Type;
    ULONG Length;
    UCHAR ScsiStatus;
    UCHAR SenseInfoBufferLength;
    UCHAR Reserved[2];
    ULONG CdbLength;
    ULONG Reserved1[2];
    PVOID SenseInfoBuffer;
    UCHAR Cdb[ANYSIZE_ARRAY];
} SRBEX_DATA_SCSI_CDB_VAR, *PSRBEX_DATA_SCSI_CDB_VAR;

typedef struct SRBEX_DATA_ALIGN _SRBEX_DATA_WMI {
    SRBEXDATATYPE Type;
    ULONG Length;
    UCHAR WMISubFunction;
    UCHAR WMIFlags;
    UCHAR Reserved[2];
    ULONG Reserved1;
    PVOID DataPath;
} SRBEX_DATA_WMI, *PSRBEX_DATA_WMI;

typedef struct SRBEX_DATA_ALIGN _SRBEX_DATA_POWER {
    SRBEXDATATYPE Type;
    ULONG Length;
    STOR_DEVICE_POWER_STATE DevicePowerState;
    STOR_POWER_ACTION PowerAction;
    UCHAR SrbPowerFlags;
    UCHAR Reserved[3];
} SRBEX_DATA_POWER, *PSRBEX_DATA_POWER;

typedef struct SRBEX_DATA_ALIGN _SRBEX_DATA_PNP {
    SRBEXDATATYPE Type;
    ULONG Length;
    UCHAR PnPSubFunction;
    UCHAR Reserved[3];
    STOR_PNP_ACTION PnPAction;
    ULONG SrbPnPFlags;
    ULONG Reserved1;
} SRBEX_DATA_PNP, *PSRBEX_DATA_PNP;

typedef struct SRBEX_DATA_ALIGN _SRBEX_DATA_IO_INFO {
    SRBEXDATATYPE Type;
    ULONG Length;
    ULONG Flags;
    ULONG Key;
    ULONG RWLength;
    BOOLEAN IsWriteRequest;
    UCHAR CachePriority;
    UCHAR Reserved[2];
    ULONG Reserved1[2];
} SRBEX_DATA_IO_INFO, *PSRBEX_DATA_IO_INFO;

#define SRBEX_DATA_HEADER_SIZE  (sizeof(SRBEXDATATYPE) + sizeof(ULONG))
#define SRBEX_DATA_BIDIRECTIONAL_LENGTH  (sizeof(SRBEX_DATA_BIDIRECTIONAL) - SRBEX_DATA_HEADER_SIZE)
#define SRBEX_DATA_SCSI_CDB16_LENGTH     (sizeof(SRBEX_DATA_SCSI_CDB16) - SRBEX_DATA_HEADER_SIZE)
#define SRBEX_DATA_SCSI_CDB32_LENGTH     (sizeof(SRBEX_DATA_SCSI_CDB32) - SRBEX_DATA_HEADER_SIZE)
#define SRBEX_DATA_SCSI_CDB_VAR_LENGTH_MIN (FIELD_OFFSET(SRBEX_DATA_SCSI_CDB_VAR, Cdb) - SRBEX_DATA_HEADER_SIZE)
#define SRBEX_DATA_WMI_LENGTH            (sizeof(SRBEX_DATA_WMI) - SRBEX_DATA_HEADER_SIZE)
#define SRBEX_DATA_POWER_LENGTH          (sizeof(SRBEX_DATA_POWER) - SRBEX_DATA_HEADER_SIZE)
#define SRBEX_DATA_PNP_LENGTH            (sizeof(SRBEX_DATA_PNP) - SRBEX_DATA_HEADER_SIZE)
#define SRBEX_DATA_IO_INFO_LENGTH        (sizeof(SRBEX_DATA_IO_INFO) - SRBEX_DATA_HEADER_SIZE)

#define SRBEX_DATA_IO_INFO_VERSION_1     0x01

/* The extended SRB */
typedef struct _STORAGE_REQUEST_BLOCK_HEADER {
    USHORT Length;
    UCHAR Function;
    UCHAR SrbStatus;
} STORAGE_REQUEST_BLOCK_HEADER, *PSTORAGE_REQUEST_BLOCK_HEADER;

typedef struct _STORAGE_REQUEST_BLOCK {
    USHORT Length;
    UCHAR Function;
    UCHAR SrbStatus;
    ULONG ReservedUlong1;
    ULONG Signature;
    ULONG Version;
    ULONG SrbLength;
    ULONG SrbFunction;
    ULONG SrbFlags;
    ULONG ReservedUlong2;
    ULONG RequestTag;
    USHORT RequestPriority;
    USHORT RequestAttribute;
    ULONG TimeOutValue;
    ULONG SystemStatus;
    ULONG ZeroGuard1;
    ULONG AddressOffset;
    ULONG NumSrbExData;
    ULONG DataTransferLength;
    PVOID DataBuffer;
    PVOID ZeroGuard2;
    PVOID OriginalRequest;
    PVOID ClassContext;
    PVOID PortContext;
    PVOID MiniportContext;
    struct _STORAGE_REQUEST_BLOCK *NextSrb;
    ULONG SrbExDataOffset[ANYSIZE_ARRAY];
} STORAGE_REQUEST_BLOCK, *PSTORAGE_REQUEST_BLOCK;

#define STORAGE_REQUEST_BLOCK_VERSION   STORAGE_REQUEST_BLOCK_VERSION_1

/* The "SrbEx" function codes carried in STORAGE_REQUEST_BLOCK.SrbFunction
   are the SRB_FUNCTION_* values. */

#ifdef __cplusplus
}
#endif

#endif /* DDICHECK_OVERLAY_SRB_H */
