// A driver function annotated _Ret_maybenull_ is treated like a DDI that may
// return NULL, wherever it is defined.
#include <wdm.h>

typedef struct _FOUND_DATA {
    ULONG Count;
} FOUND_DATA, *PFOUND_DATA;

_Ret_maybenull_ PFOUND_DATA FoundLookUp(ULONG Id);

VOID FoundUse(ULONG Id)
{
    PFOUND_DATA data = FoundLookUp(Id); // expect-note unchecked-null-return {{'data' is assigned the result of 'FoundLookUp' here, which may be NULL}}

    data->Count = 0; // expect-warning unchecked-null-return {{'data' from 'FoundLookUp' may be NULL here}}
}

VOID FoundUseChecked(ULONG Id)
{
    PFOUND_DATA data = FoundLookUp(Id);

    if (data)
        data->Count = 0;
}
