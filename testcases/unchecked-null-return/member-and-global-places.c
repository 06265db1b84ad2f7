// The value may live in a struct member or a global as well as in a local
// variable; a call of the driver's own that may store a new value there ends
// what is known about it.
#include <wdm.h>

typedef struct _PLACE_EXTENSION {
    PUCHAR Buffer;
    ULONG Length;
} PLACE_EXTENSION, *PPLACE_EXTENSION;

typedef struct _PLACE_DATA {
    ULONG Count;
} PLACE_DATA, *PPLACE_DATA;

static UCHAR PlaceKey;
static PPLACE_DATA PlaceGlobalData;

static VOID PlaceEnsureBuffer(PPLACE_EXTENSION Extension);
static VOID PlaceRefresh(VOID);

VOID PlaceMemberUnchecked(PPLACE_EXTENSION Extension)
{
    Extension->Buffer = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, 'calP'); // expect-note unchecked-null-return {{'Extension->Buffer' is assigned the result of 'ExAllocatePool2' here, which may be NULL}}
    Extension->Buffer[0] = 0; // expect-warning unchecked-null-return {{'Extension->Buffer' from 'ExAllocatePool2' may be NULL here}}
}

VOID PlaceMemberChecked(PPLACE_EXTENSION Extension)
{
    Extension->Buffer = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, 'calP');
    if (Extension->Buffer == NULL)
        return;
    Extension->Buffer[0] = 0;
}

VOID PlaceMemberAfterHelper(PPLACE_EXTENSION Extension)
{
    Extension->Buffer = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, 'calP');
    PlaceEnsureBuffer(Extension);
    Extension->Buffer[0] = 0;
}

VOID PlaceGlobalUnchecked(PDRIVER_OBJECT DriverObject)
{
    PlaceGlobalData = IoGetDriverObjectExtension(DriverObject, &PlaceKey); // expect-note unchecked-null-return {{'PlaceGlobalData' is assigned the result of 'IoGetDriverObjectExtension' here, which may be NULL}}
    PlaceGlobalData->Count = 0; // expect-warning unchecked-null-return {{'PlaceGlobalData' from 'IoGetDriverObjectExtension' may be NULL here}}
}

VOID PlaceGlobalAfterCall(PDRIVER_OBJECT DriverObject)
{
    PlaceGlobalData = IoGetDriverObjectExtension(DriverObject, &PlaceKey);
    PlaceRefresh();
    PlaceGlobalData->Count = 0;
}

VOID PlaceMemberReassigned(PPLACE_EXTENSION Extension, PUCHAR Fallback)
{
    Extension->Buffer = ExAllocatePool2(POOL_FLAG_NON_PAGED, 64, 'calP');
    Extension->Buffer = Fallback;
    Extension->Buffer[0] = 0;
}

static VOID PlaceEnsureBuffer(PPLACE_EXTENSION Extension)
{
    if (Extension->Buffer == NULL)
        Extension->Buffer = (PUCHAR)&Extension->Length;
}

static VOID PlaceRefresh(VOID)
{
    if (PlaceGlobalData == NULL)
        PlaceGlobalData = (PPLACE_DATA)&PlaceKey;
}
