/* A driver that sets up its lookaside lists in init.c and, when it resets,
 * sets one of them up again in reset.c, this time with
 * POOL_RAISE_IF_ALLOCATION_FAILURE.  An allocation from a list may be NULL
 * only if the program initialises the list without that flag and never
 * with it: what the three files say about the lists must meet. */
#pragma once
#include <wdm.h>

typedef struct _POOL_ENTRY {
    ULONG Count;
} POOL_ENTRY, *PPOOL_ENTRY;

extern NPAGED_LOOKASIDE_LIST RequestList; /* initialised both ways */
extern NPAGED_LOOKASIDE_LIST BufferList;  /* initialised without the flag only */

VOID ListsInitialize(VOID);
VOID ListsReset(VOID);
