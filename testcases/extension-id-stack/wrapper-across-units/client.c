#include <ntddk.h>

NTSTATUS LibRegisterClient(PDRIVER_OBJECT DriverObject, PVOID ClientKey, ULONG ClientDataSize, PVOID *ClientData);
PVOID LibClientData(PDRIVER_OBJECT DriverObject, PVOID ClientKey);

typedef struct _CLIENT_DATA {
    ULONG Opens;
} CLIENT_DATA, *PCLIENT_DATA;

static ULONG ClientKey;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    CLIENT_DATA registration; // expect-note extension-id-stack {{'registration' is declared here}}
    PVOID data;

    UNREFERENCED_PARAMETER(RegistryPath);
    RtlZeroMemory(&registration, sizeof(registration));
    return LibRegisterClient(DriverObject, &registration, sizeof(CLIENT_DATA), &data); // expect-warning extension-id-stack {{'&registration' passed to 'LibRegisterClient' is the ClientIdentificationAddress of 'IoAllocateDriverObjectExtension' and is the address of a local variable on the stack}}
}

ULONG ClientOpens(PDEVICE_OBJECT DeviceObject)
{
    PCLIENT_DATA data = LibClientData(DeviceObject->DriverObject, &ClientKey);
    return data ? data->Opens : 0;
}
