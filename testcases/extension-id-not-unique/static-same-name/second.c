#include <ntddk.h>
static ULONG ModuleKey;

NTSTATUS AllocateSecondModule(PDRIVER_OBJECT DriverObject)
{
    PVOID extension;
    return IoAllocateDriverObjectExtension(DriverObject, &ModuleKey, 32, &extension);
}
