/* On reset, the request list is set up again to raise instead of returning NULL. */
#include "lists.h"

VOID ListsReset(VOID)
{
    ExDeleteNPagedLookasideList(&RequestList);
    ExInitializeNPagedLookasideList(&RequestList, NULL, NULL, POOL_RAISE_IF_ALLOCATION_FAILURE, sizeof(POOL_ENTRY),
                                    'qeRL', 0);
}
