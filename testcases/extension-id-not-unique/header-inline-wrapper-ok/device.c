#include "globals.h"

ULONG DeviceFlags(PDEVICE_OBJECT DeviceObject)
{
    PGLOBALS globals = IoGetDriverObjectExtension(DeviceObject->DriverObject, &GlobalsKey);
    return globals ? globals->Flags : 0;
}
