#include <ntddk.h>
/* One call site reached more than once (a helper called from two places, a
 * call in a loop) is one allocation as far as keys go: not reported, even
 * though the helper does not expect the collision. */
// expect-no-diagnostics

typedef struct _PORT_DATA {
    ULONG Registrations;
} PORT_DATA, *PPORT_DATA;

static ULONG PortDataKey;

static PPORT_DATA PortData(PDRIVER_OBJECT DriverObject)
{
    PPORT_DATA data;
    NTSTATUS status = IoAllocateDriverObjectExtension(DriverObject, &PortDataKey, sizeof(PORT_DATA), (PVOID *)&data);
    return NT_SUCCESS(status) ? data : NULL;
}

NTSTATUS PortRegisterAdapters(PDRIVER_OBJECT DriverObject, ULONG AdapterCount)
{
    for (ULONG i = 0; i < AdapterCount; i++) {
        PPORT_DATA data = PortData(DriverObject);
        if (!data)
            return STATUS_INSUFFICIENT_RESOURCES;
        data->Registrations++;
    }
    return PortData(DriverObject) ? STATUS_SUCCESS : STATUS_INSUFFICIENT_RESOURCES;
}

NTSTATUS AllocateInLoop(PDRIVER_OBJECT DriverObject)
{
    static ULONG retryKey;
    PVOID extension;
    NTSTATUS status = STATUS_UNSUCCESSFUL;

    for (int attempt = 0; attempt < 3 && !NT_SUCCESS(status); attempt++)
        status = IoAllocateDriverObjectExtension(DriverObject, &retryKey, 16, &extension);
    return status;
}
