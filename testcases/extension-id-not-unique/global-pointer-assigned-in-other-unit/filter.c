#include <ntddk.h>

extern PVOID FilterContextKey;

PVOID FilterContext(PDRIVER_OBJECT DriverObject)
{
    return IoGetDriverObjectExtension(DriverObject, FilterContextKey);
}
