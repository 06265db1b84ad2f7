/*
 * ntddcdrm.h -- ddicheck overlay, written for ddicheck; used only when the real
 * WDK is absent.  mingw-w64's ntddcdrm.h includes "ntddstor.h" by a quoted
 * name, which would bypass the ntddstor.h overlay: include the overlay first.
 */
#include <ntddstor.h>
#include_next <ntddcdrm.h>
