// Results fetched in a loop and used in the same iteration without a test, or
// fetched once and used on every iteration.
#include <wdm.h>

typedef struct _LOOP_DATA {
    ULONG Hits;
} LOOP_DATA, *PLOOP_DATA;

static UCHAR LoopKeys[4];

VOID LoopCountAll(PDRIVER_OBJECT DriverObject)
{
    ULONG i;

    for (i = 0; i < 4; i++) {
        PLOOP_DATA data = IoGetDriverObjectExtension(DriverObject, &LoopKeys[i]); // expect-note unchecked-null-return {{'data' is assigned the result of 'IoGetDriverObjectExtension' here}}
        data->Hits++; // expect-warning unchecked-null-return {{'data' from 'IoGetDriverObjectExtension' may be NULL here}}
    }
}

VOID LoopFetchOnce(PDRIVER_OBJECT DriverObject, ULONG Rounds)
{
    PLOOP_DATA data = IoGetDriverObjectExtension(DriverObject, &LoopKeys[0]); // expect-note unchecked-null-return {{'data' is assigned the result of 'IoGetDriverObjectExtension' here}}

    while (Rounds-- > 0) {
        data->Hits += Rounds; // expect-warning unchecked-null-return {{'data' from 'IoGetDriverObjectExtension' may be NULL here}}
    }
}
