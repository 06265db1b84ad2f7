#include <ntddk.h>
/* Global pointers whose value is not their initialiser: assigned at run time
 * (here in DriverEntry), or handed out by address.  Their initial NULL is not
 * the key; they are not followed. */
// expect-no-diagnostics

static PVOID DriverKey = NULL;
static PVOID AliasedKey = NULL;

VOID SetKeyThrough(PVOID *Where, PVOID Value);

NTSTATUS UseKeys(PDRIVER_OBJECT DriverObject)
{
    PVOID data;
    NTSTATUS status = IoAllocateDriverObjectExtension(DriverObject, DriverKey, 16, &data);
    if (!NT_SUCCESS(status))
        return status;
    return IoGetDriverObjectExtension(DriverObject, AliasedKey) ? STATUS_SUCCESS : STATUS_UNSUCCESSFUL;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    UNREFERENCED_PARAMETER(RegistryPath);
    DriverKey = (PVOID)DriverEntry;
    SetKeyThrough(&AliasedKey, (PVOID)UseKeys);
    return UseKeys(DriverObject);
}
