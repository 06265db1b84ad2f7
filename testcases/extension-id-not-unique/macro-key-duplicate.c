#include <ntddk.h>
/* Keys written through macros are compared by what they expand to: a
 * miniport's DriverEntry key spelled as a macro in one place and directly in
 * another is one key; so is a macro for the address of a global. */

#define MINIPORT_KEY (PVOID)DriverEntry
#define STATE_KEY ((PVOID)&MiniportStateTag)

typedef struct _MINIPORT_GLOBALS {
    ULONG AdapterCount;
} MINIPORT_GLOBALS;

typedef struct _MINIPORT_STATE {
    ULONG State;
    ULONG Reserved[3];
} MINIPORT_STATE;

static UCHAR MiniportStateTag;

DRIVER_INITIALIZE DriverEntry;

NTSTATUS MiniportAllocateState(PDRIVER_OBJECT DriverObject)
{
    PVOID state;
    NTSTATUS status = IoAllocateDriverObjectExtension(DriverObject, STATE_KEY, sizeof(MINIPORT_STATE), &state); // expect-note extension-id-not-unique {{'STATE_KEY' is first allocated here}}
    if (!NT_SUCCESS(status))
        return status;
    /* Meant to be the globals, but the key is the state's. */
    return IoAllocateDriverObjectExtension(DriverObject, &MiniportStateTag, sizeof(MINIPORT_STATE), &state); // expect-warning extension-id-not-unique {{ClientIdentificationAddress '&MiniportStateTag' is allocated a second time}}
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    PVOID globals;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoAllocateDriverObjectExtension(DriverObject, MINIPORT_KEY, sizeof(MINIPORT_GLOBALS), &globals); // expect-note extension-id-not-unique {{'MINIPORT_KEY' is first allocated here with 4 bytes}}
    if (!NT_SUCCESS(status))
        return status;
    status = IoAllocateDriverObjectExtension(DriverObject, (PVOID)DriverEntry, sizeof(MINIPORT_STATE), &globals); // expect-warning extension-id-not-unique {{ClientIdentificationAddress '(PVOID)DriverEntry' is allocated again with another size (16 bytes, first 4)}}
    if (!NT_SUCCESS(status))
        return status;
    return MiniportAllocateState(DriverObject);
}
