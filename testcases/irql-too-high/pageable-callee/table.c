/* TableLoad is placed in the PAGE section by #pragma alloc_text; TableSort
 * says it is pageable with PAGED_CODE(); TableChecksum is non-paged. */
#include "table.h"

#pragma alloc_text(PAGE, TableLoad) // expect-note irql-too-high {{'TableLoad' is pageable: #pragma alloc_text(PAGE, ...) here}}
#pragma alloc_text(PAGE, TableInitialize)

VOID TableLoad(PTABLE Table)
{
    ULONG index;

    for (index = 0; index < Table->Count; index++)
        Table->Entries[index] = index;
}

VOID TableSort(PTABLE Table)
{
    ULONG pass;
    ULONG index;

    PAGED_CODE(); // expect-note irql-too-high {{'TableSort' is pageable: PAGED_CODE() here}}

    for (pass = 0; pass + 1 < Table->Count; pass++) {
        for (index = 0; index + 1 < Table->Count - pass; index++) {
            if (Table->Entries[index] > Table->Entries[index + 1]) {
                ULONG swap = Table->Entries[index];
                Table->Entries[index] = Table->Entries[index + 1];
                Table->Entries[index + 1] = swap;
            }
        }
    }
}

ULONG TableChecksum(PTABLE Table)
{
    ULONG sum = 0;
    ULONG index;

    for (index = 0; index < Table->Count; index++)
        sum += Table->Entries[index];
    return sum;
}

/* Initialisation runs at PASSIVE_LEVEL: calling the pageable helpers is
 * fine. */
VOID TableInitialize(PTABLE Table)
{
    TableLoad(Table);
    TableSort(Table);
    Table->Checksum = TableChecksum(Table);
}
