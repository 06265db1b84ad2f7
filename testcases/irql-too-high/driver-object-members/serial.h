/* A legacy driver fills its driver object in DriverEntry: StartIo runs at
 * DISPATCH_LEVEL; dispatch routines and Unload run at PASSIVE_LEVEL.  The
 * routines are declared here without their role types. */
#pragma once
#include <ntddk.h>

typedef struct _SERIAL_EXTENSION {
    HANDLE ConfigKey;
    HANDLE LogFile;
    ULONG Started;
} SERIAL_EXTENSION, *PSERIAL_EXTENSION;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath);
VOID SerialStartIo(PDEVICE_OBJECT DeviceObject, PIRP Irp);
NTSTATUS SerialCreateClose(PDEVICE_OBJECT DeviceObject, PIRP Irp);
NTSTATUS SerialRead(PDEVICE_OBJECT DeviceObject, PIRP Irp);
VOID SerialUnload(PDRIVER_OBJECT DriverObject);
VOID SerialCloseLog(PSERIAL_EXTENSION Extension);
