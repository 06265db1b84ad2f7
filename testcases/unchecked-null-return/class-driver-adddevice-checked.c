// The same class-driver AddDevice, written to fail cleanly when the
// extension is missing: silent.
// expect-no-diagnostics
#include <ntddk.h>

typedef NTSTATUS (*CHECKED_CLIENT_ADD_DEVICE)(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT Pdo);

typedef struct _CHECKED_CLASS_INIT {
    ULONG Size;
    CHECKED_CLIENT_ADD_DEVICE ClientAddDevice;
    ULONG DeviceExtensionSize;
} CHECKED_CLASS_INIT, *PCHECKED_CLASS_INIT;

static UCHAR CheckedClassKey;

NTSTATUS CheckedClassAddDevice(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT PhysicalDeviceObject)
{
    PCHECKED_CLASS_INIT init;
    PDEVICE_OBJECT fdo = NULL;
    NTSTATUS status;

    init = IoGetDriverObjectExtension(DriverObject, &CheckedClassKey);
    if (init == NULL) {
        DbgPrint("class: AddDevice called before the class was initialised\n");
        return STATUS_DEVICE_CONFIGURATION_ERROR;
    }

    status = IoCreateDevice(DriverObject, init->DeviceExtensionSize, NULL, FILE_DEVICE_DISK,
                            FILE_DEVICE_SECURE_OPEN, FALSE, &fdo);
    if (!NT_SUCCESS(status))
        return status;
    status = init->ClientAddDevice(DriverObject, PhysicalDeviceObject);
    if (!NT_SUCCESS(status))
        IoDeleteDevice(fdo);
    return status;
}
