/*
 * hidpi.h -- ddicheck overlay.
 * Written for ddicheck from the documented API (Microsoft Learn: "hidpi.h
 * header"); used only when the real WDK is absent.  As documented, hidpi.h
 * builds on hidusage.h (USAGE, PUSAGE); mingw-w64's hidpi.h does not include
 * it, so this shadow does before including mingw-w64's header.
 */
#include <hidusage.h>
#include_next <hidpi.h>
