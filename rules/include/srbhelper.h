/*
 * srbhelper.h -- ddicheck overlay: helpers that read and write fields of
 * either kind of SRB (SCSI_REQUEST_BLOCK or the extended
 * STORAGE_REQUEST_BLOCK).
 *
 * Written for ddicheck from the documented API (Microsoft Learn: "srbhelper.h
 * header"); used only when the real WDK is absent.  The small inline bodies
 * are ddicheck's own, written so that analysis sees plausible data flow.
 */
#ifndef DDICHECK_OVERLAY_SRBHELPER_H
#define DDICHECK_OVERLAY_SRBHELPER_H

#include <srb.h>
#include <scsi.h>

#ifndef SRBHELPER_INLINE
#define SRBHELPER_INLINE static __inline
#endif

#define DDICHECK_SRB_IS_EX(Srb) \
    (((PSCSI_REQUEST_BLOCK)(Srb))->Function == SRB_FUNCTION_STORAGE_REQUEST_BLOCK)
#define DDICHECK_SRB(Srb)    ((PSCSI_REQUEST_BLOCK)(Srb))
#define DDICHECK_SRBEX(Srb)  ((PSTORAGE_REQUEST_BLOCK)(Srb))

SRBHELPER_INLINE PSRBEX_DATA
SrbGetSrbExDataByIndex(_In_ PSTORAGE_REQUEST_BLOCK Srb, _In_ ULONG SrbExDataIndex)
{
    if (SrbExDataIndex < Srb->NumSrbExData && Srb->SrbExDataOffset[SrbExDataIndex] != 0 &&
        Srb->SrbExDataOffset[SrbExDataIndex] < Srb->SrbLength) {
        return (PSRBEX_DATA)((PUCHAR)Srb + Srb->SrbExDataOffset[SrbExDataIndex]);
    }
    return NULL;
}

SRBHELPER_INLINE PSRBEX_DATA
SrbGetSrbExDataByType(_In_ PSTORAGE_REQUEST_BLOCK Srb, _In_ SRBEXDATATYPE Type)
{
    ULONG i;
    for (i = 0; i < Srb->NumSrbExData; i++) {
        PSRBEX_DATA data = SrbGetSrbExDataByIndex(Srb, i);
        if (data != NULL && data->Type == Type) {
            return data;
        }
    }
    return NULL;
}

SRBHELPER_INLINE PSRBEX_DATA
SrbGetPrimarySrbExData(_In_ PSTORAGE_REQUEST_BLOCK Srb)
{
    switch (Srb->SrbFunction) {
    case SRB_FUNCTION_POWER: return SrbGetSrbExDataByType(Srb, SrbExDataTypePower);
    case SRB_FUNCTION_PNP:   return SrbGetSrbExDataByType(Srb, SrbExDataTypePnP);
    case SRB_FUNCTION_WMI:   return SrbGetSrbExDataByType(Srb, SrbExDataTypeWmi);
    default:                 return SrbGetSrbExDataByIndex(Srb, 0);
    }
}

SRBHELPER_INLINE PSTOR_ADDRESS
SrbGetAddress(_In_ PSTORAGE_REQUEST_BLOCK Srb)
{
    if (Srb->AddressOffset == 0) {
        return NULL;
    }
    return (PSTOR_ADDRESS)((PUCHAR)Srb + Srb->AddressOffset);
}

/* Returns the SCSI-specific fields of either kind of SRB. */
SRBHELPER_INLINE VOID
SrbGetScsiData(_In_ PSTORAGE_REQUEST_BLOCK SrbEx,
               _Inout_opt_ PUCHAR CdbLength8, _Inout_opt_ PULONG CdbLength32,
               _Inout_opt_ PUCHAR ScsiStatus, _Inout_opt_ PVOID *SenseInfoBuffer,
               _Inout_opt_ PUCHAR SenseInfoBufferLength)
{
    PSRBEX_DATA data = SrbGetPrimarySrbExData(SrbEx);
    if (data == NULL) {
        return;
    }
    switch (data->Type) {
    case SrbExDataTypeScsiCdb16: {
        PSRBEX_DATA_SCSI_CDB16 d = (PSRBEX_DATA_SCSI_CDB16)data;
        if (CdbLength8) *CdbLength8 = d->CdbLength;
        if (CdbLength32) *CdbLength32 = d->CdbLength;
        if (ScsiStatus) *ScsiStatus = d->ScsiStatus;
        if (SenseInfoBuffer) *SenseInfoBuffer = d->SenseInfoBuffer;
        if (SenseInfoBufferLength) *SenseInfoBufferLength = d->SenseInfoBufferLength;
        break;
    }
    case SrbExDataTypeScsiCdb32: {
        PSRBEX_DATA_SCSI_CDB32 d = (PSRBEX_DATA_SCSI_CDB32)data;
        if (CdbLength8) *CdbLength8 = d->CdbLength;
        if (CdbLength32) *CdbLength32 = d->CdbLength;
        if (ScsiStatus) *ScsiStatus = d->ScsiStatus;
        if (SenseInfoBuffer) *SenseInfoBuffer = d->SenseInfoBuffer;
        if (SenseInfoBufferLength) *SenseInfoBufferLength = d->SenseInfoBufferLength;
        break;
    }
    case SrbExDataTypeScsiCdbVar: {
        PSRBEX_DATA_SCSI_CDB_VAR d = (PSRBEX_DATA_SCSI_CDB_VAR)data;
        if (CdbLength8) *CdbLength8 = (UCHAR)d->CdbLength;
        if (CdbLength32) *CdbLength32 = d->CdbLength;
        if (ScsiStatus) *ScsiStatus = d->ScsiStatus;
        if (SenseInfoBuffer) *SenseInfoBuffer = d->SenseInfoBuffer;
        if (SenseInfoBufferLength) *SenseInfoBufferLength = d->SenseInfoBufferLength;
        break;
    }
    default:
        break;
    }
}

SRBHELPER_INLINE VOID
SrbSetScsiData(_In_ PSTORAGE_REQUEST_BLOCK SrbEx,
               _In_opt_ PUCHAR CdbLength8, _In_opt_ PULONG CdbLength32,
               _In_opt_ PUCHAR ScsiStatus, _In_opt_ PVOID *SenseInfoBuffer,
               _In_opt_ PUCHAR SenseInfoBufferLength)
{
    PSRBEX_DATA data = SrbGetPrimarySrbExData(SrbEx);
    if (data == NULL) {
        return;
    }
    if (data->Type == SrbExDataTypeScsiCdb16) {
        PSRBEX_DATA_SCSI_CDB16 d = (PSRBEX_DATA_SCSI_CDB16)data;
        if (CdbLength8) d->CdbLength = *CdbLength8;
        if (ScsiStatus) d->ScsiStatus = *ScsiStatus;
        if (SenseInfoBuffer) d->SenseInfoBuffer = *SenseInfoBuffer;
        if (SenseInfoBufferLength) d->SenseInfoBufferLength = *SenseInfoBufferLength;
    } else if (data->Type == SrbExDataTypeScsiCdb32) {
        PSRBEX_DATA_SCSI_CDB32 d = (PSRBEX_DATA_SCSI_CDB32)data;
        if (CdbLength8) d->CdbLength = *CdbLength8;
        if (ScsiStatus) d->ScsiStatus = *ScsiStatus;
        if (SenseInfoBuffer) d->SenseInfoBuffer = *SenseInfoBuffer;
        if (SenseInfoBufferLength) d->SenseInfoBufferLength = *SenseInfoBufferLength;
    } else if (data->Type == SrbExDataTypeScsiCdbVar) {
        PSRBEX_DATA_SCSI_CDB_VAR d = (PSRBEX_DATA_SCSI_CDB_VAR)data;
        if (CdbLength32) d->CdbLength = *CdbLength32;
        if (ScsiStatus) d->ScsiStatus = *ScsiStatus;
        if (SenseInfoBuffer) d->SenseInfoBuffer = *SenseInfoBuffer;
        if (SenseInfoBufferLength) d->SenseInfoBufferLength = *SenseInfoBufferLength;
    }
}

SRBHELPER_INLINE PCDB
SrbGetCdb(_In_ PVOID Srb)
{
    if (DDICHECK_SRB_IS_EX(Srb)) {
        PSRBEX_DATA data = SrbGetPrimarySrbExData(DDICHECK_SRBEX(Srb));
        if (data == NULL) return NULL;
        switch (data->Type) {
        case SrbExDataTypeScsiCdb16:  return (PCDB)((PSRBEX_DATA_SCSI_CDB16)data)->Cdb;
        case SrbExDataTypeScsiCdb32:  return (PCDB)((PSRBEX_DATA_SCSI_CDB32)data)->Cdb;
        case SrbExDataTypeScsiCdbVar: return (PCDB)((PSRBEX_DATA_SCSI_CDB_VAR)data)->Cdb;
        default:                      return NULL;
        }
    }
    return (PCDB)DDICHECK_SRB(Srb)->Cdb;
}

SRBHELPER_INLINE UCHAR
SrbGetCdbLength(_In_ PVOID Srb)
{
    UCHAR len = 0;
    if (DDICHECK_SRB_IS_EX(Srb)) {
        SrbGetScsiData(DDICHECK_SRBEX(Srb), &len, NULL, NULL, NULL, NULL);
        return len;
    }
    return DDICHECK_SRB(Srb)->CdbLength;
}

SRBHELPER_INLINE VOID
SrbSetCdbLength(_In_ PVOID Srb, _In_ UCHAR CdbLength)
{
    if (DDICHECK_SRB_IS_EX(Srb)) {
        SrbSetScsiData(DDICHECK_SRBEX(Srb), &CdbLength, NULL, NULL, NULL, NULL);
    } else {
        DDICHECK_SRB(Srb)->CdbLength = CdbLength;
    }
}

SRBHELPER_INLINE UCHAR
SrbGetScsiStatus(_In_ PVOID Srb)
{
    UCHAR status = 0;
    if (DDICHECK_SRB_IS_EX(Srb)) {
        SrbGetScsiData(DDICHECK_SRBEX(Srb), NULL, NULL, &status, NULL, NULL);
        return status;
    }
    return DDICHECK_SRB(Srb)->ScsiStatus;
}

SRBHELPER_INLINE VOID
SrbSetScsiStatus(_In_ PVOID Srb, _In_ UCHAR ScsiStatus)
{
    if (DDICHECK_SRB_IS_EX(Srb)) {
        SrbSetScsiData(DDICHECK_SRBEX(Srb), NULL, NULL, &ScsiStatus, NULL, NULL);
    } else {
        DDICHECK_SRB(Srb)->ScsiStatus = ScsiStatus;
    }
}

SRBHELPER_INLINE PVOID
SrbGetSenseInfoBuffer(_In_ PVOID Srb)
{
    PVOID buffer = NULL;
    if (DDICHECK_SRB_IS_EX(Srb)) {
        SrbGetScsiData(DDICHECK_SRBEX(Srb), NULL, NULL, NULL, &buffer, NULL);
        return buffer;
    }
    return DDICHECK_SRB(Srb)->SenseInfoBuffer;
}

SRBHELPER_INLINE VOID
SrbSetSenseInfoBuffer(_In_ PVOID Srb, _In_opt_ PVOID SenseInfoBuffer)
{
    if (DDICHECK_SRB_IS_EX(Srb)) {
        SrbSetScsiData(DDICHECK_SRBEX(Srb), NULL, NULL, NULL, &SenseInfoBuffer, NULL);
    } else {
        DDICHECK_SRB(Srb)->SenseInfoBuffer = SenseInfoBuffer;
    }
}

SRBHELPER_INLINE UCHAR
SrbGetSenseInfoBufferLength(_In_ PVOID Srb)
{
    UCHAR len = 0;
    if (DDICHECK_SRB_IS_EX(Srb)) {
        SrbGetScsiData(DDICHECK_SRBEX(Srb), NULL, NULL, NULL, NULL, &len);
        return len;
    }
    return DDICHECK_SRB(Srb)->SenseInfoBufferLength;
}

SRBHELPER_INLINE VOID
SrbSetSenseInfoBufferLength(_In_ PVOID Srb, _In_ UCHAR SenseInfoBufferLength)
{
    if (DDICHECK_SRB_IS_EX(Srb)) {
        SrbSetScsiData(DDICHECK_SRBEX(Srb), NULL, NULL, NULL, NULL, &SenseInfoBufferLength);
    } else {
        DDICHECK_SRB(Srb)->SenseInfoBufferLength = SenseInfoBufferLength;
    }
}

/* Plain field accessors: one body per field, for both SRB kinds. */
#define DDICHECK_SRB_GETSET(Type, Name, ExField, OldField)                         \
    SRBHELPER_INLINE Type SrbGet##Name(_In_ PVOID Srb)                              \
    {                                                                               \
        return DDICHECK_SRB_IS_EX(Srb) ? (Type)DDICHECK_SRBEX(Srb)->ExField          \
                                       : (Type)DDICHECK_SRB(Srb)->OldField;          \
    }                                                                               \
    SRBHELPER_INLINE VOID SrbSet##Name(_In_ PVOID Srb, _In_ Type Value)             \
    {                                                                               \
        if (DDICHECK_SRB_IS_EX(Srb)) DDICHECK_SRBEX(Srb)->ExField = Value;           \
        else DDICHECK_SRB(Srb)->OldField = Value;                                    \
    }

DDICHECK_SRB_GETSET(ULONG, DataTransferLength, DataTransferLength, DataTransferLength)
DDICHECK_SRB_GETSET(PVOID, DataBuffer, DataBuffer, DataBuffer)
DDICHECK_SRB_GETSET(ULONG, TimeOutValue, TimeOutValue, TimeOutValue)
DDICHECK_SRB_GETSET(PVOID, OriginalRequest, OriginalRequest, OriginalRequest)
DDICHECK_SRB_GETSET(UCHAR, SrbStatus, SrbStatus, SrbStatus)

SRBHELPER_INLINE ULONG SrbGetSrbFlags(_In_ PVOID Srb)
{
    return DDICHECK_SRB_IS_EX(Srb) ? DDICHECK_SRBEX(Srb)->SrbFlags : DDICHECK_SRB(Srb)->SrbFlags;
}
SRBHELPER_INLINE VOID SrbAssignSrbFlags(_In_ PVOID Srb, _In_ ULONG Flags)
{
    if (DDICHECK_SRB_IS_EX(Srb)) DDICHECK_SRBEX(Srb)->SrbFlags = Flags;
    else DDICHECK_SRB(Srb)->SrbFlags = Flags;
}
SRBHELPER_INLINE VOID SrbSetSrbFlags(_In_ PVOID Srb, _In_ ULONG Flags)
{
    if (DDICHECK_SRB_IS_EX(Srb)) DDICHECK_SRBEX(Srb)->SrbFlags |= Flags;
    else DDICHECK_SRB(Srb)->SrbFlags |= Flags;
}
SRBHELPER_INLINE VOID SrbClearSrbFlags(_In_ PVOID Srb, _In_ ULONG Flags)
{
    if (DDICHECK_SRB_IS_EX(Srb)) DDICHECK_SRBEX(Srb)->SrbFlags &= ~Flags;
    else DDICHECK_SRB(Srb)->SrbFlags &= ~Flags;
}

SRBHELPER_INLINE ULONG SrbGetSrbFunction(_In_ PVOID Srb)
{
    return DDICHECK_SRB_IS_EX(Srb) ? DDICHECK_SRBEX(Srb)->SrbFunction : DDICHECK_SRB(Srb)->Function;
}
SRBHELPER_INLINE ULONG SrbGetSrbLength(_In_ PVOID Srb)
{
    return DDICHECK_SRB_IS_EX(Srb) ? DDICHECK_SRBEX(Srb)->SrbLength : DDICHECK_SRB(Srb)->Length;
}
SRBHELPER_INLINE VOID SrbSetSrbLength(_In_ PVOID Srb, _In_ ULONG Length)
{
    if (DDICHECK_SRB_IS_EX(Srb)) DDICHECK_SRBEX(Srb)->SrbLength = Length;
    else DDICHECK_SRB(Srb)->Length = (USHORT)Length;
}
SRBHELPER_INLINE ULONG SrbGetSystemStatus(_In_ PVOID Srb)
{
    return DDICHECK_SRB_IS_EX(Srb) ? DDICHECK_SRBEX(Srb)->SystemStatus : DDICHECK_SRB(Srb)->InternalStatus;
}
SRBHELPER_INLINE VOID SrbSetSystemStatus(_In_ PVOID Srb, _In_ ULONG Status)
{
    if (DDICHECK_SRB_IS_EX(Srb)) DDICHECK_SRBEX(Srb)->SystemStatus = Status;
    else DDICHECK_SRB(Srb)->InternalStatus = Status;
}
SRBHELPER_INLINE ULONG SrbGetRequestTag(_In_ PVOID Srb)
{
    return DDICHECK_SRB_IS_EX(Srb) ? DDICHECK_SRBEX(Srb)->RequestTag : DDICHECK_SRB(Srb)->QueueTag;
}
SRBHELPER_INLINE VOID SrbSetRequestTag(_In_ PVOID Srb, _In_ ULONG RequestTag)
{
    if (DDICHECK_SRB_IS_EX(Srb)) DDICHECK_SRBEX(Srb)->RequestTag = RequestTag;
    else DDICHECK_SRB(Srb)->QueueTag = (UCHAR)RequestTag;
}
SRBHELPER_INLINE UCHAR SrbGetRequestAttribute(_In_ PVOID Srb)
{
    return DDICHECK_SRB_IS_EX(Srb) ? (UCHAR)DDICHECK_SRBEX(Srb)->RequestAttribute : DDICHECK_SRB(Srb)->QueueAction;
}
SRBHELPER_INLINE VOID SrbSetRequestAttribute(_In_ PVOID Srb, _In_ UCHAR RequestAttribute)
{
    if (DDICHECK_SRB_IS_EX(Srb)) DDICHECK_SRBEX(Srb)->RequestAttribute = RequestAttribute;
    else DDICHECK_SRB(Srb)->QueueAction = RequestAttribute;
}
#define SrbGetQueueAction   SrbGetRequestAttribute
#define SrbSetQueueAction   SrbSetRequestAttribute
#define SrbGetQueueTag      SrbGetRequestTag
#define SrbSetQueueTag      SrbSetRequestTag

SRBHELPER_INLINE ULONG SrbGetQueueSortKey(_In_ PVOID Srb)
{
    return DDICHECK_SRB_IS_EX(Srb) ? 0 : DDICHECK_SRB(Srb)->QueueSortKey;
}
SRBHELPER_INLINE VOID SrbSetQueueSortKey(_In_ PVOID Srb, _In_ ULONG QueueSortKey)
{
    if (!DDICHECK_SRB_IS_EX(Srb)) DDICHECK_SRB(Srb)->QueueSortKey = QueueSortKey;
}

SRBHELPER_INLINE PVOID SrbGetNextSrb(_In_ PVOID Srb)
{
    return DDICHECK_SRB_IS_EX(Srb) ? (PVOID)DDICHECK_SRBEX(Srb)->NextSrb : (PVOID)DDICHECK_SRB(Srb)->NextSrb;
}
SRBHELPER_INLINE VOID SrbSetNextSrb(_In_ PVOID Srb, _In_opt_ PVOID NextSrb)
{
    if (DDICHECK_SRB_IS_EX(Srb)) DDICHECK_SRBEX(Srb)->NextSrb = (PSTORAGE_REQUEST_BLOCK)NextSrb;
    else DDICHECK_SRB(Srb)->NextSrb = (PSCSI_REQUEST_BLOCK)NextSrb;
}

SRBHELPER_INLINE PVOID SrbGetMiniportContext(_In_ PVOID Srb)
{
    return DDICHECK_SRB_IS_EX(Srb) ? DDICHECK_SRBEX(Srb)->MiniportContext : DDICHECK_SRB(Srb)->SrbExtension;
}
SRBHELPER_INLINE PVOID SrbGetPortContext(_In_ PVOID Srb)
{
    return DDICHECK_SRB_IS_EX(Srb) ? DDICHECK_SRBEX(Srb)->PortContext : NULL;
}
SRBHELPER_INLINE PVOID SrbGetClassContext(_In_ PVOID Srb)
{
    return DDICHECK_SRB_IS_EX(Srb) ? DDICHECK_SRBEX(Srb)->ClassContext : NULL;
}

SRBHELPER_INLINE VOID
SrbGetPathTargetLun(_In_ PVOID Srb, _Out_opt_ PUCHAR PathId, _Out_opt_ PUCHAR TargetId, _Out_opt_ PUCHAR Lun)
{
    if (DDICHECK_SRB_IS_EX(Srb)) {
        PSTOR_ADDRESS a = SrbGetAddress(DDICHECK_SRBEX(Srb));
        if (a != NULL && a->Type == STOR_ADDRESS_TYPE_BTL8) {
            PSTOR_ADDR_BTL8 b = (PSTOR_ADDR_BTL8)a;
            if (PathId) *PathId = b->Path;
            if (TargetId) *TargetId = b->Target;
            if (Lun) *Lun = b->Lun;
        }
        return;
    }
    if (PathId) *PathId = DDICHECK_SRB(Srb)->PathId;
    if (TargetId) *TargetId = DDICHECK_SRB(Srb)->TargetId;
    if (Lun) *Lun = DDICHECK_SRB(Srb)->Lun;
}
SRBHELPER_INLINE UCHAR SrbGetPathId(_In_ PVOID Srb)
{
    UCHAR v = 0; SrbGetPathTargetLun(Srb, &v, NULL, NULL); return v;
}
SRBHELPER_INLINE UCHAR SrbGetTargetId(_In_ PVOID Srb)
{
    UCHAR v = 0; SrbGetPathTargetLun(Srb, NULL, &v, NULL); return v;
}
SRBHELPER_INLINE UCHAR SrbGetLun(_In_ PVOID Srb)
{
    UCHAR v = 0; SrbGetPathTargetLun(Srb, NULL, NULL, &v); return v;
}

SRBHELPER_INLINE VOID SrbZeroSrb(_In_ PVOID Srb)
{
    RtlZeroMemory(Srb, SrbGetSrbLength(Srb));
}
SRBHELPER_INLINE NTSTATUS SrbCopySrb(_In_ PVOID DestinationSrb, _In_ ULONG DestinationSrbLength, _In_ PVOID SourceSrb)
{
    ULONG len = SrbGetSrbLength(SourceSrb);
    if (DestinationSrbLength < len) {
        return STATUS_BUFFER_TOO_SMALL;
    }
    RtlCopyMemory(DestinationSrb, SourceSrb, len);
    return STATUS_SUCCESS;
}

#endif /* DDICHECK_OVERLAY_SRBHELPER_H */
