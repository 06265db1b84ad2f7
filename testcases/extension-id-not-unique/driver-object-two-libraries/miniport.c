#include <ntddk.h>

typedef struct _MINIPORT_GLOBALS {
    ULONG AdapterCount;
} MINIPORT_GLOBALS, *PMINIPORT_GLOBALS;

NTSTATUS PortInitialize(PDRIVER_OBJECT DriverObject, PVOID HwInitializationData);

static ULONG HwInitializationData;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    PMINIPORT_GLOBALS globals;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoAllocateDriverObjectExtension(DriverObject, (PVOID)DriverObject, sizeof(MINIPORT_GLOBALS), // expect-note extension-id-not-unique {{'(PVOID)DriverObject' is first allocated here with 4 bytes}}
                                             (PVOID *)&globals);
    if (!NT_SUCCESS(status))
        return status;
    globals->AdapterCount = 0;
    return PortInitialize(DriverObject, &HwInitializationData);
}
