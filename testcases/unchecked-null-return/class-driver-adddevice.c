// A class driver keeps the routines its client registered in a driver object
// extension, allocated in its initialisation routine, and AddDevice fetches
// them again.  If the client never called the initialisation routine, or it
// failed, there is no extension and AddDevice dereferences NULL.
#include <ntddk.h>

typedef NTSTATUS (*SAMPLE_CLIENT_ADD_DEVICE)(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT Pdo);

typedef struct _SAMPLE_CLASS_INIT {
    ULONG Size;
    SAMPLE_CLIENT_ADD_DEVICE ClientAddDevice;
    ULONG DeviceExtensionSize;
} SAMPLE_CLASS_INIT, *PSAMPLE_CLASS_INIT;

static UCHAR SampleClassKey;

NTSTATUS SampleClassInitialize(PDRIVER_OBJECT DriverObject, const SAMPLE_CLASS_INIT *Init)
{
    PSAMPLE_CLASS_INIT saved;
    NTSTATUS status;

    status = IoAllocateDriverObjectExtension(DriverObject, &SampleClassKey, sizeof(SAMPLE_CLASS_INIT),
                                             (PVOID *)&saved);
    if (!NT_SUCCESS(status))
        return status;
    *saved = *Init;
    return STATUS_SUCCESS;
}

NTSTATUS SampleClassAddDevice(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT PhysicalDeviceObject)
{
    PSAMPLE_CLASS_INIT init = IoGetDriverObjectExtension(DriverObject, &SampleClassKey); // expect-note unchecked-null-return {{'init' is assigned the result of 'IoGetDriverObjectExtension' here, which may be NULL}}
    PDEVICE_OBJECT fdo;
    NTSTATUS status;

    status = IoCreateDevice(DriverObject, init->DeviceExtensionSize, NULL, FILE_DEVICE_DISK, // expect-warning unchecked-null-return {{'init' from 'IoGetDriverObjectExtension' may be NULL here}}
                            FILE_DEVICE_SECURE_OPEN, FALSE, &fdo);
    if (!NT_SUCCESS(status))
        return status;
    status = init->ClientAddDevice(DriverObject, PhysicalDeviceObject);
    if (!NT_SUCCESS(status))
        IoDeleteDevice(fdo);
    return status;
}
