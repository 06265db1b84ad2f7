#include <ntddk.h>
/* String literals: identical literals may be merged by the compiler or the
 * linker, also with a literal in another component. */

NTSTATUS AllocateByName(PDRIVER_OBJECT DriverObject)
{
    PVOID extension;
    NTSTATUS status;

    status = IoAllocateDriverObjectExtension(DriverObject, "MyFilterGlobals", 16, &extension); // expect-warning extension-id-not-unique {{'"MyFilterGlobals"' of 'IoAllocateDriverObjectExtension' is a string literal, which the linker may merge with an identical one}}
    if (!NT_SUCCESS(status))
        return status;
    extension = IoGetDriverObjectExtension(DriverObject, (PVOID)L"MyFilterGlobals"); // expect-warning extension-id-not-unique {{of 'IoGetDriverObjectExtension' is a string literal}}
    return extension ? STATUS_SUCCESS : STATUS_UNSUCCESSFUL;
}
