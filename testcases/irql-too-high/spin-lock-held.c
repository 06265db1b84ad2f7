/* Code with no IRQL annotation is at DISPATCH_LEVEL while it holds a spin
 * lock taken with KeAcquireSpinLock. */
#include <ntddk.h>

typedef struct _CONFIG {
    KSPIN_LOCK Lock;
    BOOLEAN Loaded;
    PDRIVER_OBJECT Driver;
} CONFIG, *PCONFIG;

NTSTATUS LoadConfigOnce(PCONFIG Config)
{
    NTSTATUS status = STATUS_SUCCESS;
    HANDLE directory;
    KIRQL oldIrql;

    KeAcquireSpinLock(&Config->Lock, &oldIrql); // expect-note irql-too-high {{IRQL raised to DISPATCH_LEVEL by 'KeAcquireSpinLock' here}}
    if (!Config->Loaded) {
        status = IoGetDriverDirectory(Config->Driver, DriverDirectoryData, 0, &directory); // expect-warning irql-too-high {{'IoGetDriverDirectory' requires IRQL <= PASSIVE_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
        if (NT_SUCCESS(status)) {
            Config->Loaded = TRUE;
            ZwClose(directory); // expect-warning irql-too-high {{'ZwClose' requires IRQL <= PASSIVE_LEVEL}}
            // expect-note@17 irql-too-high {{IRQL raised to DISPATCH_LEVEL by 'KeAcquireSpinLock' here}}
        }
    }
    KeReleaseSpinLock(&Config->Lock, oldIrql);
    return status;
}
