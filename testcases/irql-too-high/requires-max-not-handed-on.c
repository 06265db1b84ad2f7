/* _IRQL_requires_max_(APC_LEVEL) says callers may call the function at up
 * to APC_LEVEL: its own call to a PASSIVE_LEVEL-only DDI may be too high.  It
 * is not handed on to the helpers it calls: a dispatcher annotated that way
 * rarely sends every request that high (a file system's create path runs at
 * PASSIVE_LEVEL), so the helper stays silent. */
#include <ntifs.h>

static BOOLEAN NameIsPlain(PUNICODE_STRING Name)
{
    return !FsRtlDoesNameContainWildCards(Name);
}

_IRQL_requires_max_(APC_LEVEL) // expect-note irql-too-high {{'CheckCreateName' is annotated _IRQL_requires_max_(APC_LEVEL)}}
NTSTATUS CheckCreateName(PUNICODE_STRING Name, PFILE_OBJECT FileObject, PSHARE_ACCESS Access)
{
    if (!NameIsPlain(Name))
        return STATUS_OBJECT_NAME_INVALID;
    return IoCheckShareAccess(FILE_READ_DATA, FILE_SHARE_READ, FileObject, Access, FALSE); // expect-warning irql-too-high {{'IoCheckShareAccess' requires IRQL <= PASSIVE_LEVEL, but the IRQL here may be APC_LEVEL}}
}
