/* The helper: ZwCreateFile requires PASSIVE_LEVEL. */
#include "logfile.h"

NTSTATUS LogOpen(PLOG_EXTENSION Extension)
{
    OBJECT_ATTRIBUTES attributes;
    IO_STATUS_BLOCK ioStatus;

    if (Extension->File != NULL)
        return STATUS_SUCCESS;
    InitializeObjectAttributes(&attributes, &Extension->Path, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, NULL, NULL);
    return ZwCreateFile(&Extension->File, FILE_APPEND_DATA | SYNCHRONIZE, &attributes, &ioStatus, NULL, // expect-warning irql-too-high {{'ZwCreateFile' requires IRQL <= PASSIVE_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
                        FILE_ATTRIBUTE_NORMAL, FILE_SHARE_READ, FILE_OPEN_IF, FILE_SYNCHRONOUS_IO_NONALERT, NULL, 0);
}
