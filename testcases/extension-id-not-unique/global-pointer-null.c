#include <ntddk.h>
/* A static key pointer that was meant to be set in DriverEntry, but nothing
 * ever assigns it: the key is its initial NULL. */

static PVOID MiniportKey = NULL; // expect-note extension-id-not-unique {{'MiniportKey' is set to 'NULL' here and never assigned again}}

PVOID MiniportGlobals(PDEVICE_OBJECT DeviceObject)
{
    return IoGetDriverObjectExtension(DeviceObject->DriverObject, MiniportKey); // expect-warning extension-id-not-unique {{ClientIdentificationAddress 'MiniportKey' of 'IoGetDriverObjectExtension' is NULL, not a unique key}}
}
