/* C that MSVC accepts and clang rejects, which driver code uses:
 *   - a cast as an lvalue:
 *         ((BOOLEAN)Irp->Tail.Overlay.DriverContext[1]) = Idle;
 *         Call(&((PDEVICE_RELATIONS)Irp->IoStatus.Information));
 *   - a field whose enum type is defined only later (MSVC takes it as int):
 *         enum _TYPE_OF_OPEN TypeOfOpen;
 * When a parse reports them, a copy of the file is edited in place (the
 * cast's "(TYPE)" blanked with spaces, "enum NAME" replaced by "int" and
 * spaces, so lines and columns stay where they were) and the file is parsed
 * again from that copy. */
#ifndef DDC_MSVC_REWRITES_H
#define DDC_MSVC_REWRITES_H

#include <stdbool.h>
#include <clang-c/Index.h>

#include "util.h"

/* Rewritten copies of files: paths[i] has contents[i]. */
typedef struct ddc_rewrites {
    ddc_strings paths;
    ddc_strings contents;
} ddc_rewrites;

/* Rewrites what `unit`'s errors report of the above.  Returns true when a
 * file's copy changed (so a new parse may do better). */
bool ddc_rewrite_msvc_extensions(CXTranslationUnit unit, ddc_rewrites *rewrites);

void ddc_rewrites_free(ddc_rewrites *rewrites);

#endif
