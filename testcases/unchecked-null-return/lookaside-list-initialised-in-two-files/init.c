/* Both lists, without the flag: allocations return NULL when memory is short. */
#include "lists.h"

NPAGED_LOOKASIDE_LIST RequestList;
NPAGED_LOOKASIDE_LIST BufferList;

VOID ListsInitialize(VOID)
{
    ExInitializeNPagedLookasideList(&RequestList, NULL, NULL, 0, sizeof(POOL_ENTRY), 'qeRL', 0);
    ExInitializeNPagedLookasideList(&BufferList, NULL, NULL, 0, sizeof(POOL_ENTRY), 'fuBL', 0);
}
