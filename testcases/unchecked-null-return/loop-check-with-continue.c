// Each result fetched in a loop is tested before use, with continue or break:
// silent.
// expect-no-diagnostics
#include <wdm.h>

typedef struct _NEXT_DATA {
    ULONG Hits;
} NEXT_DATA, *PNEXT_DATA;

static UCHAR NextKeys[4];

ULONG NextCountPresent(PDRIVER_OBJECT DriverObject)
{
    ULONG i, total = 0;

    for (i = 0; i < 4; i++) {
        PNEXT_DATA data = IoGetDriverObjectExtension(DriverObject, &NextKeys[i]);
        if (data == NULL)
            continue;
        total += data->Hits;
    }
    return total;
}

VOID NextUntilMissing(PDRIVER_OBJECT DriverObject)
{
    ULONG i = 0;
    PNEXT_DATA data;

    do {
        data = IoGetDriverObjectExtension(DriverObject, &NextKeys[i]);
        if (!data)
            break;
        data->Hits = 0;
    } while (++i < 4);
}

VOID NextCheckedOnce(PDRIVER_OBJECT DriverObject, ULONG Rounds)
{
    PNEXT_DATA data = IoGetDriverObjectExtension(DriverObject, &NextKeys[0]);

    if (data == NULL)
        return;
    while (Rounds-- > 0) {
        data->Hits += Rounds;
    }
}
