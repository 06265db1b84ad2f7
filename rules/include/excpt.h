/*
 * excpt.h -- ddicheck overlay.
 * Written for ddicheck from the documented behaviour of the Windows SDK
 * (structured exception handling keywords); used only when the real WDK/SDK
 * headers are absent.  Includes the mingw-w64 excpt.h; for C, maps the
 * unprefixed SEH keywords (try/except/finally/leave) that driver sources such
 * as file systems use onto clang's __try/__except/__finally/__leave.
 */
#include_next <excpt.h>

#ifndef DDICHECK_OVERLAY_EXCPT_H
#define DDICHECK_OVERLAY_EXCPT_H
#if !defined(__cplusplus) && !defined(DDICHECK_NO_SEH_KEYWORD_ALIASES)
#ifndef try
#define try     __try
#endif
#ifndef except
#define except  __except
#endif
#ifndef finally
#define finally __finally
#endif
#ifndef leave
#define leave   __leave
#endif
#endif
#endif /* DDICHECK_OVERLAY_EXCPT_H */
