/* Parsing with the real WDK's headers (the WdkInclude key of .ddicheck.yaml).
 *
 * WdkInclude names the kit's Include/<version> folder (km/, shared/, um/,
 * ucrt/ below it).  A file compiled without a compilation database is then
 * parsed the way the WDK's MSBuild rules compile a driver, with the MSVC
 * target (the WDK's headers are written for it; the mingw-w64 target does
 * not work with them):
 *
 *   kernel mode: --target=x86_64-pc-windows-msvc -fms-compatibility
 *                -fms-extensions -ffreestanding -D_AMD64_ -DAMD64 -D_WIN64
 *                -D_KERNEL_MODE -isystem km -isystem km/crt -isystem shared
 *                -isystem wdf/kmdf/<v> -DKMDF_VERSION_MAJOR=.. -DKMDF_VERSION_MINOR=..
 *   user mode (a UMDF driver): the same target without -ffreestanding and
 *                -D_KERNEL_MODE; -isystem um, shared, ucrt, wdf/umdf/<v>
 *                and UMDF_VERSION_MAJOR/MINOR.
 *
 * The KMDF (UMDF) headers live in Include/wdf/kmdf/<v>, a sibling of the
 * version folders; wdf/ below WdkInclude is looked at too.  The highest
 * version there is used, and its number defines KMDF_VERSION_MAJOR/MINOR as
 * the MSBuild rules do (flags after "--" can override them).
 *
 * Neither Debian's mingw-w64 headers nor ddicheck's overlay headers are on
 * that include path: the overlay supplies what mingw-w64 lacks, the WDK has
 * all of it, and its declarations would clash with the WDK's. */
#ifndef DDC_WDK_INCLUDE_H
#define DDC_WDK_INCLUDE_H

#include <stdbool.h>

#include "util.h"

/* True when `folder` looks like a WDK Include/<version> folder (it has km/
 * or um/, and shared/).  Sets `*why` to a static explanation otherwise. */
bool ddc_wdk_include_valid(const char *folder, const char **why);

/* Appends the target, definitions and -isystem flags above to `args`, and
 * the folders they name to `header_roots` (indexed for case-insensitive
 * includes, header_search.h) unless already there. */
void ddc_wdk_include_args(const char *folder, bool user_mode, ddc_strings *args, ddc_strings *header_roots);

#endif
