/*
 * scsi.h -- ddicheck overlay, written for ddicheck from the documented API;
 * used only when the real WDK is absent.  mingw-w64's scsi.h includes its
 * srb.h, which needs the NT base types; route that through the srb.h overlay
 * (base types + extended SRB) first.
 */
#include <srb.h>
#include_next <scsi.h>
