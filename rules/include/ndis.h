/*
 * ndis.h - ddicheck overlay header (replaces mingw-w64's ddk/ndis.h).
 *
 * Written for ddicheck from the documented NDIS API (Microsoft Learn, ndis.h
 * reference); used only when the real Windows Driver Kit is absent.
 *
 * mingw-w64's ndis.h is NDIS 5 era, clashes with its own ntddndis.h
 * (_NDIS_REQUEST_TYPE) and has no NDIS 6 API, so it is not used: this header
 * stands on its own and declares the NDIS 6.x driver API (net buffer lists,
 * OID requests, miniport, protocol and filter drivers) plus the NDIS 5
 * services NDIS 6 drivers still call.
 *
 * Version: the build normally defines NDISxx / NDISxx_MINIPORT.  ddicheck
 * parses without the project file, so when no version is defined this header
 * assumes an NDIS 6.30 protocol/filter and miniport driver.
 */
#ifndef DDICHECK_NDIS_H
#define DDICHECK_NDIS_H
/* The include guard of the mingw header, so that it is never read as well. */
#define _NDIS_

#if !defined(NDIS40) && !defined(NDIS50) && !defined(NDIS51) && !defined(NDIS60) && !defined(NDIS61) && \
    !defined(NDIS620) && !defined(NDIS630) && !defined(NDIS640) && !defined(NDIS650) && !defined(NDIS660) && \
    !defined(NDIS670) && !defined(NDIS680) && !defined(NDIS681) && !defined(NDIS682) && !defined(NDIS683) && \
    !defined(NDIS684) && !defined(NDIS685) && !defined(NDIS686) && !defined(NDIS687) && !defined(NDIS688) && \
    !defined(NDIS689) && \
    !defined(NDIS50_MINIPORT) && !defined(NDIS51_MINIPORT) && !defined(NDIS60_MINIPORT) && \
    !defined(NDIS61_MINIPORT) && !defined(NDIS620_MINIPORT) && !defined(NDIS630_MINIPORT) && \
    !defined(NDIS640_MINIPORT) && !defined(NDIS650_MINIPORT) && !defined(NDIS660_MINIPORT) && \
    !defined(NDIS670_MINIPORT) && !defined(NDIS680_MINIPORT) && !defined(NDIS681_MINIPORT) && \
    !defined(NDIS682_MINIPORT) && !defined(NDIS683_MINIPORT) && !defined(NDIS684_MINIPORT) && \
    !defined(NDIS685_MINIPORT) && !defined(NDIS686_MINIPORT) && !defined(NDIS687_MINIPORT) && \
    !defined(NDIS688_MINIPORT) && !defined(NDIS689_MINIPORT)
#define NDIS630 1
#define NDIS630_MINIPORT 1
#define DDICHECK_NDIS_DEFAULT_VERSION 1
#endif

/* The highest NDIS version the driver declares, as major * 100 + minor. */
#if defined(NDIS689) || defined(NDIS689_MINIPORT)
#define DDICHECK_NDIS_VERSION 689
#elif defined(NDIS688) || defined(NDIS688_MINIPORT)
#define DDICHECK_NDIS_VERSION 688
#elif defined(NDIS687) || defined(NDIS687_MINIPORT)
#define DDICHECK_NDIS_VERSION 687
#elif defined(NDIS686) || defined(NDIS686_MINIPORT)
#define DDICHECK_NDIS_VERSION 686
#elif defined(NDIS685) || defined(NDIS685_MINIPORT)
#define DDICHECK_NDIS_VERSION 685
#elif defined(NDIS684) || defined(NDIS684_MINIPORT)
#define DDICHECK_NDIS_VERSION 684
#elif defined(NDIS683) || defined(NDIS683_MINIPORT)
#define DDICHECK_NDIS_VERSION 683
#elif defined(NDIS682) || defined(NDIS682_MINIPORT)
#define DDICHECK_NDIS_VERSION 682
#elif defined(NDIS681) || defined(NDIS681_MINIPORT)
#define DDICHECK_NDIS_VERSION 681
#elif defined(NDIS680) || defined(NDIS680_MINIPORT)
#define DDICHECK_NDIS_VERSION 680
#elif defined(NDIS670) || defined(NDIS670_MINIPORT)
#define DDICHECK_NDIS_VERSION 670
#elif defined(NDIS660) || defined(NDIS660_MINIPORT)
#define DDICHECK_NDIS_VERSION 660
#elif defined(NDIS650) || defined(NDIS650_MINIPORT)
#define DDICHECK_NDIS_VERSION 650
#elif defined(NDIS640) || defined(NDIS640_MINIPORT)
#define DDICHECK_NDIS_VERSION 640
#elif defined(NDIS630) || defined(NDIS630_MINIPORT)
#define DDICHECK_NDIS_VERSION 630
#elif defined(NDIS620) || defined(NDIS620_MINIPORT)
#define DDICHECK_NDIS_VERSION 620
#elif defined(NDIS61) || defined(NDIS61_MINIPORT)
#define DDICHECK_NDIS_VERSION 610
#elif defined(NDIS60) || defined(NDIS60_MINIPORT)
#define DDICHECK_NDIS_VERSION 600
#elif defined(NDIS51) || defined(NDIS51_MINIPORT)
#define DDICHECK_NDIS_VERSION 510
#elif defined(NDIS50) || defined(NDIS50_MINIPORT)
#define DDICHECK_NDIS_VERSION 500
#else
#define DDICHECK_NDIS_VERSION 400
#endif

#ifndef NDIS_SUPPORT_NDIS6
#define NDIS_SUPPORT_NDIS6 (DDICHECK_NDIS_VERSION >= 600)
#endif
#ifndef NDIS_SUPPORT_NDIS61
#define NDIS_SUPPORT_NDIS61 (DDICHECK_NDIS_VERSION >= 610)
#endif
#ifndef NDIS_SUPPORT_NDIS620
#define NDIS_SUPPORT_NDIS620 (DDICHECK_NDIS_VERSION >= 620)
#endif
#ifndef NDIS_SUPPORT_NDIS630
#define NDIS_SUPPORT_NDIS630 (DDICHECK_NDIS_VERSION >= 630)
#endif
#ifndef NDIS_SUPPORT_NDIS640
#define NDIS_SUPPORT_NDIS640 (DDICHECK_NDIS_VERSION >= 640)
#endif
#ifndef NDIS_SUPPORT_NDIS650
#define NDIS_SUPPORT_NDIS650 (DDICHECK_NDIS_VERSION >= 650)
#endif
#ifndef NDIS_SUPPORT_NDIS660
#define NDIS_SUPPORT_NDIS660 (DDICHECK_NDIS_VERSION >= 660)
#endif
#ifndef NDIS_SUPPORT_NDIS670
#define NDIS_SUPPORT_NDIS670 (DDICHECK_NDIS_VERSION >= 670)
#endif
#ifndef NDIS_SUPPORT_NDIS680
#define NDIS_SUPPORT_NDIS680 (DDICHECK_NDIS_VERSION >= 680)
#endif
#ifndef NDIS_SUPPORT_NDIS681
#define NDIS_SUPPORT_NDIS681 (DDICHECK_NDIS_VERSION >= 681)
#endif
#ifndef NDIS_SUPPORT_NDIS682
#define NDIS_SUPPORT_NDIS682 (DDICHECK_NDIS_VERSION >= 682)
#endif
#ifndef NDIS_SUPPORT_NDIS683
#define NDIS_SUPPORT_NDIS683 (DDICHECK_NDIS_VERSION >= 683)
#endif
#ifndef NDIS_SUPPORT_NDIS684
#define NDIS_SUPPORT_NDIS684 (DDICHECK_NDIS_VERSION >= 684)
#endif
#ifndef NDIS_SUPPORT_NDIS685
#define NDIS_SUPPORT_NDIS685 (DDICHECK_NDIS_VERSION >= 685)
#endif
#ifndef NDIS_SUPPORT_NDIS686
#define NDIS_SUPPORT_NDIS686 (DDICHECK_NDIS_VERSION >= 686)
#endif
#ifndef NDIS_SUPPORT_NDIS687
#define NDIS_SUPPORT_NDIS687 (DDICHECK_NDIS_VERSION >= 687)
#endif
#ifndef NDIS_SUPPORT_NDIS688
#define NDIS_SUPPORT_NDIS688 (DDICHECK_NDIS_VERSION >= 688)
#endif
#ifndef NDIS_SUPPORT_NDIS689
#define NDIS_SUPPORT_NDIS689 (DDICHECK_NDIS_VERSION >= 689)
#endif

#if defined(NDIS50_MINIPORT) || defined(NDIS51_MINIPORT) || defined(NDIS60_MINIPORT) || defined(NDIS61_MINIPORT) || \
    defined(NDIS620_MINIPORT) || defined(NDIS630_MINIPORT) || defined(NDIS640_MINIPORT) || \
    defined(NDIS650_MINIPORT) || defined(NDIS660_MINIPORT) || defined(NDIS670_MINIPORT) || \
    defined(NDIS680_MINIPORT) || defined(NDIS681_MINIPORT) || defined(NDIS682_MINIPORT) || \
    defined(NDIS683_MINIPORT) || defined(NDIS684_MINIPORT) || defined(NDIS685_MINIPORT) || \
    defined(NDIS686_MINIPORT) || defined(NDIS687_MINIPORT) || defined(NDIS688_MINIPORT) || defined(NDIS689_MINIPORT)
#define NDIS_MINIPORT_MAJOR_VERSION (DDICHECK_NDIS_VERSION / 100)
#define NDIS_MINIPORT_MINOR_VERSION (DDICHECK_NDIS_VERSION % 100)
#endif
#define NDIS_PROTOCOL_MAJOR_VERSION (DDICHECK_NDIS_VERSION / 100)
#define NDIS_PROTOCOL_MINOR_VERSION (DDICHECK_NDIS_VERSION % 100)
#define NDIS_FILTER_MAJOR_VERSION (DDICHECK_NDIS_VERSION / 100)
#define NDIS_FILTER_MINOR_VERSION (DDICHECK_NDIS_VERSION % 100)

#ifndef NDIS_LEGACY_MINIPORT
#define NDIS_LEGACY_MINIPORT (DDICHECK_NDIS_VERSION < 600)
#endif
#ifndef NDIS_LEGACY_PROTOCOL
#define NDIS_LEGACY_PROTOCOL (DDICHECK_NDIS_VERSION < 600)
#endif
#ifndef NDIS_LEGACY_DRIVER
#define NDIS_LEGACY_DRIVER (NDIS_LEGACY_MINIPORT || NDIS_LEGACY_PROTOCOL)
#endif
#define NDIS_SUPPORT_60_COMPATIBLE_API (DDICHECK_NDIS_VERSION >= 600 && DDICHECK_NDIS_VERSION < 620)

#include <ntddk.h>
#include <netpnp.h>

typedef int NDIS_STATUS, *PNDIS_STATUS;
#if !defined(_WINDEF_H) && !defined(_WINDEF_)
typedef unsigned int UINT, *PUINT;
#endif

#include <ntddndis.h>

#ifdef __cplusplus
extern "C" {
#endif

#include "ndis/base.h"
#include "ndis/nbl.h"
#include "ndis/oidrequest.h"
#include "ndis/miniport.h"
#include "ndis/protocol.h"
#include "ndis/filter.h"

#ifdef __cplusplus
}
#endif

#endif /* DDICHECK_NDIS_H */
