#include <ntddk.h>
/* Helpers that do not pass the key on unchanged: one replaces a NULL key
 * with its own, one refuses a NULL key, one copies it through a local.  NULL
 * passed to them is not reported. */
// expect-no-diagnostics

static ULONG DefaultKey;

static NTSTATUS AllocateWithDefault(PDRIVER_OBJECT DriverObject, PVOID Key, PVOID *Data)
{
    if (Key == NULL)
        Key = &DefaultKey;
    return IoAllocateDriverObjectExtension(DriverObject, Key, 16, Data);
}

static NTSTATUS AllocateChecked(PDRIVER_OBJECT DriverObject, PVOID Key, PVOID *Data)
{
    if (!Key)
        return STATUS_INVALID_PARAMETER;
    return IoAllocateDriverObjectExtension(DriverObject, Key, 32, Data);
}

static PVOID GetThroughLocal(PDRIVER_OBJECT DriverObject, PVOID Key)
{
    PVOID key = Key;
    return IoGetDriverObjectExtension(DriverObject, key);
}

NTSTATUS SetUp(PDRIVER_OBJECT DriverObject)
{
    PVOID data;
    NTSTATUS status = AllocateWithDefault(DriverObject, NULL, &data);
    if (!NT_SUCCESS(status))
        return status;
    status = AllocateChecked(DriverObject, NULL, &data);
    if (!NT_SUCCESS(status))
        return status;
    return GetThroughLocal(DriverObject, NULL) ? STATUS_SUCCESS : STATUS_UNSUCCESSFUL;
}
