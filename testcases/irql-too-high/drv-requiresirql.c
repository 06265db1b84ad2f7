/* The older __drv_requiresIRQL spelling of _IRQL_requires_. */
#include <ntddk.h>

__drv_requiresIRQL(DISPATCH_LEVEL) // expect-note irql-too-high {{'LegacyDpcWork' is annotated __drv_requiresIRQL(DISPATCH_LEVEL)}}
VOID LegacyDpcWork(PDEVICE_OBJECT Pdo)
{
    HANDLE state;

    if (NT_SUCCESS(IoGetDeviceDirectory(Pdo, DeviceDirectoryData, 0, NULL, &state))) // expect-warning irql-too-high {{the IRQL here is DISPATCH_LEVEL}}
        ZwClose(state); // expect-warning irql-too-high {{'ZwClose' requires IRQL <= PASSIVE_LEVEL}}
        // expect-note@4 irql-too-high {{'LegacyDpcWork' is annotated __drv_requiresIRQL(DISPATCH_LEVEL)}}
}
