// IoCreateDevice, IoGetDeviceObjectPointer and ObReferenceObjectByHandle set
// their out pointer only when they return a success status: a success test of
// the status checks the pointer, and a use without one may use NULL.
#include <ntddk.h>

NTSTATUS OutCreateControlDeviceUnchecked(PDRIVER_OBJECT DriverObject, PUNICODE_STRING Name)
{
    PDEVICE_OBJECT deviceObject = NULL;
    NTSTATUS status = IoCreateDevice(DriverObject, 0, Name, FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, FALSE, // expect-note unchecked-null-return {{'deviceObject' is set by 'IoCreateDevice' here, and is valid only when it returns a success status}}
                                     &deviceObject);

    deviceObject->Flags |= DO_BUFFERED_IO; // expect-warning unchecked-null-return {{'deviceObject' from 'IoCreateDevice' may be NULL here}}
    return status;
}

NTSTATUS OutCreateControlDevice(PDRIVER_OBJECT DriverObject, PUNICODE_STRING Name)
{
    PDEVICE_OBJECT deviceObject = NULL;
    NTSTATUS status = IoCreateDevice(DriverObject, 0, Name, FILE_DEVICE_UNKNOWN, FILE_DEVICE_SECURE_OPEN, FALSE,
                                     &deviceObject);

    if (!NT_SUCCESS(status))
        return status;
    deviceObject->Flags |= DO_BUFFERED_IO;
    deviceObject->Flags &= ~DO_DEVICE_INITIALIZING;
    return STATUS_SUCCESS;
}

CCHAR OutStackSizeOfTarget(PUNICODE_STRING TargetName)
{
    PFILE_OBJECT fileObject;
    PDEVICE_OBJECT deviceObject;
    CCHAR stackSize;
    NTSTATUS status = IoGetDeviceObjectPointer(TargetName, FILE_READ_DATA, &fileObject, &deviceObject);

    if (!NT_SUCCESS(status))
        return 0;
    stackSize = deviceObject->StackSize;
    ObDereferenceObject(fileObject);
    return stackSize;
}

CCHAR OutStackSizeOfTargetUnchecked(PUNICODE_STRING TargetName)
{
    PFILE_OBJECT fileObject;
    PDEVICE_OBJECT deviceObject;

    IoGetDeviceObjectPointer(TargetName, FILE_READ_DATA, &fileObject, &deviceObject); // expect-note unchecked-null-return {{'deviceObject' is set by 'IoGetDeviceObjectPointer' here, and is valid only when it returns a success status}}
    return deviceObject->StackSize; // expect-warning unchecked-null-return {{'deviceObject' from 'IoGetDeviceObjectPointer' may be NULL here}}
}

PDEVICE_OBJECT OutDeviceOfFileHandle(HANDLE FileHandle)
{
    PFILE_OBJECT fileObject;
    PDEVICE_OBJECT deviceObject;

    ObReferenceObjectByHandle(FileHandle, 0, *IoFileObjectType, KernelMode, (PVOID *)&fileObject, NULL); // expect-note unchecked-null-return {{'fileObject' is set by 'ObReferenceObjectByHandle' here, and is valid only when it returns a success status}}
    deviceObject = fileObject->DeviceObject; // expect-warning unchecked-null-return {{'fileObject' from 'ObReferenceObjectByHandle' may be NULL here}}
    ObDereferenceObject(fileObject);
    return deviceObject;
}

PDEVICE_OBJECT OutDeviceOfFileHandleChecked(HANDLE FileHandle)
{
    PFILE_OBJECT fileObject;
    PDEVICE_OBJECT deviceObject;
    NTSTATUS status = ObReferenceObjectByHandle(FileHandle, 0, *IoFileObjectType, KernelMode, (PVOID *)&fileObject,
                                                NULL);

    if (status != STATUS_SUCCESS)
        return NULL;
    deviceObject = fileObject->DeviceObject;
    ObDereferenceObject(fileObject);
    return deviceObject;
}
