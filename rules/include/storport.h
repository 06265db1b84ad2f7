/*
 * storport.h -- ddicheck overlay.
 * Written for ddicheck from the documented API (Microsoft Learn: "storport.h
 * header"); used only when the real WDK is absent.  Makes mingw-w64's
 * storport.h self-contained (NT base types, extended SRB);
 * documented StorPort DDIs that mingw lacks are still to be added.
 */
#ifndef DDICHECK_OVERLAY_STORPORT_PRE
#define DDICHECK_OVERLAY_STORPORT_PRE
#include <srb.h>
/* mingw-w64 defines SCSI_WMI_REQUEST_BLOCK in both srb.h and storport.h:
   keep the srb.h one and rename the storport.h copy out of the way. */
#define _SCSI_WMI_REQUEST_BLOCK  _DDICHECK_STORPORT_SCSI_WMI_REQUEST_BLOCK
#define SCSI_WMI_REQUEST_BLOCK   DDICHECK_STORPORT_SCSI_WMI_REQUEST_BLOCK
#define PSCSI_WMI_REQUEST_BLOCK  DDICHECK_STORPORT_PSCSI_WMI_REQUEST_BLOCK
#include_next <storport.h>
#undef _SCSI_WMI_REQUEST_BLOCK
#undef SCSI_WMI_REQUEST_BLOCK
#undef PSCSI_WMI_REQUEST_BLOCK
#endif

#ifndef DDICHECK_OVERLAY_STORPORT_H
#define DDICHECK_OVERLAY_STORPORT_H
/* (No StorPort DDIs added yet; see the report.) */
#endif
