/* One unannotated helper that opens the log file, called from a DPC and
 * from PASSIVE_LEVEL code: one finding, for the DPC path. */
#pragma once
#include <ntddk.h>

typedef struct _LOG_EXTENSION {
    KDPC FlushDpc;
    UNICODE_STRING Path;
    HANDLE File;
} LOG_EXTENSION, *PLOG_EXTENSION;

NTSTATUS LogOpen(PLOG_EXTENSION Extension);
NTSTATUS LogStart(PLOG_EXTENSION Extension);
