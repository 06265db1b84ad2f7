/*
 * wdfmemory.h - ddicheck overlay header.
 *
 * Written for ddicheck from the documented KMDF API (Microsoft Learn);
 * used only when the real Windows Driver Kit is absent.
 * Framework memory objects, memory descriptors and lookaside lists.
 */
#ifndef DDICHECK_WDFMEMORY_H
#define DDICHECK_WDFMEMORY_H

#include <wdfobject.h>

typedef enum _WDF_MEMORY_DESCRIPTOR_TYPE {
    WdfMemoryDescriptorTypeInvalid = 0,
    WdfMemoryDescriptorTypeBuffer,
    WdfMemoryDescriptorTypeMdl,
    WdfMemoryDescriptorTypeHandle
} WDF_MEMORY_DESCRIPTOR_TYPE;

typedef struct _WDFMEMORY_OFFSET {
    size_t BufferOffset;
    size_t BufferLength;
} WDFMEMORY_OFFSET, *PWDFMEMORY_OFFSET;

typedef struct _WDF_MEMORY_DESCRIPTOR {
    WDF_MEMORY_DESCRIPTOR_TYPE Type;
    union {
        struct {
            PVOID Buffer;
            ULONG Length;
        } BufferType;
        struct {
            PMDL Mdl;
            ULONG BufferLength;
        } MdlType;
        struct {
            WDFMEMORY Memory;
            PWDFMEMORY_OFFSET Offsets;
        } HandleType;
    } u;
} WDF_MEMORY_DESCRIPTOR, *PWDF_MEMORY_DESCRIPTOR;

FORCEINLINE VOID
WDF_MEMORY_DESCRIPTOR_INIT_BUFFER(
    _Out_ PWDF_MEMORY_DESCRIPTOR Descriptor,
    _In_ PVOID Buffer,
    _In_ ULONG BufferLength)
{
    RtlZeroMemory(Descriptor, sizeof(WDF_MEMORY_DESCRIPTOR));
    Descriptor->Type = WdfMemoryDescriptorTypeBuffer;
    Descriptor->u.BufferType.Buffer = Buffer;
    Descriptor->u.BufferType.Length = BufferLength;
}

FORCEINLINE VOID
WDF_MEMORY_DESCRIPTOR_INIT_HANDLE(
    _Out_ PWDF_MEMORY_DESCRIPTOR Descriptor,
    _In_ WDFMEMORY Memory,
    _In_opt_ PWDFMEMORY_OFFSET Offsets)
{
    RtlZeroMemory(Descriptor, sizeof(WDF_MEMORY_DESCRIPTOR));
    Descriptor->Type = WdfMemoryDescriptorTypeHandle;
    Descriptor->u.HandleType.Memory = Memory;
    Descriptor->u.HandleType.Offsets = Offsets;
}

FORCEINLINE VOID
WDF_MEMORY_DESCRIPTOR_INIT_MDL(
    _Out_ PWDF_MEMORY_DESCRIPTOR Descriptor,
    _In_ PMDL Mdl,
    _In_ ULONG BufferLength)
{
    RtlZeroMemory(Descriptor, sizeof(WDF_MEMORY_DESCRIPTOR));
    Descriptor->Type = WdfMemoryDescriptorTypeMdl;
    Descriptor->u.MdlType.Mdl = Mdl;
    Descriptor->u.MdlType.BufferLength = BufferLength;
}

_Must_inspect_result_
_When_(PoolType == 1 || PoolType == 257, _IRQL_requires_max_(APC_LEVEL))
_When_(PoolType == 0 || PoolType == 256, _IRQL_requires_max_(DISPATCH_LEVEL))
NTSTATUS
WdfMemoryCreate(
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _In_ _Strict_type_match_ POOL_TYPE PoolType,
    _In_opt_ ULONG PoolTag,
    _In_ _When_(BufferSize == 0, __drv_reportError(BufferSize cannot be zero))
    size_t BufferSize,
    _Out_ WDFMEMORY *Memory,
    _Outptr_opt_result_bytebuffer_(BufferSize) PVOID *Buffer);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfMemoryCreatePreallocated(
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _In_ __drv_aliasesMem PVOID Buffer,
    _In_ size_t BufferSize,
    _Out_ WDFMEMORY *Memory);

_IRQL_requires_max_(DISPATCH_LEVEL)
PVOID
WdfMemoryGetBuffer(
    _In_ WDFMEMORY Memory,
    _Out_opt_ size_t *BufferSize);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfMemoryAssignBuffer(
    _In_ WDFMEMORY Memory,
    _Pre_notnull_ _Pre_writable_byte_size_(BufferSize) PVOID Buffer,
    _In_ size_t BufferSize);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfMemoryCopyToBuffer(
    _In_ WDFMEMORY SourceMemory,
    _In_ size_t SourceOffset,
    _Out_writes_bytes_(NumBytesToCopyTo) PVOID Buffer,
    _In_ _When_(NumBytesToCopyTo == 0, __drv_reportError(NumBytesToCopyTo cannot be zero))
    size_t NumBytesToCopyTo);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfMemoryCopyFromBuffer(
    _In_ WDFMEMORY DestinationMemory,
    _In_ size_t DestinationOffset,
    _In_ PVOID Buffer,
    _In_ _When_(NumBytesToCopyFrom == 0, __drv_reportError(NumBytesToCopyFrom cannot be zero))
    size_t NumBytesToCopyFrom);

_Must_inspect_result_
_When_(PoolType == 1 || PoolType == 257, _IRQL_requires_max_(APC_LEVEL))
_When_(PoolType == 0 || PoolType == 256, _IRQL_requires_max_(DISPATCH_LEVEL))
NTSTATUS
WdfLookasideListCreate(
    _In_opt_ PWDF_OBJECT_ATTRIBUTES LookasideAttributes,
    _In_ _When_(BufferSize == 0, __drv_reportError(BufferSize cannot be zero))
    size_t BufferSize,
    _In_ _Strict_type_match_ POOL_TYPE PoolType,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES MemoryAttributes,
    _In_opt_ ULONG PoolTag,
    _Out_ WDFLOOKASIDE *Lookaside);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfMemoryCreateFromLookaside(
    _In_ WDFLOOKASIDE Lookaside,
    _Out_ WDFMEMORY *Memory);

#endif /* DDICHECK_WDFMEMORY_H */
