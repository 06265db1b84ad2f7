// An allocation from a lookaside list returns NULL only when the list was
// initialised without POOL_RAISE_IF_ALLOCATION_FAILURE; with the flag it
// raises instead.  A list whose initialisation is not seen is left alone.
#include <wdm.h>

typedef struct _LIST_ENTRY_DATA {
    ULONG Count;
} LIST_ENTRY_DATA, *PLIST_ENTRY_DATA;

static NPAGED_LOOKASIDE_LIST PlainList;
static NPAGED_LOOKASIDE_LIST RaisingList;
extern NPAGED_LOOKASIDE_LIST ElsewhereList;

VOID ListsInitialize(VOID)
{
    ExInitializeNPagedLookasideList(&PlainList, NULL, NULL, 0, sizeof(LIST_ENTRY_DATA), 'tsiL', 0);
    ExInitializeNPagedLookasideList(&RaisingList, NULL, NULL, POOL_RAISE_IF_ALLOCATION_FAILURE,
                                    sizeof(LIST_ENTRY_DATA), 'tsiL', 0);
}

/* A wrapper over the plain list may return NULL. */
static PLIST_ENTRY_DATA ListsAllocatePlain(VOID)
{
    return ExAllocateFromNPagedLookasideList(&PlainList); // expect-note unchecked-null-return {{'ListsAllocatePlain' returns the result of 'ExAllocateFromNPagedLookasideList' here without a NULL check}}
}

static PLIST_ENTRY_DATA ListsAllocateRaising(VOID)
{
    return ExAllocateFromNPagedLookasideList(&RaisingList);
}

VOID ListsUse(VOID)
{
    PLIST_ENTRY_DATA plain = ExAllocateFromNPagedLookasideList(&PlainList); // expect-note unchecked-null-return {{'plain' is assigned the result of 'ExAllocateFromNPagedLookasideList' here, which may be NULL}}
    PLIST_ENTRY_DATA raising = ExAllocateFromNPagedLookasideList(&RaisingList);
    PLIST_ENTRY_DATA elsewhere = ExAllocateFromNPagedLookasideList(&ElsewhereList);
    PLIST_ENTRY_DATA wrapped = ListsAllocatePlain(); // expect-note unchecked-null-return {{'wrapped' is assigned the result of 'ListsAllocatePlain' here, which may be NULL}}
    PLIST_ENTRY_DATA wrapped_raising = ListsAllocateRaising();

    plain->Count = 0; // expect-warning unchecked-null-return {{'plain' from 'ExAllocateFromNPagedLookasideList' may be NULL here}}
    raising->Count = 0;
    elsewhere->Count = 0;
    wrapped->Count = 0; // expect-warning unchecked-null-return {{'wrapped' from 'ListsAllocatePlain' may be NULL here}}
    wrapped_raising->Count = 0;
}
