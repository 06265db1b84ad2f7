/* PASSIVE_LEVEL code: DriverEntry, a dispatch routine and functions
 * annotated for PASSIVE_LEVEL may call PASSIVE_LEVEL-only DDIs. */
#include <ntddk.h>

DRIVER_INITIALIZE DriverEntry;
DRIVER_DISPATCH DispatchCreate;
DRIVER_UNLOAD DriverUnload;

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS OpenImageDirectory(PDRIVER_OBJECT Driver, PHANDLE Directory)
{
    return IoGetDriverDirectory(Driver, DriverDirectoryImage, 0, Directory);
}

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID OpenDataDirectory(PDRIVER_OBJECT Driver, PHANDLE Directory)
{
    IoGetDriverDirectory(Driver, DriverDirectoryData, 0, Directory);
}

NTSTATUS DispatchCreate(PDEVICE_OBJECT DeviceObject, PIRP Irp)
{
    HANDLE directory;
    NTSTATUS status = IoGetDriverDirectory(DeviceObject->DriverObject, DriverDirectoryData, 0, &directory);

    if (NT_SUCCESS(status))
        ZwClose(directory);
    Irp->IoStatus.Status = status;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return status;
}

VOID DriverUnload(PDRIVER_OBJECT DriverObject)
{
    UNREFERENCED_PARAMETER(DriverObject);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    HANDLE directory;
    PVOID stats;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    DriverObject->DriverUnload = DriverUnload;
    DriverObject->MajorFunction[IRP_MJ_CREATE] = DispatchCreate;

    status = IoAllocateDriverObjectExtension(DriverObject, (PVOID)DriverEntry, 64, &stats);
    if (!NT_SUCCESS(status))
        return status;
    status = OpenImageDirectory(DriverObject, &directory);
    if (NT_SUCCESS(status))
        ZwClose(directory);
    return STATUS_SUCCESS;
}

// expect-no-diagnostics
