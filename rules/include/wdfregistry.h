/*
 * wdfregistry.h - ddicheck overlay header.
 *
 * Written for ddicheck from the documented KMDF API (Microsoft Learn);
 * used only when the real Windows Driver Kit is absent.
 * Framework registry-key objects.
 */
#ifndef DDICHECK_WDFREGISTRY_H
#define DDICHECK_WDFREGISTRY_H

#include <wdfobject.h>

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryOpenKey(
    _In_opt_ WDFKEY ParentKey,
    _In_ PCUNICODE_STRING KeyName,
    _In_ ACCESS_MASK DesiredAccess,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES KeyAttributes,
    _Out_ WDFKEY *Key);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryCreateKey(
    _In_opt_ WDFKEY ParentKey,
    _In_ PCUNICODE_STRING KeyName,
    _In_ ACCESS_MASK DesiredAccess,
    _In_ ULONG CreateOptions,
    _Out_opt_ PULONG CreateDisposition,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES KeyAttributes,
    _Out_ WDFKEY *Key);

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID WdfRegistryClose(_In_ WDFKEY Key);

_IRQL_requires_max_(PASSIVE_LEVEL)
HANDLE WdfRegistryWdmGetHandle(_In_ WDFKEY Key);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryRemoveKey(_In_ WDFKEY Key);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryRemoveValue(
    _In_ WDFKEY Key,
    _In_ PCUNICODE_STRING ValueName);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryQueryValue(
    _In_ WDFKEY Key,
    _In_ PCUNICODE_STRING ValueName,
    _In_ ULONG ValueLength,
    _Out_writes_bytes_opt_(ValueLength) PVOID Value,
    _Out_opt_ PULONG ValueLengthQueried,
    _Out_opt_ PULONG ValueType);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryQueryMemory(
    _In_ WDFKEY Key,
    _In_ PCUNICODE_STRING ValueName,
    _In_ _Strict_type_match_ POOL_TYPE PoolType,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES MemoryAttributes,
    _Out_ WDFMEMORY *Memory,
    _Out_opt_ PULONG ValueType);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryQueryMultiString(
    _In_ WDFKEY Key,
    _In_ PCUNICODE_STRING ValueName,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES StringsAttributes,
    _In_ WDFCOLLECTION Collection);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryQueryUnicodeString(
    _In_ WDFKEY Key,
    _In_ PCUNICODE_STRING ValueName,
    _Out_opt_ PUSHORT ValueByteLength,
    _Inout_opt_ PUNICODE_STRING Value);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryQueryString(
    _In_ WDFKEY Key,
    _In_ PCUNICODE_STRING ValueName,
    _In_ WDFSTRING String);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryQueryULong(
    _In_ WDFKEY Key,
    _In_ PCUNICODE_STRING ValueName,
    _Out_ PULONG Value);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryAssignValue(
    _In_ WDFKEY Key,
    _In_ PCUNICODE_STRING ValueName,
    _In_ ULONG ValueType,
    _In_ ULONG ValueLength,
    _In_reads_(ValueLength) PVOID Value);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryAssignMemory(
    _In_ WDFKEY Key,
    _In_ PCUNICODE_STRING ValueName,
    _In_ ULONG ValueType,
    _In_ WDFMEMORY Memory,
    _In_opt_ PWDFMEMORY_OFFSET MemoryOffsets);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryAssignMultiString(
    _In_ WDFKEY Key,
    _In_ PCUNICODE_STRING ValueName,
    _In_ WDFCOLLECTION StringsCollection);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryAssignUnicodeString(
    _In_ WDFKEY Key,
    _In_ PCUNICODE_STRING ValueName,
    _In_ PCUNICODE_STRING Value);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryAssignString(
    _In_ WDFKEY Key,
    _In_ PCUNICODE_STRING ValueName,
    _In_ WDFSTRING String);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfRegistryAssignULong(
    _In_ WDFKEY Key,
    _In_ PCUNICODE_STRING ValueName,
    _In_ ULONG Value);

#endif /* DDICHECK_WDFREGISTRY_H */
