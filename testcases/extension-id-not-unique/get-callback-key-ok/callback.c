#include <ntddk.h>
/* A helper that passes its key on is also a callback (its address is taken):
 * besides the call seen here, it is called from places that are not known,
 * with keys that are not known, so the Get's key may be allocated there. */
// expect-no-diagnostics

typedef NTSTATUS ALLOCATE_ROUTINE(PDRIVER_OBJECT DriverObject, PVOID Key);

ULONG ClientKey;
ULONG OwnKey;

static NTSTATUS AllocateFor(PDRIVER_OBJECT DriverObject, PVOID Key)
{
    PVOID extension;
    return IoAllocateDriverObjectExtension(DriverObject, Key, 16, &extension);
}

ALLOCATE_ROUTINE *ClientAllocateRoutine = AllocateFor;

NTSTATUS Initialize(PDRIVER_OBJECT DriverObject)
{
    return AllocateFor(DriverObject, &OwnKey);
}

PVOID ClientExtension(PDRIVER_OBJECT DriverObject)
{
    return IoGetDriverObjectExtension(DriverObject, &ClientKey);
}
