#include <ntddk.h>
/* One allocation per path: the size depends on the OS version (if/else), on
 * a registry switch (?:-like early return), or on a switch statement.  Calls
 * on paths that exclude each other are not two allocations, whatever their
 * sizes. */
// expect-no-diagnostics

typedef struct _GLOBALS_V1 {
    ULONG Flags;
} GLOBALS_V1;

typedef struct _GLOBALS_V2 {
    ULONG Flags;
    ULONG Features;
    LIST_ENTRY Devices;
} GLOBALS_V2;

static ULONG GlobalsKey;
static ULONG TraceKey;
static ULONG ModeKey;

NTSTATUS AllocateGlobals(PDRIVER_OBJECT DriverObject, BOOLEAN Win8OrLater)
{
    PVOID globals;
    NTSTATUS status;

    if (Win8OrLater)
        status = IoAllocateDriverObjectExtension(DriverObject, &GlobalsKey, sizeof(GLOBALS_V2), &globals);
    else
        status = IoAllocateDriverObjectExtension(DriverObject, &GlobalsKey, sizeof(GLOBALS_V1), &globals);
    return status;
}

NTSTATUS AllocateTrace(PDRIVER_OBJECT DriverObject, ULONG BufferPages)
{
    PVOID trace;

    if (BufferPages == 0)
        return IoAllocateDriverObjectExtension(DriverObject, &TraceKey, 64, &trace);
    return IoAllocateDriverObjectExtension(DriverObject, &TraceKey, BufferPages * PAGE_SIZE, &trace);
}

NTSTATUS AllocateForMode(PDRIVER_OBJECT DriverObject, ULONG Mode)
{
    PVOID data = NULL;
    NTSTATUS status = STATUS_INVALID_PARAMETER;

    switch (Mode) {
    case 0:
        status = IoAllocateDriverObjectExtension(DriverObject, &ModeKey, 16, &data);
        break;
    case 1:
        status = IoAllocateDriverObjectExtension(DriverObject, &ModeKey, 32, &data);
        break;
    default:
        break;
    }
    return status;
}
