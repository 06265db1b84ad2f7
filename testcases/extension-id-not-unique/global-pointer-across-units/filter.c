#include <ntddk.h>

extern PVOID FilterContextKey;

PVOID FilterContext(PDRIVER_OBJECT DriverObject)
{
    return IoGetDriverObjectExtension(DriverObject, FilterContextKey); // expect-warning extension-id-not-unique {{ClientIdentificationAddress 'FilterContextKey' of 'IoGetDriverObjectExtension' is the integer constant 0x43746C46 cast to a pointer}}
}
