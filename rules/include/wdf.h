/*
 * wdf.h - ddicheck overlay header.
 *
 * Written for ddicheck from the documented KMDF API (Microsoft Learn);
 * used only when the real Windows Driver Kit is absent, so that KMDF
 * driver sources parse with the mingw-w64 DDK headers.
 *
 * Like the WDK's wdf.h this is an umbrella header; the declarations live
 * in the per-area wdfxxx.h headers.  KMDF methods are declared as plain
 * prototypes (not through the WdfFunctions dispatch table), and the
 * EVT_WDF_xxx role types are function typedefs so that drivers can write
 * "EVT_WDF_DRIVER_DEVICE_ADD MyEvtDeviceAdd;".
 * wdfusb.h and wdfminiport.h are included by drivers directly.
 */
#ifndef DDICHECK_WDF_H
#define DDICHECK_WDF_H

/* UMDF 2: the driver has included the user-mode Windows headers (winnt.h)
   rather than the WDM ones; the WDM types that UMDF exposes come from
   wudfwdm.h instead of ntddk.h, whose declarations clash with winnt.h. */
#if defined(_WINNT_) && !defined(_WDMDDK_)
#include <wudfwdm.h>
#endif

#include <wdftypes.h>
#include <wdfstatus.h>
#include <wdfbugcodes.h>
#include <wdfcore.h>
#include <wdfobject.h>
#include <wdfdriver.h>
#include <wdfmemory.h>
#include <wdfrequest.h>
#include <wdfdevice.h>
#include <wdfchildlist.h>
#include <wdffdo.h>
#include <wdfpdo.h>
#include <wdfcontrol.h>
#include <wdfqueryinterface.h>
#include <wdfio.h>
#include <wdfiotarget.h>
#include <wdffileobject.h>
#include <wdftimer.h>
#include <wdfdpc.h>
#include <wdfworkitem.h>
#include <wdfsync.h>
#include <wdfinterrupt.h>
#include <wdfregistry.h>
#include <wdfstring.h>
#include <wdfcollection.h>
#include <wdfresource.h>
#include <wdfdmaenabler.h>
#include <wdfdmatransaction.h>
#include <wdfcommonbuffer.h>
#include <wdfwmi.h>

/* As in the WDK, KMDF's wdf.h brings in wdmsec.h (SDDL_DEVOBJ_xxx) unless
   the driver opts out. */
#if !defined(DDICHECK_UMDF_WDM_TYPES) && !defined(WDF_DEVICE_NO_WDMSEC_H)
#include <wdmsec.h>
#endif

#endif /* DDICHECK_WDF_H */
