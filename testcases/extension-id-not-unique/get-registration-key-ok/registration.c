#include <ntddk.h>
/* The driver allocates under a key taken from a registration structure: it
 * cannot be followed, and it may be the key the Get uses, so nothing is
 * said. */
// expect-no-diagnostics

typedef struct _CLIENT_REGISTRATION {
    PVOID Key;
    ULONG Size;
} CLIENT_REGISTRATION, *PCLIENT_REGISTRATION;

ULONG ClientKey;

NTSTATUS RegisterClient(PDRIVER_OBJECT DriverObject, PCLIENT_REGISTRATION Registration)
{
    PVOID extension;
    return IoAllocateDriverObjectExtension(DriverObject, Registration->Key, Registration->Size, &extension);
}

PVOID ClientExtension(PDRIVER_OBJECT DriverObject)
{
    return IoGetDriverObjectExtension(DriverObject, &ClientKey);
}
