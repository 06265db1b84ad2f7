/* The fix for spin-lock-held.c: decide under the lock, call the
 * PASSIVE_LEVEL DDI after releasing it.  Silent. */
#include <ntddk.h>

typedef struct _CONFIG {
    KSPIN_LOCK Lock;
    BOOLEAN Loading;
    PDRIVER_OBJECT Driver;
} CONFIG, *PCONFIG;

_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS LoadConfigOnce(PCONFIG Config)
{
    HANDLE directory;
    BOOLEAN load;
    KIRQL oldIrql;
    NTSTATUS status;

    KeAcquireSpinLock(&Config->Lock, &oldIrql);
    load = !Config->Loading;
    Config->Loading = TRUE;
    KeReleaseSpinLock(&Config->Lock, oldIrql);

    if (!load)
        return STATUS_SUCCESS;
    status = IoGetDriverDirectory(Config->Driver, DriverDirectoryData, 0, &directory);
    if (NT_SUCCESS(status))
        ZwClose(directory);
    return status;
}

// expect-no-diagnostics
