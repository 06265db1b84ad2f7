/* Pageable helpers (at most APC_LEVEL) in table.c; a DPC in dpc.c calls
 * them at DISPATCH_LEVEL, where touching pageable code can bug check with
 * IRQL_NOT_LESS_OR_EQUAL. */
#pragma once
#include <ntddk.h>

typedef struct _TABLE {
    KDPC RebuildDpc;
    PULONG Entries;
    ULONG Count;
    ULONG Checksum;
} TABLE, *PTABLE;

VOID TableLoad(PTABLE Table);
VOID TableSort(PTABLE Table);
ULONG TableChecksum(PTABLE Table);
VOID TableInitialize(PTABLE Table);
