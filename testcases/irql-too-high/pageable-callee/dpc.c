/* The DPC runs at DISPATCH_LEVEL: the pageable helpers are findings at
 * the call, the non-paged one is not. */
#include "table.h"

/* Two findings below: one note for each. */
// expect-note@+2 irql-too-high {{'TableRebuildDpc' is a DPC routine (KDEFERRED_ROUTINE), which runs at DISPATCH_LEVEL}}
// expect-note@+1 irql-too-high {{'TableRebuildDpc' is a DPC routine (KDEFERRED_ROUTINE), which runs at DISPATCH_LEVEL}}
KDEFERRED_ROUTINE TableRebuildDpc;

VOID TableRebuildDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PTABLE table = (PTABLE)DeferredContext;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    TableLoad(table); // expect-warning irql-too-high {{'TableLoad' requires IRQL <= APC_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
    TableSort(table); // expect-warning irql-too-high {{'TableSort' requires IRQL <= APC_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
    table->Checksum = TableChecksum(table);
}
