/*
 * ntddscsi.h -- ddicheck overlay, written for ddicheck from the documented
 * API (Microsoft Learn: "ntddscsi.h header"); used only when the real WDK is
 * absent.  Adds the extended pass-through IOCTLs mingw-w64's ntddscsi.h
 * lacks.
 */
#include_next <ntddscsi.h>

#ifndef DDICHECK_OVERLAY_NTDDSCSI_H
#define DDICHECK_OVERLAY_NTDDSCSI_H
#ifndef IOCTL_SCSI_PASS_THROUGH_EX
#define IOCTL_SCSI_PASS_THROUGH_EX \
    CTL_CODE(IOCTL_SCSI_BASE, 0x0411, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#endif
#ifndef IOCTL_SCSI_PASS_THROUGH_DIRECT_EX
#define IOCTL_SCSI_PASS_THROUGH_DIRECT_EX \
    CTL_CODE(IOCTL_SCSI_BASE, 0x0412, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#endif
#endif /* DDICHECK_OVERLAY_NTDDSCSI_H */
