#include "classlib.h"

NTSTATUS LibInitialize(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath, PLIB_INIT_DATA InitData)
{
    PLIB_DRIVER_EXTENSION extension;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoAllocateDriverObjectExtension(DriverObject, LIB_DRIVER_EXTENSION_KEY, sizeof(LIB_DRIVER_EXTENSION), // expect-note extension-id-not-unique {{'LIB_DRIVER_EXTENSION_KEY' is first allocated here with 32 bytes}}
                                             (PVOID *)&extension);
    if (!NT_SUCCESS(status))
        return status;
    extension->InitData = *InitData;
    return STATUS_SUCCESS;
}

PLIB_DRIVER_EXTENSION LibGetDriverExtension(PDRIVER_OBJECT DriverObject)
{
    return IoGetDriverObjectExtension(DriverObject, LIB_DRIVER_EXTENSION_KEY);
}
