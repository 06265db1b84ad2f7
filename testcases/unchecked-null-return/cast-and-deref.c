// The result is cast and dereferenced in one expression: there is no variable
// to test, so nothing ever checks it.
#include <wdm.h>

typedef struct _CAST_DATA {
    ULONG Version;
    ULONG Flags;
} CAST_DATA, *PCAST_DATA;

static UCHAR CastKey;

ULONG CastArrow(PDRIVER_OBJECT DriverObject)
{
    return ((PCAST_DATA)IoGetDriverObjectExtension(DriverObject, &CastKey))->Version; // expect-warning unchecked-null-return {{the result of 'IoGetDriverObjectExtension' may be NULL and is dereferenced here without a check}}
}

VOID CastStar(PDRIVER_OBJECT DriverObject)
{
    *(PULONG)IoGetDriverObjectExtension(DriverObject, &CastKey) = 0; // expect-warning unchecked-null-return {{the result of 'IoGetDriverObjectExtension' may be NULL and is dereferenced here}}
}

ULONG CastSubscript(PDRIVER_OBJECT DriverObject)
{
    return ((PULONG)IoGetDriverObjectExtension(DriverObject, &CastKey))[1]; // expect-warning unchecked-null-return {{may be NULL and is dereferenced here}}
}
