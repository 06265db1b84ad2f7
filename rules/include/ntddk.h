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
#endif /* DDICHECK_OVERLAY_NTDDK_H */
