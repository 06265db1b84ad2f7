#include <ntddk.h>
/* A miniport that builds its registration block on the stack and then uses a
 * field of it as the key; the Get in another routine then finds nothing. */

typedef struct _HW_REGISTRATION {
    ULONG Version;
    ULONG AdapterInterfaceType;
    PVOID KeyAnchor;
} HW_REGISTRATION, *PHW_REGISTRATION;

typedef struct _HW_GLOBALS {
    HW_REGISTRATION Registration;
    ULONG AdapterCount;
} HW_GLOBALS, *PHW_GLOBALS;

NTSTATUS HwRegister(PDRIVER_OBJECT DriverObject, HW_REGISTRATION Template) // expect-note extension-id-stack {{'Template' is declared here}}
{
    PHW_GLOBALS globals;
    NTSTATUS status;

    status = IoAllocateDriverObjectExtension(DriverObject, &Template.KeyAnchor, sizeof(HW_GLOBALS), (PVOID *)&globals); // expect-warning extension-id-stack {{'&Template.KeyAnchor' of 'IoAllocateDriverObjectExtension' is the address of a parameter}}
    if (NT_SUCCESS(status))
        globals->Registration = Template;
    return status;
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    HW_REGISTRATION registration; // expect-note extension-id-stack {{'registration' is declared here}}
    PHW_GLOBALS globals;

    UNREFERENCED_PARAMETER(RegistryPath);
    RtlZeroMemory(&registration, sizeof(registration));
    registration.Version = 1;
    globals = IoGetDriverObjectExtension(DriverObject, &registration); // expect-warning extension-id-stack {{'&registration' of 'IoGetDriverObjectExtension' is the address of a local variable}}
    if (globals)
        return STATUS_OBJECT_NAME_COLLISION;
    return HwRegister(DriverObject, registration);
}
