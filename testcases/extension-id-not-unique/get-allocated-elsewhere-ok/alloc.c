#include "keys.h"
/* Every Get finds its allocation somewhere in the driver: through a helper
 * in another file, through a constant key pointer, or as the first member of
 * the structure whose address was allocated (one address, spelled two
 * ways). */
// expect-no-diagnostics

DRIVER_KEYS DriverKeys;
PVOID const TraceKey = &DriverKeys.Trace;

NTSTATUS AllocateExtension(PDRIVER_OBJECT DriverObject, PVOID Key, ULONG Size)
{
    PVOID extension;
    return IoAllocateDriverObjectExtension(DriverObject, Key, Size, &extension);
}
