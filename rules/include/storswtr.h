/*
 * storswtr.h -- ddicheck overlay, written for ddicheck; used only when the
 * real WDK is absent.  In the WDK this header sets up WPP software tracing
 * for storage drivers (control GUID helper and the common trace flags).
 * WPP itself is not run by ddicheck, so only the names the sources refer to
 * are provided, as distinct flag bits.
 */
#ifndef DDICHECK_OVERLAY_STORSWTR_H
#define DDICHECK_OVERLAY_STORSWTR_H

#include <evntrace.h>   /* TRACE_LEVEL_* */

#ifndef WPP_CONTROL_GUIDS_NORMAL_FLAGS
#define WPP_CONTROL_GUIDS_NORMAL_FLAGS(_GUID)
#endif

enum DDICHECK_STORAGE_TRACE_FLAGS {
    TRACE_FLAG_GENERAL = 0x00000001,
    TRACE_FLAG_PNP     = 0x00000002,
    TRACE_FLAG_POWER   = 0x00000004,
    TRACE_FLAG_RW      = 0x00000008,
    TRACE_FLAG_IOCTL   = 0x00000010,
    TRACE_FLAG_QUEUE   = 0x00000020,
    TRACE_FLAG_WMI     = 0x00000040,
    TRACE_FLAG_TIMER   = 0x00000080,
    TRACE_FLAG_INIT    = 0x00000100,
    TRACE_FLAG_LOCK    = 0x00000200,
    TRACE_FLAG_DEBUG1  = 0x00000400,
    TRACE_FLAG_DEBUG2  = 0x00000800,
    TRACE_FLAG_MCN     = 0x00001000,
    TRACE_FLAG_ISR     = 0x00002000,
    TRACE_FLAG_ENUM    = 0x00004000,
    TRACE_FLAG_LOGOTEST = 0x00008000,
    TRACE_FLAG_DUMP    = 0x00010000,
    TRACE_FLAG_SCSI    = 0x00020000
};

#endif /* DDICHECK_OVERLAY_STORSWTR_H */
