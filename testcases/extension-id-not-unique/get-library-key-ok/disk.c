#include "miniclass.h"
/* The class driver reads the library's extension with the library's key; the
 * library allocates it, and its code is not part of the analysed sources (the
 * key is declared, not defined here): not "allocated nowhere". */
// expect-no-diagnostics

typedef struct _MINICLASS_DRIVER_EXTENSION {
    ULONG DeviceCount;
} MINICLASS_DRIVER_EXTENSION, *PMINICLASS_DRIVER_EXTENSION;

ULONG DiskDeviceCount(PDEVICE_OBJECT DeviceObject)
{
    PMINICLASS_DRIVER_EXTENSION extension =
        IoGetDriverObjectExtension(DeviceObject->DriverObject, MINICLASS_DRIVER_EXTENSION_KEY);
    return extension ? extension->DeviceCount : 0;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    return (NTSTATUS)MiniClassInitialize(DriverObject, RegistryPath, NULL);
}
