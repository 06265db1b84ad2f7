/*
 * ntintsafe.h -- ddicheck overlay, written for ddicheck; used only when the
 * real WDK is absent.  Adds the documented integer-limit names mingw-w64's
 * ntintsafe.h lacks.
 */
#include_next <ntintsafe.h>

#ifndef DDICHECK_OVERLAY_NTINTSAFE_H
#define DDICHECK_OVERLAY_NTINTSAFE_H
#ifndef USHORT_MAX
#define USHORT_MAX  0xffff
#endif
#ifndef BYTE_MAX
#define BYTE_MAX    0xff
#endif
#ifndef WORD_MAX
#define WORD_MAX    0xffff
#endif
#endif /* DDICHECK_OVERLAY_NTINTSAFE_H */
