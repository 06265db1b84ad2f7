#include <ntddk.h>
/* Two extensions of different sizes under two different keys. */
// expect-no-diagnostics

ULONG ControlKey;
ULONG StatisticsKey;

NTSTATUS AllocateBoth(PDRIVER_OBJECT DriverObject)
{
    PVOID control, statistics;
    NTSTATUS status;

    status = IoAllocateDriverObjectExtension(DriverObject, &ControlKey, 16, &control);
    if (!NT_SUCCESS(status))
        return status;
    return IoAllocateDriverObjectExtension(DriverObject, &StatisticsKey, 256, &statistics);
}
