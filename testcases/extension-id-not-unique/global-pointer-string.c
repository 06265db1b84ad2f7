#include <ntddk.h>
/* A class library keeps its key in a static pointer set once to a string
 * literal: the key is the literal, which may be merged with an identical
 * one.  The note shows where the pointer gets its value. */

typedef struct _MINI_CLASS_EXTENSION {
    PDRIVER_ADD_DEVICE AddDevice;
} MINI_CLASS_EXTENSION, *PMINI_CLASS_EXTENSION;

static PWSTR ClassClientKey = L"MINICLASS"; // expect-note extension-id-not-unique {{'ClassClientKey' is set to 'L"MINICLASS"' here and never assigned again}} expect-note extension-id-not-unique {{'ClassClientKey' is set to 'L"MINICLASS"' here and never assigned again}}

NTSTATUS MiniClassRegister(PDRIVER_OBJECT DriverObject, PDRIVER_ADD_DEVICE AddDevice)
{
    PMINI_CLASS_EXTENSION extension;
    NTSTATUS status = IoAllocateDriverObjectExtension(DriverObject, ClassClientKey, sizeof(*extension), // expect-warning extension-id-not-unique {{ClientIdentificationAddress 'ClassClientKey' of 'IoAllocateDriverObjectExtension' is a string literal, which the linker may merge with an identical one, not a unique key}}
                                                      (PVOID *)&extension);
    if (NT_SUCCESS(status))
        extension->AddDevice = AddDevice;
    return status;
}

NTSTATUS MiniClassAddDevice(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT PhysicalDeviceObject)
{
    PMINI_CLASS_EXTENSION extension = IoGetDriverObjectExtension(DriverObject, ClassClientKey); // expect-warning extension-id-not-unique {{ClientIdentificationAddress 'ClassClientKey' of 'IoGetDriverObjectExtension' is a string literal}}
    if (!extension)
        return STATUS_UNSUCCESSFUL;
    return extension->AddDevice(DriverObject, PhysicalDeviceObject);
}
