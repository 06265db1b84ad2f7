/* C that MSVC accepts and clang rejects, which driver code uses:
 *   - a cast as an lvalue:
 *         ((BOOLEAN)Irp->Tail.Overlay.DriverContext[1]) = Idle;
 *         Call(&((PDEVICE_RELATIONS)Irp->IoStatus.Information));
 *   - a field whose enum type is defined only later (MSVC takes it as int):
 *         enum _TYPE_OF_OPEN TypeOfOpen;
 * When a parse reports them, a copy of the file is edited in place (the
 * cast's "(TYPE)" blanked with spaces, "enum NAME" replaced by "int" and
 * spaces, so lines and columns stay where they were) and the file is parsed
 * again from that copy.  The copy of a file the editor has unsaved contents
 * for (the language server) starts from those contents, not from the disk. */
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

/* Makes a copy of `text` (`length` bytes) the starting copy of `path`, so
 * that rewrites edit it instead of the file on disk, and the parse reads it
 * (every copy is given to libclang as an unsaved file).  Call it before the
 * first parse; text after a NUL byte is not parsed. */
void ddc_rewrites_start_from(ddc_rewrites *rewrites, const char *path, const char *text, size_t length);

/* Rewrites what `unit`'s errors report of the above.  Returns true when a
 * file's copy changed (so a new parse may do better). */
bool ddc_rewrite_msvc_extensions(CXTranslationUnit unit, ddc_rewrites *rewrites);

void ddc_rewrites_free(ddc_rewrites *rewrites);

#endif
