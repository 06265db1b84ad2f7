/*
 * wdfdmaenabler.h - ddicheck overlay header.
 *
 * Written for ddicheck from the documented KMDF API (Microsoft Learn);
 * used only when the real Windows Driver Kit is absent.
 * Framework DMA enablers.
 */
#ifndef DDICHECK_WDFDMAENABLER_H
#define DDICHECK_WDFDMAENABLER_H

#include <wdfobject.h>

typedef enum _WDF_DMA_PROFILE {
    WdfDmaProfileInvalid = 0,
    WdfDmaProfilePacket,
    WdfDmaProfileScatterGather,
    WdfDmaProfilePacket64,
    WdfDmaProfileScatterGather64,
    WdfDmaProfileScatterGatherDuplex,
    WdfDmaProfileScatterGather64Duplex,
    WdfDmaProfileSystem,
    WdfDmaProfileSystemDuplex
} WDF_DMA_PROFILE;

typedef enum _WDF_DMA_DIRECTION {
    WdfDmaDirectionReadFromDevice = FALSE,
    WdfDmaDirectionWriteToDevice = TRUE
} WDF_DMA_DIRECTION;

typedef enum _WDF_DMA_ENABLER_CONFIG_FLAGS {
    WDF_DMA_ENABLER_CONFIG_REQUIRE_SINGLE_TRANSFER = 0x00000001
} WDF_DMA_ENABLER_CONFIG_FLAGS;

#define WDF_DMA_ENABLER_UNLIMITED_FRAGMENTS ((ULONG)-1)

typedef _Function_class_(EVT_WDF_DMA_ENABLER_FILL)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS EVT_WDF_DMA_ENABLER_FILL(_In_ WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_FILL *PFN_WDF_DMA_ENABLER_FILL;

typedef _Function_class_(EVT_WDF_DMA_ENABLER_FLUSH)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS EVT_WDF_DMA_ENABLER_FLUSH(_In_ WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_FLUSH *PFN_WDF_DMA_ENABLER_FLUSH;

typedef _Function_class_(EVT_WDF_DMA_ENABLER_ENABLE)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS EVT_WDF_DMA_ENABLER_ENABLE(_In_ WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_ENABLE *PFN_WDF_DMA_ENABLER_ENABLE;

typedef _Function_class_(EVT_WDF_DMA_ENABLER_DISABLE)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS EVT_WDF_DMA_ENABLER_DISABLE(_In_ WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_DISABLE *PFN_WDF_DMA_ENABLER_DISABLE;

typedef _Function_class_(EVT_WDF_DMA_ENABLER_SELFMANAGED_IO_START)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS EVT_WDF_DMA_ENABLER_SELFMANAGED_IO_START(_In_ WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_SELFMANAGED_IO_START *PFN_WDF_DMA_ENABLER_SELFMANAGED_IO_START;

typedef _Function_class_(EVT_WDF_DMA_ENABLER_SELFMANAGED_IO_STOP)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS EVT_WDF_DMA_ENABLER_SELFMANAGED_IO_STOP(_In_ WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_SELFMANAGED_IO_STOP *PFN_WDF_DMA_ENABLER_SELFMANAGED_IO_STOP;

typedef struct _WDF_DMA_ENABLER_CONFIG {
    ULONG Size;
    WDF_DMA_PROFILE Profile;
    size_t MaximumLength;
    PFN_WDF_DMA_ENABLER_FILL EvtDmaEnablerFill;
    PFN_WDF_DMA_ENABLER_FLUSH EvtDmaEnablerFlush;
    PFN_WDF_DMA_ENABLER_DISABLE EvtDmaEnablerDisable;
    PFN_WDF_DMA_ENABLER_ENABLE EvtDmaEnablerEnable;
    PFN_WDF_DMA_ENABLER_SELFMANAGED_IO_START EvtDmaEnablerSelfManagedIoStart;
    PFN_WDF_DMA_ENABLER_SELFMANAGED_IO_STOP EvtDmaEnablerSelfManagedIoStop;
    ULONG AddressWidthOverride;
    ULONG WdmDmaVersionOverride;
    ULONG Flags;
} WDF_DMA_ENABLER_CONFIG, *PWDF_DMA_ENABLER_CONFIG;

FORCEINLINE VOID
WDF_DMA_ENABLER_CONFIG_INIT(
    _Out_ PWDF_DMA_ENABLER_CONFIG Config,
    _In_ WDF_DMA_PROFILE Profile,
    _In_ size_t MaximumLength)
{
    RtlZeroMemory(Config, sizeof(WDF_DMA_ENABLER_CONFIG));
    Config->Size = sizeof(WDF_DMA_ENABLER_CONFIG);
    Config->Profile = Profile;
    Config->MaximumLength = MaximumLength;
}

typedef struct _WDF_DMA_SYSTEM_PROFILE_CONFIG {
    ULONG Size;
    BOOLEAN DemandMode;
    BOOLEAN LoopedTransfer;
    DMA_WIDTH DmaWidth;
    PHYSICAL_ADDRESS DeviceAddress;
    PCM_PARTIAL_RESOURCE_DESCRIPTOR DmaDescriptor;
} WDF_DMA_SYSTEM_PROFILE_CONFIG, *PWDF_DMA_SYSTEM_PROFILE_CONFIG;

FORCEINLINE VOID
WDF_DMA_SYSTEM_PROFILE_CONFIG_INIT(
    _Out_ PWDF_DMA_SYSTEM_PROFILE_CONFIG DmaConfig,
    _In_ PHYSICAL_ADDRESS Address,
    _In_ DMA_WIDTH DmaWidth,
    _In_ PCM_PARTIAL_RESOURCE_DESCRIPTOR DmaDescriptor)
{
    RtlZeroMemory(DmaConfig, sizeof(WDF_DMA_SYSTEM_PROFILE_CONFIG));
    DmaConfig->Size = sizeof(WDF_DMA_SYSTEM_PROFILE_CONFIG);
    DmaConfig->DeviceAddress = Address;
    DmaConfig->DmaWidth = DmaWidth;
    DmaConfig->DmaDescriptor = DmaDescriptor;
}

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDmaEnablerCreate(
    _In_ WDFDEVICE Device,
    _In_ PWDF_DMA_ENABLER_CONFIG Config,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _Out_ WDFDMAENABLER *DmaEnablerHandle);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfDmaEnablerConfigureSystemProfile(
    _In_ WDFDMAENABLER DmaEnabler,
    _In_ PWDF_DMA_SYSTEM_PROFILE_CONFIG ProfileConfig,
    _In_ WDF_DMA_DIRECTION ConfigDirection);

_IRQL_requires_max_(DISPATCH_LEVEL)
size_t WdfDmaEnablerGetMaximumLength(_In_ WDFDMAENABLER DmaEnabler);

_IRQL_requires_max_(DISPATCH_LEVEL)
size_t WdfDmaEnablerGetMaximumScatterGatherElements(_In_ WDFDMAENABLER DmaEnabler);

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID WdfDmaEnablerSetMaximumScatterGatherElements(
    _In_ WDFDMAENABLER DmaEnabler,
    _In_ size_t MaximumFragments);

_IRQL_requires_max_(DISPATCH_LEVEL)
size_t WdfDmaEnablerGetFragmentLength(
    _In_ WDFDMAENABLER DmaEnabler,
    _In_ WDF_DMA_DIRECTION DmaDirection);

_IRQL_requires_max_(DISPATCH_LEVEL)
PDMA_ADAPTER WdfDmaEnablerWdmGetDmaAdapter(
    _In_ WDFDMAENABLER DmaEnabler,
    _In_ WDF_DMA_DIRECTION DmaDirection);

#endif /* DDICHECK_WDFDMAENABLER_H */
