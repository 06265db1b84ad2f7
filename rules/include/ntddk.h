/*
 * ntddk.h -- ddicheck overlay.
 * Written for ddicheck from the documented API (Microsoft Learn); used only
 * when the real WDK is absent.  Includes the mingw-w64 ntddk.h and then
 * declares documented DDIs and types that it lacks.
 */
#ifndef DDICHECK_OVERLAY_NTDDK_PRE
#define DDICHECK_OVERLAY_NTDDK_PRE
/* mingw-w64's ntddk.h declares RtlSplay & co. even when RTL_USE_AVL_TABLES
   is defined, but defines RTL_SPLAY_LINKS only when it is not. */
#if defined(RTL_USE_AVL_TABLES) && !defined(DDICHECK_HAVE_RTL_SPLAY_LINKS)
#define DDICHECK_HAVE_RTL_SPLAY_LINKS
typedef struct _RTL_SPLAY_LINKS {
    struct _RTL_SPLAY_LINKS *Parent;
    struct _RTL_SPLAY_LINKS *LeftChild;
    struct _RTL_SPLAY_LINKS *RightChild;
} RTL_SPLAY_LINKS, *PRTL_SPLAY_LINKS;
#endif
#endif

#include_next <ntddk.h>

#ifndef DDICHECK_OVERLAY_NTDDK_H
#define DDICHECK_OVERLAY_NTDDK_H
#include <wdm.h>

/* Function types of the generic-table callbacks; mingw-w64 declares only
   the pointer types. */
#ifndef DDICHECK_HAVE_RTL_TABLE_ROUTINES
#define DDICHECK_HAVE_RTL_TABLE_ROUTINES
typedef RTL_GENERIC_COMPARE_RESULTS (NTAPI DDICHECK_RTL_AVL_COMPARE_ROUTINE)(
    _In_ struct _RTL_AVL_TABLE *Table, _In_ PVOID FirstStruct, _In_ PVOID SecondStruct);
typedef PVOID (NTAPI DDICHECK_RTL_AVL_ALLOCATE_ROUTINE)(
    _In_ struct _RTL_AVL_TABLE *Table, _In_ CLONG ByteSize);
typedef VOID (NTAPI DDICHECK_RTL_AVL_FREE_ROUTINE)(
    _In_ struct _RTL_AVL_TABLE *Table, _In_ PVOID Buffer);
typedef DDICHECK_RTL_AVL_COMPARE_ROUTINE RTL_AVL_COMPARE_ROUTINE;
typedef DDICHECK_RTL_AVL_ALLOCATE_ROUTINE RTL_AVL_ALLOCATE_ROUTINE;
typedef DDICHECK_RTL_AVL_FREE_ROUTINE RTL_AVL_FREE_ROUTINE;
#ifndef RTL_USE_AVL_TABLES
typedef RTL_GENERIC_COMPARE_RESULTS (NTAPI RTL_GENERIC_COMPARE_ROUTINE)(
    _In_ struct _RTL_GENERIC_TABLE *Table, _In_ PVOID FirstStruct, _In_ PVOID SecondStruct);
typedef PVOID (NTAPI RTL_GENERIC_ALLOCATE_ROUTINE)(
    _In_ struct _RTL_GENERIC_TABLE *Table, _In_ CLONG ByteSize);
typedef VOID (NTAPI RTL_GENERIC_FREE_ROUTINE)(
    _In_ struct _RTL_GENERIC_TABLE *Table, _In_ PVOID Buffer);
#endif
#endif

#endif /* DDICHECK_OVERLAY_NTDDK_H */
