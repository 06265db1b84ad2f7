#include <ntddk.h>
/* A header-defined tag key: the finding is at each use of the macro. */

#define FILTER_EXTENSION_KEY ((PVOID)'tlFM')
#define NAMED_EXTENSION_KEY ((PVOID)"FilterKey")

NTSTATUS FilterAttach(PDRIVER_OBJECT DriverObject)
{
    PVOID extension;
    NTSTATUS status;

    status = IoAllocateDriverObjectExtension(DriverObject, FILTER_EXTENSION_KEY, 64, &extension); // expect-warning extension-id-not-unique {{'FILTER_EXTENSION_KEY' of 'IoAllocateDriverObjectExtension' is the integer constant 0x746C464D cast to a pointer}}
    if (!NT_SUCCESS(status))
        return status;
    extension = IoGetDriverObjectExtension(DriverObject, NAMED_EXTENSION_KEY); // expect-warning extension-id-not-unique {{'NAMED_EXTENSION_KEY' of 'IoGetDriverObjectExtension' is a string literal}}
    return extension ? STATUS_SUCCESS : STATUS_UNSUCCESSFUL;
}
