/* MSVC accepts a cast as an lvalue, as a C extension that driver code uses:
 *     ((BOOLEAN)Irp->Tail.Overlay.DriverContext[1]) = Idle;
 *     Call(&((PDEVICE_RELATIONS)Irp->IoStatus.Information));
 * clang rejects both.  When a parse reports them, the cast's "(TYPE)" is
 * blanked out with spaces in a copy of the file (lines and columns stay
 * where they were) and the file is parsed again from that copy. */
#ifndef DDC_LVALUE_CASTS_H
#define DDC_LVALUE_CASTS_H

#include <stdbool.h>
#include <clang-c/Index.h>

#include "util.h"

/* Rewritten copies of files: paths[i] has contents[i]. */
typedef struct ddc_rewrites {
    ddc_strings paths;
    ddc_strings contents;
} ddc_rewrites;

/* Blanks the casts that `unit`'s errors report as used as lvalues.  Returns
 * true when a file's copy changed (so a new parse may do better). */
bool ddc_rewrite_lvalue_casts(CXTranslationUnit unit, ddc_rewrites *rewrites);

void ddc_rewrites_free(ddc_rewrites *rewrites);

#endif
