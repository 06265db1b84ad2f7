/*
 * dontuse.h -- ddicheck overlay, written for ddicheck from the documented
 * API; used only when the real WDK is absent.  In the WDK this header marks
 * banned/unsafe CRT functions as deprecated; the parse needs nothing from it.
 */
#ifndef DDICHECK_OVERLAY_DONTUSE_H
#define DDICHECK_OVERLAY_DONTUSE_H
#endif
