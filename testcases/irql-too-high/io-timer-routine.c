/* An IoTimer routine runs at DISPATCH_LEVEL, once a second. */
#include <ntddk.h>

IO_TIMER_ROUTINE WatchdogTimer; // expect-note irql-too-high {{'WatchdogTimer' is an IoTimer routine (IO_TIMER_ROUTINE), which runs at DISPATCH_LEVEL}}

VOID WatchdogTimer(PDEVICE_OBJECT DeviceObject, PVOID Context)
{
    HANDLE directory;

    UNREFERENCED_PARAMETER(Context);
    if (NT_SUCCESS(IoGetDriverDirectory(DeviceObject->DriverObject, DriverDirectoryData, 0, &directory))) // expect-warning irql-too-high {{the IRQL here is DISPATCH_LEVEL}}
        ZwClose(directory); // expect-warning irql-too-high {{'ZwClose' requires IRQL <= PASSIVE_LEVEL}}
        // expect-note@4 irql-too-high {{'WatchdogTimer' is an IoTimer routine (IO_TIMER_ROUTINE), which runs at DISPATCH_LEVEL}}
}
