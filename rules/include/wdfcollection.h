/*
 * wdfcollection.h - ddicheck overlay header.
 *
 * Written for ddicheck from the documented KMDF API (Microsoft Learn);
 * used only when the real Windows Driver Kit is absent.
 * Framework collection objects.
 */
#ifndef DDICHECK_WDFCOLLECTION_H
#define DDICHECK_WDFCOLLECTION_H

#include <wdfobject.h>

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfCollectionCreate(
    _In_opt_ PWDF_OBJECT_ATTRIBUTES CollectionAttributes,
    _Out_ WDFCOLLECTION *Collection);

_IRQL_requires_max_(DISPATCH_LEVEL)
ULONG WdfCollectionGetCount(_In_ WDFCOLLECTION Collection);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfCollectionAdd(
    _In_ WDFCOLLECTION Collection,
    _In_ WDFOBJECT Object);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfCollectionRemove(
    _In_ WDFCOLLECTION Collection,
    _In_ WDFOBJECT Item);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfCollectionRemoveItem(
    _In_ WDFCOLLECTION Collection,
    _In_ ULONG Index);

_IRQL_requires_max_(DISPATCH_LEVEL)
WDFOBJECT WdfCollectionGetItem(
    _In_ WDFCOLLECTION Collection,
    _In_ ULONG Index);

_IRQL_requires_max_(DISPATCH_LEVEL)
WDFOBJECT WdfCollectionGetFirstItem(_In_ WDFCOLLECTION Collection);

_IRQL_requires_max_(DISPATCH_LEVEL)
WDFOBJECT WdfCollectionGetLastItem(_In_ WDFCOLLECTION Collection);

#endif /* DDICHECK_WDFCOLLECTION_H */
