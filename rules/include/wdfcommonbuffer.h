/*
 * wdfcommonbuffer.h - ddicheck overlay header.
 *
 * Written for ddicheck from the documented KMDF API (Microsoft Learn);
 * used only when the real Windows Driver Kit is absent.
 * Framework common-buffer objects.
 */
#ifndef DDICHECK_WDFCOMMONBUFFER_H
#define DDICHECK_WDFCOMMONBUFFER_H

#include <wdfobject.h>

typedef struct _WDF_COMMON_BUFFER_CONFIG {
    ULONG Size;
    ULONG AlignmentRequirement;
} WDF_COMMON_BUFFER_CONFIG, *PWDF_COMMON_BUFFER_CONFIG;

FORCEINLINE VOID
WDF_COMMON_BUFFER_CONFIG_INIT(
    _Out_ PWDF_COMMON_BUFFER_CONFIG Config,
    _In_ ULONG AlignmentRequirement)
{
    RtlZeroMemory(Config, sizeof(WDF_COMMON_BUFFER_CONFIG));
    Config->Size = sizeof(WDF_COMMON_BUFFER_CONFIG);
    Config->AlignmentRequirement = AlignmentRequirement;
}

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfCommonBufferCreate(
    _In_ WDFDMAENABLER DmaEnabler,
    _In_ _When_(Length == 0, __drv_reportError(Length cannot be zero))
    size_t Length,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _Out_ WDFCOMMONBUFFER *CommonBuffer);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfCommonBufferCreateWithConfig(
    _In_ WDFDMAENABLER DmaEnabler,
    _In_ _When_(Length == 0, __drv_reportError(Length cannot be zero))
    size_t Length,
    _In_ PWDF_COMMON_BUFFER_CONFIG Config,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _Out_ WDFCOMMONBUFFER *CommonBuffer);

_IRQL_requires_max_(DISPATCH_LEVEL)
PVOID WdfCommonBufferGetAlignedVirtualAddress(_In_ WDFCOMMONBUFFER CommonBuffer);

_IRQL_requires_max_(DISPATCH_LEVEL)
PHYSICAL_ADDRESS WdfCommonBufferGetAlignedLogicalAddress(_In_ WDFCOMMONBUFFER CommonBuffer);

_IRQL_requires_max_(DISPATCH_LEVEL)
size_t WdfCommonBufferGetLength(_In_ WDFCOMMONBUFFER CommonBuffer);

#endif /* DDICHECK_WDFCOMMONBUFFER_H */
