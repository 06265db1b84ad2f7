/* Allocations from both lists, used without a check. */
#include "lists.h"

VOID ListsCount(VOID)
{
    PPOOL_ENTRY request = ExAllocateFromNPagedLookasideList(&RequestList);
    PPOOL_ENTRY buffer = ExAllocateFromNPagedLookasideList(&BufferList); // expect-note unchecked-null-return {{'buffer' is assigned the result of 'ExAllocateFromNPagedLookasideList' here, which may be NULL}}

    request->Count = 0; /* reset.c also initialises RequestList with the raise flag: the checker cannot tell which holds */
    buffer->Count = 0; // expect-warning unchecked-null-return {{'buffer' from 'ExAllocateFromNPagedLookasideList' may be NULL here}}
}
