#include <ntddk.h>
/* MSVC accepts a field whose enum type is defined later (it takes it as
 * int); clang does not.  ddicheck rewrites the field so the file parses. */

typedef struct _FILE_CONTEXT {
    enum _OPEN_KIND Kind;
    ULONG Opens;
} FILE_CONTEXT, *PFILE_CONTEXT;

typedef enum _OPEN_KIND { OpenVolume, OpenFile } OPEN_KIND;

static ULONG FileKey;

ULONG CountOpens(PDRIVER_OBJECT DriverObject)
{
    PFILE_CONTEXT context = IoGetDriverObjectExtension(DriverObject, &FileKey); // expect-note unchecked-null-return {{is assigned the result of 'IoGetDriverObjectExtension' here}}
    return context->Kind == OpenFile ? context->Opens : 0; // expect-warning unchecked-null-return {{'context' from 'IoGetDriverObjectExtension' may be NULL here}}
}
