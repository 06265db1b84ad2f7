#include <ntddk.h>
/* Helpers that take a pointer but do not use it as the key unchanged: one
 * replaces it, one only uses it as the output.  Stack addresses passed to
 * them are not keys. */
// expect-no-diagnostics

static ULONG DriverKey;

static NTSTATUS AllocateKeyed(PDRIVER_OBJECT DriverObject, PVOID Key, PVOID *Data)
{
    Key = &DriverKey;
    return IoAllocateDriverObjectExtension(DriverObject, Key, 16, Data);
}

static NTSTATUS AllocateInto(PDRIVER_OBJECT DriverObject, PVOID *Data)
{
    return IoAllocateDriverObjectExtension(DriverObject, &DriverKey, 16, Data);
}

NTSTATUS SetUp(PDRIVER_OBJECT DriverObject)
{
    ULONG scratch;
    PVOID data;
    NTSTATUS status = AllocateKeyed(DriverObject, &scratch, &data);
    if (!NT_SUCCESS(status))
        return status;
    return AllocateInto(DriverObject, &data);
}
