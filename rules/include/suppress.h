/*
 * suppress.h -- ddicheck overlay, written for ddicheck from the documented
 * API; used only when the real WDK is absent.  In the WDK this header
 * supports PREfast "#pragma prefast(suppress: ...)" / "#pragma warning"
 * suppressions; clang ignores those pragmas, so nothing is needed here.
 */
#ifndef DDICHECK_OVERLAY_SUPPRESS_H
#define DDICHECK_OVERLAY_SUPPRESS_H
#endif
