#include <ntddk.h>
/* A library routine takes a pointer that is not its key (the output of the
 * Get); its key is its own global.  The caller in another file passes the
 * address of a local for that pointer: not a key, not reported. */
// expect-no-diagnostics

static ULONG LibraryKey;

NTSTATUS LibQueryClient(PDRIVER_OBJECT DriverObject, PVOID *ClientData)
{
    *ClientData = IoGetDriverObjectExtension(DriverObject, &LibraryKey);
    return *ClientData ? STATUS_SUCCESS : STATUS_NOT_FOUND;
}

NTSTATUS LibRegister(PDRIVER_OBJECT DriverObject, PVOID Owner, PVOID *ClientData)
{
    UNREFERENCED_PARAMETER(Owner);
    return IoAllocateDriverObjectExtension(DriverObject, &LibraryKey, 32, ClientData);
}
