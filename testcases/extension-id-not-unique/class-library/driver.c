#include "classlib.h"
/* The client driver borrows the library's key for its own data: the library's
 * allocation and this one collide on the same driver object. */

typedef struct _MY_DRIVER_DATA {
    ULONG Flags;
} MY_DRIVER_DATA, *PMY_DRIVER_DATA;

NTSTATUS MyAddDevice(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT PhysicalDeviceObject);

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    LIB_INIT_DATA initData;
    PMY_DRIVER_DATA data;
    NTSTATUS status;

    status = IoAllocateDriverObjectExtension(DriverObject, LIB_DRIVER_EXTENSION_KEY, sizeof(MY_DRIVER_DATA), // expect-warning extension-id-not-unique {{'LIB_DRIVER_EXTENSION_KEY' is allocated again with another size (4 bytes, first 32)}}
                                             (PVOID *)&data);
    if (!NT_SUCCESS(status))
        return status;
    RtlZeroMemory(&initData, sizeof(initData));
    initData.Size = sizeof(initData);
    initData.ClassAddDevice = MyAddDevice;
    return LibInitialize(DriverObject, RegistryPath, &initData);
}
