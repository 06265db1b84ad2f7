/*
 * ntdddisk.h -- ddicheck overlay, written for ddicheck; used only when the real
 * WDK is absent.  mingw-w64's ntdddisk.h includes "ntddstor.h" by a quoted
 * name, which would bypass the ntddstor.h overlay: include the overlay first.
 */
#include <ntddstor.h>
#include_next <ntdddisk.h>
