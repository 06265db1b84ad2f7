/* In a completion routine (may run at DISPATCH_LEVEL) a held spin lock makes
 * the IRQL certainly DISPATCH_LEVEL; the note names the acquire. */
#include <ntddk.h>

typedef struct _PENDING_LIST {
    KSPIN_LOCK Lock;
    LIST_ENTRY Head;
    PDEVICE_OBJECT Pdo;
} PENDING_LIST, *PPENDING_LIST;

IO_COMPLETION_ROUTINE PendingComplete;

NTSTATUS PendingComplete(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context)
{
    PPENDING_LIST pending = (PPENDING_LIST)Context;
    HANDLE state;
    KIRQL oldIrql;

    UNREFERENCED_PARAMETER(DeviceObject);
    UNREFERENCED_PARAMETER(Irp);

    KeAcquireSpinLock(&pending->Lock, &oldIrql); // expect-note irql-too-high {{IRQL raised to DISPATCH_LEVEL by 'KeAcquireSpinLock'}}
    if (IsListEmpty(&pending->Head))
        IoGetDeviceDirectory(pending->Pdo, DeviceDirectoryData, 0, NULL, &state); // expect-warning irql-too-high {{'IoGetDeviceDirectory' requires IRQL <= PASSIVE_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
    KeReleaseSpinLock(&pending->Lock, oldIrql);
    return STATUS_MORE_PROCESSING_REQUIRED;
}
