/* _Function_class_ on the definition names the role just as a separate
 * "KDEFERRED_ROUTINE F;" declaration does. */
#include <ntddk.h>

_Function_class_(KDEFERRED_ROUTINE) // expect-note irql-too-high {{'CleanupDpc' is a DPC routine (KDEFERRED_ROUTINE), which runs at DISPATCH_LEVEL}}
_IRQL_requires_same_
VOID CleanupDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PDEVICE_OBJECT device = (PDEVICE_OBJECT)DeferredContext;
    HANDLE directory;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    IoGetDeviceDirectory(device, DeviceDirectoryData, 0, NULL, &directory); // expect-warning irql-too-high {{'IoGetDeviceDirectory' requires IRQL <= PASSIVE_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
}
