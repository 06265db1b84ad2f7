/*
 * wdfcore.h - ddicheck overlay header.
 *
 * Written for ddicheck from the documented KMDF API (Microsoft Learn);
 * used only when the real Windows Driver Kit is absent.
 * Driver globals, verifier and assertion helpers.
 */
#ifndef DDICHECK_WDFCORE_H
#define DDICHECK_WDFCORE_H

#include <wdftypes.h>

typedef struct _WDF_DRIVER_GLOBALS {
    WDFDRIVER Driver;
    ULONG DriverFlags;
    ULONG DriverTag;
    CHAR DriverName[32];
    BOOLEAN DisplaceDriverUnload;
} WDF_DRIVER_GLOBALS, *PWDF_DRIVER_GLOBALS;

extern PWDF_DRIVER_GLOBALS WdfDriverGlobals;

/* ---- wdfassert / verifier ---- */
_IRQL_requires_max_(HIGH_LEVEL)
VOID WdfVerifierDbgBreakPoint(VOID);

_IRQL_requires_max_(HIGH_LEVEL)
VOID WdfVerifierKeBugCheck(
    _In_ ULONG BugCheckCode,
    _In_ ULONG_PTR BugCheckParameter1,
    _In_ ULONG_PTR BugCheckParameter2,
    _In_ ULONG_PTR BugCheckParameter3,
    _In_ ULONG_PTR BugCheckParameter4);

_IRQL_requires_max_(DISPATCH_LEVEL)
PVOID WdfGetTriageInfo(VOID);

VOID WdfCxVerifierKeBugCheck(
    _In_opt_ WDFOBJECT Object,
    _In_ ULONG BugCheckCode,
    _In_ ULONG_PTR BugCheckParameter1,
    _In_ ULONG_PTR BugCheckParameter2,
    _In_ ULONG_PTR BugCheckParameter3,
    _In_ ULONG_PTR BugCheckParameter4);

#define WDFVERIFY(exp) \
    ((void)((exp) ? 1 : (WdfVerifierDbgBreakPoint(), 0)))
#define VERIFY_IS_IRQL_PASSIVE_LEVEL() \
    WDFVERIFY(KeGetCurrentIrql() == PASSIVE_LEVEL)
#ifndef WDFCASSERT
#define WDFCASSERT(c) _Static_assert((c), "WDFCASSERT")
#endif

#endif /* DDICHECK_WDFCORE_H */
