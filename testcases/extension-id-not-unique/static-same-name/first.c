#include <ntddk.h>
/* A file-scope static in each of two files: same name, two variables, two
 * keys. Different sizes are fine. */
// expect-no-diagnostics
static ULONG ModuleKey;

NTSTATUS AllocateFirstModule(PDRIVER_OBJECT DriverObject)
{
    PVOID extension;
    return IoAllocateDriverObjectExtension(DriverObject, &ModuleKey, 16, &extension);
}
