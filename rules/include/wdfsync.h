/*
 * wdfsync.h - ddicheck overlay header.
 *
 * Written for ddicheck from the documented KMDF API (Microsoft Learn);
 * used only when the real Windows Driver Kit is absent.
 * Framework synchronization: object locks, wait locks and spin locks.
 */
#ifndef DDICHECK_WDFSYNC_H
#define DDICHECK_WDFSYNC_H

#include <wdfobject.h>

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfObjectAcquireLock(_In_ WDFOBJECT Object);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfObjectReleaseLock(_In_ WDFOBJECT Object);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfWaitLockCreate(
    _In_opt_ PWDF_OBJECT_ATTRIBUTES LockAttributes,
    _Out_ WDFWAITLOCK *Lock);

_When_(Timeout == NULL, _IRQL_requires_max_(PASSIVE_LEVEL))
_When_(Timeout != NULL && *Timeout == 0, _IRQL_requires_max_(DISPATCH_LEVEL))
_When_(Timeout != NULL && *Timeout != 0, _IRQL_requires_max_(PASSIVE_LEVEL))
NTSTATUS WdfWaitLockAcquire(
    _In_ WDFWAITLOCK Lock,
    _In_opt_ PLONGLONG Timeout);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfWaitLockRelease(_In_ WDFWAITLOCK Lock);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfSpinLockCreate(
    _In_opt_ PWDF_OBJECT_ATTRIBUTES SpinLockAttributes,
    _Out_ WDFSPINLOCK *SpinLock);

_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_raises_(DISPATCH_LEVEL)
VOID WdfSpinLockAcquire(_In_ WDFSPINLOCK SpinLock);

_IRQL_requires_max_(DISPATCH_LEVEL)
_IRQL_requires_min_(DISPATCH_LEVEL)
VOID WdfSpinLockRelease(_In_ WDFSPINLOCK SpinLock);

#endif /* DDICHECK_WDFSYNC_H */
