/*
 * storduid.h -- ddicheck overlay, written for ddicheck from the documented
 * API (Microsoft Learn: "storduid.h header"); used only when the real WDK is
 * absent.  Adds the DUID_* constants mingw-w64's storduid.h lacks.
 */
#include_next <storduid.h>

#ifndef DDICHECK_OVERLAY_STORDUID_H
#define DDICHECK_OVERLAY_STORDUID_H
#ifndef DUID_VERSION_1
#define DUID_VERSION_1             1
#endif
#ifndef DUID_HARDWARE_IDS_ONLY
#define DUID_HARDWARE_IDS_ONLY     0
#endif
#ifndef DUID_INCLUDE_SOFTWARE_IDS
#define DUID_INCLUDE_SOFTWARE_IDS  1
#endif
#endif /* DDICHECK_OVERLAY_STORDUID_H */
