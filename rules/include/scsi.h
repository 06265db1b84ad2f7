/*
 * scsi.h -- ddicheck overlay, written for ddicheck from the documented API
 * (Microsoft Learn: "scsi.h header" -- its structures, sense-data helper
 * routines and constants; the SPC/SBC command set values they name); used
 * only when the real WDK is absent.
 *
 * mingw-w64's scsi.h includes its srb.h, which needs the NT base types; route
 * that through the srb.h overlay (base types + extended SRB) first.  After
 * the mingw header, add what it lacks: descriptor-format sense data and the
 * sense helpers, the block-device VPD and log pages, READ CAPACITY(16) data,
 * UNMAP / GET LBA STATUS data and the offload data transfer (token) types.
 */
#include <srb.h>
#include_next <scsi.h>

#ifndef DDICHECK_OVERLAY_SCSI_H
#define DDICHECK_OVERLAY_SCSI_H

#ifdef __cplusplus
extern "C" {
#endif

/* ---- Additional sense codes and qualifiers (SPC) ---- */
#ifndef SCSI_ADSENSE_COPY_TARGET_DEVICE_ERROR
#define SCSI_ADSENSE_COPY_TARGET_DEVICE_ERROR   0x0D
#endif
#ifndef SCSI_ADSENSE_INVALID_TOKEN
#define SCSI_ADSENSE_INVALID_TOKEN              0x23
#endif
#ifndef SCSI_ADSENSE_LB_PROVISIONING
#define SCSI_ADSENSE_LB_PROVISIONING            0x38
#endif
#ifndef SCSI_ADSENSE_LOGICAL_UNIT_ERROR
#define SCSI_ADSENSE_LOGICAL_UNIT_ERROR         0x3E
#endif
#ifndef SCSI_ADSENSE_DATA_TRANSFER_ERROR
#define SCSI_ADSENSE_DATA_TRANSFER_ERROR        0x4B
#endif
#ifndef SCSI_ADSENSE_RESOURCE_FAILURE
#define SCSI_ADSENSE_RESOURCE_FAILURE           0x55
#endif

#ifndef SCSI_SENSEQ_OPERATION_IS_IN_PROGRESS
#define SCSI_SENSEQ_OPERATION_IS_IN_PROGRESS    0x07
#endif
#ifndef SCSI_SENSEQ_SPACE_ALLOC_IN_PROGRESS
#define SCSI_SENSEQ_SPACE_ALLOC_IN_PROGRESS     0x14
#endif
#ifndef SCSI_SENSEQ_DATA_UNDERRUN
#define SCSI_SENSEQ_DATA_UNDERRUN               0x04
#endif
#ifndef SCSI_SENSEQ_INVALID_RELEASE_OF_PERSISTENT_RESERVATION
#define SCSI_SENSEQ_INVALID_RELEASE_OF_PERSISTENT_RESERVATION 0x04
#endif
#ifndef SCSI_SENSEQ_TOO_MANY_SEGMENT_DESCRIPTORS
#define SCSI_SENSEQ_TOO_MANY_SEGMENT_DESCRIPTORS 0x08
#endif
#ifndef SCSI_SENSEQ_SPACE_ALLOC_FAILED_WRITE_PROTECT
#define SCSI_SENSEQ_SPACE_ALLOC_FAILED_WRITE_PROTECT 0x07
#endif
#ifndef SCSI_SENSEQ_CAPACITY_DATA_CHANGED
#define SCSI_SENSEQ_CAPACITY_DATA_CHANGED       0x09
#endif
#ifndef SCSI_SENSEQ_SOFT_THRESHOLD_REACHED
#define SCSI_SENSEQ_SOFT_THRESHOLD_REACHED      0x07
#endif
#ifndef SCSI_SENSEQ_TIMEOUT_ON_LOGICAL_UNIT
#define SCSI_SENSEQ_TIMEOUT_ON_LOGICAL_UNIT     0x02
#endif
#ifndef SCSI_SENSEQ_INITIATOR_RESPONSE_TIMEOUT
#define SCSI_SENSEQ_INITIATOR_RESPONSE_TIMEOUT  0x06
#endif
#ifndef SCSI_SENSEQ_INSUFFICIENT_RESOURCES
#define SCSI_SENSEQ_INSUFFICIENT_RESOURCES      0x03
#endif

/* ---- Sense data formats ---- */
#define SCSI_SENSE_ERRORCODE_FIXED_CURRENT       0x70
#define SCSI_SENSE_ERRORCODE_FIXED_DEFERRED      0x71
#define SCSI_SENSE_ERRORCODE_DESCRIPTOR_CURRENT  0x72
#define SCSI_SENSE_ERRORCODE_DESCRIPTOR_DEFERRED 0x73

#define SCSI_SENSE_DESCRIPTOR_TYPE_INFORMATION                  0x00
#define SCSI_SENSE_DESCRIPTOR_TYPE_COMMAND_SPECIFIC_INFORMATION 0x01
#define SCSI_SENSE_DESCRIPTOR_TYPE_SENSE_KEY_SPECIFIC           0x02
#define SCSI_SENSE_DESCRIPTOR_TYPE_FIELD_REPLACEABLE_UNIT       0x03
#define SCSI_SENSE_DESCRIPTOR_TYPE_STREAM_COMMAND               0x04
#define SCSI_SENSE_DESCRIPTOR_TYPE_BLOCK_COMMAND                0x05
#define SCSI_SENSE_DESCRIPTOR_TYPE_OSD_OBJECT_IDENTIFICATION    0x06
#define SCSI_SENSE_DESCRIPTOR_TYPE_OSD_INTEGRITY_CHECK          0x07
#define SCSI_SENSE_DESCRIPTOR_TYPE_OSD_ATTRIBUTE_IDENTIFICATION 0x08
#define SCSI_SENSE_DESCRIPTOR_TYPE_ATA_STATUS_RETURN            0x09
#define SCSI_SENSE_DESCRIPTOR_TYPE_PROGRESS_INDICATION          0x0A
#define SCSI_SENSE_DESCRIPTOR_TYPE_USER_DATA_SEGMENT_REFERRAL   0x0B
#define SCSI_SENSE_DESCRIPTOR_TYPE_FORWARDED_SENSE_DATA         0x0C
#define SCSI_SENSE_DESCRIPTOR_TYPE_VENDOR_SPECIFIC              0x80

#define SCSI_SENSE_DESCRIPTOR_INFORMATION_LENGTH    0x0A
#define SCSI_SENSE_DESCRIPTOR_BLOCK_COMMAND_LENGTH  0x02

#define SCSI_SENSE_OPTIONS_NONE                                      0x00000000
#define SCSI_SENSE_OPTIONS_FIXED_FORMAT_IF_UNKNOWN_FORMAT_INDICATED  0x00000001

#ifndef MAX_SENSE_BUFFER_SIZE
#define MAX_SENSE_BUFFER_SIZE  255
#endif
#ifndef SENSE_BUFFER_SIZE_EX
#define SENSE_BUFFER_SIZE_EX   sizeof(SENSE_DATA_EX)
#endif
#ifndef MIN_ADDITIONAL_SENSE_LEN
#define MIN_ADDITIONAL_SENSE_LEN 0x0A
#endif

#pragma pack(push, 1)

typedef struct _SCSI_SENSE_DESCRIPTOR_HEADER {
    UCHAR DescriptorType;
    UCHAR AdditionalLength;
} SCSI_SENSE_DESCRIPTOR_HEADER, *PSCSI_SENSE_DESCRIPTOR_HEADER;

typedef struct _SCSI_SENSE_DESCRIPTOR_INFORMATION {
    SCSI_SENSE_DESCRIPTOR_HEADER Header;
    UCHAR Valid : 1;
    UCHAR Reserved1 : 7;
    UCHAR Reserved2;
    UCHAR Information[8];
} SCSI_SENSE_DESCRIPTOR_INFORMATION, *PSCSI_SENSE_DESCRIPTOR_INFORMATION;

typedef struct _SCSI_SENSE_DESCRIPTOR_BLOCK_COMMAND {
    SCSI_SENSE_DESCRIPTOR_HEADER Header;
    UCHAR Reserved1;
    UCHAR Reserved2 : 5;
    UCHAR IncorrectLength : 1;
    UCHAR Reserved3 : 2;
} SCSI_SENSE_DESCRIPTOR_BLOCK_COMMAND, *PSCSI_SENSE_DESCRIPTOR_BLOCK_COMMAND;

typedef struct _SCSI_SENSE_DESCRIPTOR_ATA_STATUS_RETURN {
    SCSI_SENSE_DESCRIPTOR_HEADER Header;
    UCHAR Extend : 1;
    UCHAR Reserved1 : 7;
    UCHAR Error;
    UCHAR SectorCount15_8;
    UCHAR SectorCount7_0;
    UCHAR LbaLow15_8;
    UCHAR LbaLow7_0;
    UCHAR LbaMid15_8;
    UCHAR LbaMid7_0;
    UCHAR LbaHigh15_8;
    UCHAR LbaHigh7_0;
    UCHAR Device;
    UCHAR Status;
} SCSI_SENSE_DESCRIPTOR_ATA_STATUS_RETURN, *PSCSI_SENSE_DESCRIPTOR_ATA_STATUS_RETURN;

typedef struct _SENSE_DATA FIXED_SENSE_DATA, *PFIXED_SENSE_DATA;

typedef struct _DESCRIPTOR_SENSE_DATA {
    UCHAR ErrorCode : 7;
    UCHAR Reserved1 : 1;
    UCHAR SenseKey : 4;
    UCHAR Reserved2 : 4;
    UCHAR AdditionalSenseCode;
    UCHAR AdditionalSenseCodeQualifier;
    UCHAR Reserved3[3];
    UCHAR AdditionalSenseLength;
    UCHAR DescriptorBuffer[ANYSIZE_ARRAY];
} DESCRIPTOR_SENSE_DATA, *PDESCRIPTOR_SENSE_DATA;

typedef union _SENSE_DATA_EX {
    FIXED_SENSE_DATA FixedData;
    DESCRIPTOR_SENSE_DATA DescriptorData;
} SENSE_DATA_EX, *PSENSE_DATA_EX;

#pragma pack(pop)

/* ---- Sense data helpers (documented scsi.h inline routines; bodies are
   ddicheck's own, written so that analysis sees plausible data flow) ---- */

static __inline BOOLEAN
ScsiGetFixedSenseKeyAndCodes(_In_reads_bytes_(SenseInfoBufferLength) PVOID SenseInfoBuffer,
    _In_ UCHAR SenseInfoBufferLength, _Out_opt_ PUCHAR SenseKey,
    _Out_opt_ PUCHAR AdditionalSenseCode, _Out_opt_ PUCHAR AdditionalSenseCodeQualifier)
{
    PFIXED_SENSE_DATA sense = (PFIXED_SENSE_DATA)SenseInfoBuffer;
    if (SenseInfoBuffer == NULL || SenseInfoBufferLength == 0) {
        return FALSE;
    }
    if (SenseKey != NULL) {
        *SenseKey = (SenseInfoBufferLength > 2) ? sense->SenseKey : 0;
    }
    if (AdditionalSenseCode != NULL) {
        *AdditionalSenseCode = (SenseInfoBufferLength > 12) ? sense->AdditionalSenseCode : 0;
    }
    if (AdditionalSenseCodeQualifier != NULL) {
        *AdditionalSenseCodeQualifier =
            (SenseInfoBufferLength > 13) ? sense->AdditionalSenseCodeQualifier : 0;
    }
    return TRUE;
}

static __inline BOOLEAN
ScsiGetDescriptorSenseKeyAndCodes(_In_reads_bytes_(SenseInfoBufferLength) PVOID SenseInfoBuffer,
    _In_ UCHAR SenseInfoBufferLength, _Out_opt_ PUCHAR SenseKey,
    _Out_opt_ PUCHAR AdditionalSenseCode, _Out_opt_ PUCHAR AdditionalSenseCodeQualifier)
{
    PDESCRIPTOR_SENSE_DATA sense = (PDESCRIPTOR_SENSE_DATA)SenseInfoBuffer;
    if (SenseInfoBuffer == NULL || SenseInfoBufferLength == 0) {
        return FALSE;
    }
    if (SenseKey != NULL) {
        *SenseKey = (SenseInfoBufferLength > 1) ? sense->SenseKey : 0;
    }
    if (AdditionalSenseCode != NULL) {
        *AdditionalSenseCode = (SenseInfoBufferLength > 2) ? sense->AdditionalSenseCode : 0;
    }
    if (AdditionalSenseCodeQualifier != NULL) {
        *AdditionalSenseCodeQualifier =
            (SenseInfoBufferLength > 3) ? sense->AdditionalSenseCodeQualifier : 0;
    }
    return TRUE;
}

static __inline UCHAR
ScsiGetSenseErrorCode(_In_ PVOID SenseInfoBuffer)
{
    return (UCHAR)(*(PUCHAR)SenseInfoBuffer & 0x7F);
}

static __inline BOOLEAN
ScsiGetSenseKeyAndCodes(_In_reads_bytes_(SenseInfoBufferLength) PVOID SenseInfoBuffer,
    _In_ UCHAR SenseInfoBufferLength, _In_ UCHAR Format, _Out_opt_ PUCHAR SenseKey,
    _Out_opt_ PUCHAR AdditionalSenseCode, _Out_opt_ PUCHAR AdditionalSenseCodeQualifier)
{
    UCHAR code;
    if (SenseInfoBuffer == NULL || SenseInfoBufferLength == 0) {
        return FALSE;
    }
    code = ScsiGetSenseErrorCode(SenseInfoBuffer);
    if (code == SCSI_SENSE_ERRORCODE_DESCRIPTOR_CURRENT ||
        code == SCSI_SENSE_ERRORCODE_DESCRIPTOR_DEFERRED) {
        return ScsiGetDescriptorSenseKeyAndCodes(SenseInfoBuffer, SenseInfoBufferLength,
            SenseKey, AdditionalSenseCode, AdditionalSenseCodeQualifier);
    }
    if (code == SCSI_SENSE_ERRORCODE_FIXED_CURRENT ||
        code == SCSI_SENSE_ERRORCODE_FIXED_DEFERRED ||
        (Format & SCSI_SENSE_OPTIONS_FIXED_FORMAT_IF_UNKNOWN_FORMAT_INDICATED) != 0) {
        return ScsiGetFixedSenseKeyAndCodes(SenseInfoBuffer, SenseInfoBufferLength,
            SenseKey, AdditionalSenseCode, AdditionalSenseCodeQualifier);
    }
    return FALSE;
}

static __inline BOOLEAN
ScsiGetTotalSenseByteCountIndicated(_In_reads_bytes_(SenseInfoBufferLength) PVOID SenseInfoBuffer,
    _In_ UCHAR SenseInfoBufferLength, _Out_ UCHAR *TotalSenseByteCountIndicated)
{
    UCHAR code;
    *TotalSenseByteCountIndicated = 0;
    if (SenseInfoBuffer == NULL || SenseInfoBufferLength == 0) {
        return FALSE;
    }
    code = ScsiGetSenseErrorCode(SenseInfoBuffer);
    if ((code == SCSI_SENSE_ERRORCODE_FIXED_CURRENT ||
         code == SCSI_SENSE_ERRORCODE_FIXED_DEFERRED) && SenseInfoBufferLength > 7) {
        ULONG total = (ULONG)((PFIXED_SENSE_DATA)SenseInfoBuffer)->AdditionalSenseLength + 8;
        *TotalSenseByteCountIndicated = (UCHAR)(total > 255 ? 255 : total);
        return TRUE;
    }
    if ((code == SCSI_SENSE_ERRORCODE_DESCRIPTOR_CURRENT ||
         code == SCSI_SENSE_ERRORCODE_DESCRIPTOR_DEFERRED) && SenseInfoBufferLength > 7) {
        ULONG total = (ULONG)((PDESCRIPTOR_SENSE_DATA)SenseInfoBuffer)->AdditionalSenseLength + 8;
        *TotalSenseByteCountIndicated = (UCHAR)(total > 255 ? 255 : total);
        return TRUE;
    }
    return FALSE;
}

static __inline BOOLEAN
ScsiGetSenseDescriptor(_In_reads_bytes_(SenseInfoBufferLength) PVOID SenseInfoBuffer,
    _In_ UCHAR SenseInfoBufferLength,
    _Outptr_result_bytebuffer_(*DescriptorBufferLength) PVOID *DescriptorBuffer,
    _Out_ UCHAR *DescriptorBufferLength)
{
    UCHAR code;
    UCHAR total = 0;
    *DescriptorBuffer = NULL;
    *DescriptorBufferLength = 0;
    if (SenseInfoBuffer == NULL || SenseInfoBufferLength <= 8) {
        return FALSE;
    }
    code = ScsiGetSenseErrorCode(SenseInfoBuffer);
    if (code != SCSI_SENSE_ERRORCODE_DESCRIPTOR_CURRENT &&
        code != SCSI_SENSE_ERRORCODE_DESCRIPTOR_DEFERRED) {
        return FALSE;
    }
    (void)ScsiGetTotalSenseByteCountIndicated(SenseInfoBuffer, SenseInfoBufferLength, &total);
    if (total > SenseInfoBufferLength) {
        total = SenseInfoBufferLength;
    }
    if (total <= 8) {
        return FALSE;
    }
    *DescriptorBuffer = ((PDESCRIPTOR_SENSE_DATA)SenseInfoBuffer)->DescriptorBuffer;
    *DescriptorBufferLength = (UCHAR)(total - 8);
    return TRUE;
}

static __inline UCHAR
ScsiGetSenseDescriptorLength(_In_ PVOID Descriptor)
{
    return (UCHAR)(((PSCSI_SENSE_DESCRIPTOR_HEADER)Descriptor)->AdditionalLength +
                   sizeof(SCSI_SENSE_DESCRIPTOR_HEADER));
}

static __inline BOOLEAN
ScsiGetNextSenseDescriptorByType(_In_reads_bytes_(BufferLength) PVOID Buffer,
    _In_ UCHAR BufferLength, _In_reads_(TypeListCount) PUCHAR TypeList,
    _In_ ULONG TypeListCount, _Out_ PUCHAR OutType,
    _Outptr_result_bytebuffer_(*OutBufferLength) PVOID *OutBuffer,
    _Out_ UCHAR *OutBufferLength)
{
    PUCHAR cursor = (PUCHAR)Buffer;
    ULONG remaining = BufferLength;
    *OutType = 0;
    *OutBuffer = NULL;
    *OutBufferLength = 0;
    while (cursor != NULL && remaining >= sizeof(SCSI_SENSE_DESCRIPTOR_HEADER)) {
        UCHAR length = ScsiGetSenseDescriptorLength(cursor);
        ULONG i;
        for (i = 0; i < TypeListCount; i++) {
            if (cursor[0] == TypeList[i]) {
                *OutType = cursor[0];
                *OutBuffer = cursor;
                *OutBufferLength = (UCHAR)remaining;
                return TRUE;
            }
        }
        if (length == 0 || length >= remaining) {
            break;
        }
        cursor += length;
        remaining -= length;
    }
    return FALSE;
}

static __inline BOOLEAN
ScsiValidateInformationSenseDescriptor(_In_reads_bytes_(DescriptorBufferLength) PVOID Descriptor,
    _In_ UCHAR DescriptorBufferLength)
{
    PSCSI_SENSE_DESCRIPTOR_INFORMATION d = (PSCSI_SENSE_DESCRIPTOR_INFORMATION)Descriptor;
    return (BOOLEAN)(Descriptor != NULL &&
        DescriptorBufferLength >= sizeof(SCSI_SENSE_DESCRIPTOR_INFORMATION) &&
        d->Header.DescriptorType == SCSI_SENSE_DESCRIPTOR_TYPE_INFORMATION &&
        d->Header.AdditionalLength == SCSI_SENSE_DESCRIPTOR_INFORMATION_LENGTH &&
        d->Valid != 0);
}

static __inline BOOLEAN
ScsiValidateBlockCommandSenseDescriptor(_In_reads_bytes_(DescriptorBufferLength) PVOID Descriptor,
    _In_ UCHAR DescriptorBufferLength)
{
    PSCSI_SENSE_DESCRIPTOR_BLOCK_COMMAND d = (PSCSI_SENSE_DESCRIPTOR_BLOCK_COMMAND)Descriptor;
    return (BOOLEAN)(Descriptor != NULL &&
        DescriptorBufferLength >= sizeof(SCSI_SENSE_DESCRIPTOR_BLOCK_COMMAND) &&
        d->Header.DescriptorType == SCSI_SENSE_DESCRIPTOR_TYPE_BLOCK_COMMAND &&
        d->Header.AdditionalLength == SCSI_SENSE_DESCRIPTOR_BLOCK_COMMAND_LENGTH);
}

static __inline BOOLEAN
ScsiConvertToFixedSenseFormat(_In_reads_bytes_(SenseInfoBufferLength) PVOID SenseInfoBuffer,
    _In_ UCHAR SenseInfoBufferLength,
    _Out_writes_bytes_(OutBufferLength) PVOID OutBuffer, _In_ UCHAR OutBufferLength)
{
    PFIXED_SENSE_DATA out = (PFIXED_SENSE_DATA)OutBuffer;
    UCHAR key = 0, asc = 0, ascq = 0;
    if (SenseInfoBuffer == NULL || OutBuffer == NULL ||
        OutBufferLength < sizeof(FIXED_SENSE_DATA)) {
        return FALSE;
    }
    if (!ScsiGetDescriptorSenseKeyAndCodes(SenseInfoBuffer, SenseInfoBufferLength,
                                           &key, &asc, &ascq)) {
        return FALSE;
    }
    RtlZeroMemory(OutBuffer, OutBufferLength);
    out->ErrorCode = SCSI_SENSE_ERRORCODE_FIXED_CURRENT;
    out->SenseKey = key;
    out->AdditionalSenseCode = asc;
    out->AdditionalSenseCodeQualifier = ascq;
    out->AdditionalSenseLength = sizeof(FIXED_SENSE_DATA) - 8;
    return TRUE;
}

/* ---- VPD pages (SBC) ---- */
#ifndef VPD_THIRD_PARTY_COPY
#define VPD_THIRD_PARTY_COPY                    0x8F
#endif
#ifndef VPD_BLOCK_LIMITS
#define VPD_BLOCK_LIMITS                        0xB0
#endif
#ifndef VPD_BLOCK_DEVICE_CHARACTERISTICS
#define VPD_BLOCK_DEVICE_CHARACTERISTICS        0xB1
#endif
#ifndef VPD_LOGICAL_BLOCK_PROVISIONING
#define VPD_LOGICAL_BLOCK_PROVISIONING          0xB2
#endif
#ifndef VPD_ZONED_BLOCK_DEVICE_CHARACTERISTICS
#define VPD_ZONED_BLOCK_DEVICE_CHARACTERISTICS  0xB6
#endif

#define VPD_MAX_BUFFER_SIZE                     0xff
#define VPD_BLOCK_LIMITS_PAGE_LENGTH_MIN        0x3C

#pragma pack(push, 1)

typedef struct _VPD_THIRD_PARTY_COPY_PAGE {
    UCHAR DeviceType : 5;
    UCHAR DeviceTypeQualifier : 3;
    UCHAR PageCode;
    UCHAR PageLength[2];
    UCHAR ThirdPartyCopyDescriptors[ANYSIZE_ARRAY];
} VPD_THIRD_PARTY_COPY_PAGE, *PVPD_THIRD_PARTY_COPY_PAGE;

#define BLOCK_DEVICE_TOKEN_LIMITS_DESCRIPTOR_TYPE_WINDOWS  0x00

typedef struct _WINDOWS_BLOCK_DEVICE_TOKEN_LIMITS_DESCRIPTOR {
    UCHAR DescriptorType[2];
    UCHAR DescriptorLength[2];
    UCHAR VendorSpecific[6];
    UCHAR MaximumRangeDescriptors[2];
    UCHAR MaximumInactivityTimer[4];
    UCHAR DefaultInactivityTimer[4];
    UCHAR MaximumTokenTransferSize[8];
    UCHAR OptimalTransferCount[8];
} WINDOWS_BLOCK_DEVICE_TOKEN_LIMITS_DESCRIPTOR, *PWINDOWS_BLOCK_DEVICE_TOKEN_LIMITS_DESCRIPTOR;

typedef struct _VPD_BLOCK_LIMITS_PAGE {
    UCHAR DeviceType : 5;
    UCHAR DeviceTypeQualifier : 3;
    UCHAR PageCode;
    UCHAR PageLength[2];
    union {
        struct {
            UCHAR Reserved0;
            UCHAR MaximumCompareAndWriteLength;
            UCHAR OptimalTransferLengthGranularity[2];
            UCHAR MaximumTransferLength[4];
            UCHAR OptimalTransferLength[4];
            UCHAR MaxPrefetchXDReadXDWriteTransferLength[4];
            UCHAR MaximumUnmapLBACount[4];
            UCHAR MaximumUnmapBlockDescriptorCount[4];
            UCHAR OptimalUnmapGranularity[4];
            union {
                struct {
                    UCHAR UnmapGranularityAlignmentByte3 : 7;
                    UCHAR UGAValid : 1;
                    UCHAR UnmapGranularityAlignmentByte2;
                    UCHAR UnmapGranularityAlignmentByte1;
                    UCHAR UnmapGranularityAlignmentByte0;
                };
                UCHAR UnmapGranularityAlignment[4];
            };
            UCHAR Reserved1[28];
        };
        UCHAR Descriptors[ANYSIZE_ARRAY];
    };
} VPD_BLOCK_LIMITS_PAGE, *PVPD_BLOCK_LIMITS_PAGE;

typedef struct _VPD_BLOCK_DEVICE_CHARACTERISTICS_PAGE {
    UCHAR DeviceType : 5;
    UCHAR DeviceTypeQualifier : 3;
    UCHAR PageCode;
    UCHAR Reserved0;
    UCHAR PageLength;
    UCHAR MediumRotationRateMsb;
    UCHAR MediumRotationRateLsb;
    UCHAR MediumProductType;
    UCHAR NominalFormFactor : 4;
    UCHAR WACEREQ : 2;
    UCHAR WABEREQ : 2;
    UCHAR VBULS : 1;
    UCHAR FUAB : 1;
    UCHAR BOCS : 1;
    UCHAR Reserved1 : 1;
    UCHAR ZONED : 2;
    UCHAR Reserved2 : 2;
    UCHAR Reserved3[3];
    UCHAR DepopulationTime[4];
    UCHAR Reserved4[48];
} VPD_BLOCK_DEVICE_CHARACTERISTICS_PAGE, *PVPD_BLOCK_DEVICE_CHARACTERISTICS_PAGE;

#define PROVISIONING_TYPE_UNKNOWN   0x0
#define PROVISIONING_TYPE_RESOURCE  0x1
#define PROVISIONING_TYPE_THIN      0x2

typedef struct _VPD_LOGICAL_BLOCK_PROVISIONING_PAGE {
    UCHAR DeviceType : 5;
    UCHAR DeviceTypeQualifier : 3;
    UCHAR PageCode;
    UCHAR PageLength[2];
    UCHAR ThresholdExponent;
    UCHAR DP : 1;
    UCHAR ANC_SUP : 1;
    UCHAR LBPRZ : 1;
    UCHAR Reserved0 : 2;
    UCHAR LBPWS10 : 1;
    UCHAR LBPWS : 1;
    UCHAR LBPU : 1;
    UCHAR ProvisioningType : 3;
    UCHAR Reserved1 : 5;
    UCHAR Reserved2;
    UCHAR ProvisioningGroupDescr[ANYSIZE_ARRAY];
} VPD_LOGICAL_BLOCK_PROVISIONING_PAGE, *PVPD_LOGICAL_BLOCK_PROVISIONING_PAGE;

typedef struct _VPD_ZONED_BLOCK_DEVICE_CHARACTERISTICS_PAGE {
    UCHAR DeviceType : 5;
    UCHAR DeviceTypeQualifier : 3;
    UCHAR PageCode;
    UCHAR PageLength[2];
    UCHAR URSWRZ : 1;
    UCHAR Reserved1 : 7;
    UCHAR Reserved2[3];
    UCHAR OptimalNumberOfOpenSequentialWritePreferredZone[4];
    UCHAR OptimalNumberOfNonSequentiallyWrittenSequentialWritePreferredZone[4];
    UCHAR MaxNumberOfOpenSequentialWriteRequiredZone[4];
    UCHAR Reserved3[44];
} VPD_ZONED_BLOCK_DEVICE_CHARACTERISTICS_PAGE, *PVPD_ZONED_BLOCK_DEVICE_CHARACTERISTICS_PAGE;

/* ---- Log pages ---- */
#define LOG_PAGE_CODE_LOGICAL_BLOCK_PROVISIONING           0x0C
#define LOG_PAGE_LBP_PARAMETER_CODE_AVAILABLE              0x0001
#define LOG_PAGE_LBP_PARAMETER_CODE_USED                   0x0002
#define LOG_PAGE_LBP_RESOURCE_SCOPE_NOT_REPORTED           0x0
#define LOG_PAGE_LBP_RESOURCE_SCOPE_DEDICATED_TO_LUN       0x1
#define LOG_PAGE_LBP_RESOURCE_SCOPE_NOT_DEDICATED_TO_LUN   0x2

typedef struct _LOG_PARAMETER_HEADER {
    UCHAR ParameterCode[2];
    union {
        UCHAR ControlByte;
        struct {
            UCHAR FormatAndLinking : 2;
            UCHAR TMC : 2;
            UCHAR ETC : 1;
            UCHAR TSD : 1;
            UCHAR Obsolete : 1;
            UCHAR DU : 1;
        };
    };
    UCHAR ParameterLength;
} LOG_PARAMETER_HEADER, *PLOG_PARAMETER_HEADER;

typedef struct _LOG_PARAMETER_THRESHOLD_RESOURCE_COUNT {
    LOG_PARAMETER_HEADER Header;
    UCHAR ResourceCount[4];
    UCHAR Scope : 2;
    UCHAR Reserved0 : 6;
    UCHAR Reserved1[3];
} LOG_PARAMETER_THRESHOLD_RESOURCE_COUNT, *PLOG_PARAMETER_THRESHOLD_RESOURCE_COUNT;

typedef struct _LOG_PAGE_LOGICAL_BLOCK_PROVISIONING {
    UCHAR PageCode : 6;
    UCHAR SPF : 1;
    UCHAR DS : 1;
    UCHAR SubPageCode;
    UCHAR PageLength[2];
    LOG_PARAMETER_HEADER Parameters[ANYSIZE_ARRAY];
} LOG_PAGE_LOGICAL_BLOCK_PROVISIONING, *PLOG_PAGE_LOGICAL_BLOCK_PROVISIONING;

/* ---- READ CAPACITY (16) data ---- */
typedef struct _READ_CAPACITY16_DATA {
    LARGE_INTEGER LogicalBlockAddress;
    ULONG BytesPerBlock;
    UCHAR ProtectionEnable : 1;
    UCHAR ProtectionType : 3;
    UCHAR RcBasis : 2;
    UCHAR Reserved : 2;
    UCHAR LogicalPerPhysicalExponent : 4;
    UCHAR ProtectionInfoExponent : 4;
    UCHAR LowestAlignedBlock_MSB : 6;
    UCHAR LBPRZ : 1;
    UCHAR LBPME : 1;
    UCHAR LowestAlignedBlock_LSB;
    UCHAR Reserved3[16];
} READ_CAPACITY16_DATA, *PREAD_CAPACITY16_DATA;

/* ---- UNMAP parameter list and GET LBA STATUS data ---- */
typedef struct _UNMAP_BLOCK_DESCRIPTOR {
    UCHAR StartingLba[8];
    UCHAR LbaCount[4];
    UCHAR Reserved[4];
} UNMAP_BLOCK_DESCRIPTOR, *PUNMAP_BLOCK_DESCRIPTOR;

typedef struct _UNMAP_LIST_HEADER {
    UCHAR DataLength[2];
    UCHAR BlockDescrDataLength[2];
    UCHAR Reserved[4];
    UNMAP_BLOCK_DESCRIPTOR Descriptors[ANYSIZE_ARRAY];
} UNMAP_LIST_HEADER, *PUNMAP_LIST_HEADER;

#define LBA_STATUS_MAPPED       0x0
#define LBA_STATUS_DEALLOCATED  0x1
#define LBA_STATUS_ANCHORED     0x2

typedef struct _LBA_STATUS_DESCRIPTOR {
    ULONGLONG StartingLBA;
    ULONG LogicalBlockCount;
    UCHAR ProvisioningStatus : 4;
    UCHAR Reserved1 : 4;
    UCHAR Reserved2[3];
} LBA_STATUS_DESCRIPTOR, *PLBA_STATUS_DESCRIPTOR;

typedef struct _LBA_STATUS_LIST_HEADER {
    ULONG ParameterLength;
    ULONG Reserved;
    LBA_STATUS_DESCRIPTOR Descriptors[ANYSIZE_ARRAY];
} LBA_STATUS_LIST_HEADER, *PLBA_STATUS_LIST_HEADER;

/* ---- Offload data transfer (POPULATE TOKEN / WRITE USING TOKEN) ---- */
#define BLOCK_DEVICE_TOKEN_SIZE  512

typedef struct {
    UCHAR LogicalBlockAddress[8];
    UCHAR TransferLength[4];
    UCHAR Reserved[4];
} BLOCK_DEVICE_RANGE_DESCRIPTOR, *PBLOCK_DEVICE_RANGE_DESCRIPTOR;

typedef struct {
    UCHAR PopulateTokenDataLength[2];
    UCHAR Immediate : 1;
    UCHAR Reserved1 : 7;
    UCHAR Reserved2;
    UCHAR InactivityTimeout[4];
    UCHAR Reserved3[6];
    UCHAR BlockDeviceRangeDescriptorListLength[2];
    UCHAR BlockDeviceRangeDescriptor[ANYSIZE_ARRAY];
} POPULATE_TOKEN_HEADER, *PPOPULATE_TOKEN_HEADER;

typedef struct {
    UCHAR WriteUsingTokenDataLength[2];
    UCHAR Immediate : 1;
    UCHAR Reserved1 : 7;
    UCHAR Reserved2[5];
    UCHAR BlockOffsetIntoToken[8];
    UCHAR Token[BLOCK_DEVICE_TOKEN_SIZE];
    UCHAR Reserved3[6];
    UCHAR BlockDeviceRangeDescriptorListLength[2];
    UCHAR BlockDeviceRangeDescriptor[ANYSIZE_ARRAY];
} WRITE_USING_TOKEN_HEADER, *PWRITE_USING_TOKEN_HEADER;

typedef struct {
    UCHAR AvailableData[4];
    UCHAR ResponseToServiceAction : 5;
    UCHAR Reserved1 : 3;
    UCHAR OperationStatus : 7;
    UCHAR Reserved2 : 1;
    UCHAR OperationCounter[2];
    UCHAR EstimatedStatusUpdateDelay[4];
    UCHAR CompletionStatus;
    UCHAR SenseDataFieldLength;
    UCHAR SenseDataLength;
    UCHAR TransferCountUnits;
    UCHAR TransferCount[8];
    UCHAR SegmentsProcessed[2];
    UCHAR Reserved3[6];
    UCHAR SenseData[ANYSIZE_ARRAY];
} RECEIVE_TOKEN_INFORMATION_HEADER, *PRECEIVE_TOKEN_INFORMATION_HEADER;

typedef struct {
    UCHAR TokenDescriptorsLength[4];
    UCHAR TokenDescriptor[ANYSIZE_ARRAY];
} RECEIVE_TOKEN_INFORMATION_RESPONSE_HEADER, *PRECEIVE_TOKEN_INFORMATION_RESPONSE_HEADER;

typedef struct {
    UCHAR TokenIdentifier[2];
    UCHAR Token[BLOCK_DEVICE_TOKEN_SIZE];
} BLOCK_DEVICE_TOKEN_DESCRIPTOR, *PBLOCK_DEVICE_TOKEN_DESCRIPTOR;

#pragma pack(pop)

typedef enum _OPERATION_STATUS {
    OPERATION_COMPLETED_WITH_SUCCESS       = 0x01,
    OPERATION_COMPLETED_WITH_ERROR         = 0x02,
    OPERATION_COMPLETED_WITH_RESIDUAL_DATA = 0x03,
    OPERATION_IN_PROGRESS_IN_FOREGROUND    = 0x11,
    OPERATION_IN_PROGRESS_IN_BACKGROUND    = 0x12,
    OPERATION_TERMINATED                   = 0x60
} OPERATION_STATUS, *POPERATION_STATUS;

typedef enum _TRANSFER_COUNT_UNITS {
    TRANSFER_COUNT_UNITS_BYTES         = 0,
    TRANSFER_COUNT_UNITS_KIBIBYTES     = 1,
    TRANSFER_COUNT_UNITS_MEBIBYTES     = 2,
    TRANSFER_COUNT_UNITS_GIBIBYTES     = 3,
    TRANSFER_COUNT_UNITS_TEBIBYTES     = 4,
    TRANSFER_COUNT_UNITS_PEBIBYTES     = 5,
    TRANSFER_COUNT_UNITS_EXBIBYTES     = 6,
    TRANSFER_COUNT_UNITS_NUMBER_BLOCKS = 0xF1
} TRANSFER_COUNT_UNITS, *PTRANSFER_COUNT_UNITS;

/* ---- Control mode page (SPC) ---- */
#ifndef MODE_PAGE_CONTROL
#define MODE_PAGE_CONTROL  0x0A
#endif

#pragma pack(push, 1)
typedef struct _MODE_CONTROL_PAGE {
    UCHAR PageCode : 6;
    UCHAR Reserved1 : 1;
    UCHAR PageSavable : 1;
    UCHAR PageLength;
    UCHAR RLEC : 1;
    UCHAR GLTSD : 1;
    UCHAR D_SENSE : 1;
    UCHAR DPICZ : 1;
    UCHAR TMF_ONLY : 1;
    UCHAR TST : 3;
    UCHAR Obsolete1 : 1;
    UCHAR QERR : 2;
    UCHAR NUAR : 1;
    UCHAR QueueAlgorithmModifier : 4;
    UCHAR Obsolete2 : 3;
    UCHAR SWP : 1;
    UCHAR UA_INTLCK_CTRL : 2;
    UCHAR RAC : 1;
    UCHAR VS : 1;
    UCHAR AutoloadMode : 3;
    UCHAR Reserved2 : 1;
    UCHAR RWWP : 1;
    UCHAR ATMPE : 1;
    UCHAR TAS : 1;
    UCHAR ATO : 1;
    UCHAR Obsolete3[2];
    UCHAR BusyTimeoutPeriod[2];
    UCHAR ExtendeSelfTestCompletionTime[2];
} MODE_CONTROL_PAGE, *PMODE_CONTROL_PAGE;
#pragma pack(pop)

/* ---- WRITE BUFFER modes (microcode download) ---- */
#ifndef SCSI_WRITE_BUFFER_MODE_DOWNLOAD_MICROCODE_AND_SAVE
#define SCSI_WRITE_BUFFER_MODE_DOWNLOAD_MICROCODE_AND_SAVE                       0x05
#endif
#ifndef SCSI_WRITE_BUFFER_MODE_DOWNLOAD_MICROCODE_WITH_OFFSETS_AND_SAVE
#define SCSI_WRITE_BUFFER_MODE_DOWNLOAD_MICROCODE_WITH_OFFSETS_AND_SAVE          0x07
#endif
#ifndef SCSI_WRITE_BUFFER_MODE_DOWNLOAD_MICROCODE_WITH_OFFSETS_SAVE_DEFER_ACTIVATE
#define SCSI_WRITE_BUFFER_MODE_DOWNLOAD_MICROCODE_WITH_OFFSETS_SAVE_DEFER_ACTIVATE 0x0E
#endif
#ifndef SCSI_WRITE_BUFFER_MODE_ACTIVATE_DEFERRED_MICROCODE
#define SCSI_WRITE_BUFFER_MODE_ACTIVATE_DEFERRED_MICROCODE                       0x0F
#endif

#ifdef __cplusplus
}
#endif

#endif /* DDICHECK_OVERLAY_SCSI_H */
