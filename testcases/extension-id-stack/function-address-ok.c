#include <ntddk.h>
/* A miniport-style driver keyed by the address of its own DriverEntry. */
// expect-no-diagnostics

typedef struct _MINIPORT_GLOBALS {
    ULONG AdapterCount;
    KSPIN_LOCK Lock;
} MINIPORT_GLOBALS, *PMINIPORT_GLOBALS;

DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD MiniportUnload;

VOID MiniportUnload(PDRIVER_OBJECT DriverObject)
{
    PMINIPORT_GLOBALS globals = IoGetDriverObjectExtension(DriverObject, (PVOID)DriverEntry);
    if (globals)
        globals->AdapterCount = 0;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    PMINIPORT_GLOBALS globals;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoAllocateDriverObjectExtension(DriverObject, &DriverEntry, sizeof(MINIPORT_GLOBALS), (PVOID *)&globals);
    if (!NT_SUCCESS(status))
        return status;
    globals->AdapterCount = 0;
    KeInitializeSpinLock(&globals->Lock);
    DriverObject->DriverUnload = MiniportUnload;
    return STATUS_SUCCESS;
}
