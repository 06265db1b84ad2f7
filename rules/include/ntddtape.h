/*
 * ntddtape.h -- ddicheck overlay, written for ddicheck; used only when the real
 * WDK is absent.  mingw-w64's ntddtape.h includes "ntddstor.h" by a quoted
 * name, which would bypass the ntddstor.h overlay: include the overlay first.
 */
#include <ntddstor.h>
#include_next <ntddtape.h>
