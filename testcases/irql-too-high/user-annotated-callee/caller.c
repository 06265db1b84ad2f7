/* Calls into settings.c: under a spin lock (DISPATCH_LEVEL) and under a
 * fast mutex (APC_LEVEL) they are findings; after the release they are
 * not. */
#include "settings.h"

NTSTATUS SettingsRefreshLocked(PSETTINGS Settings, PUNICODE_STRING KeyPath)
{
    KIRQL oldIrql;
    NTSTATUS status;

    KeAcquireSpinLock(&Settings->Lock, &oldIrql); // expect-note irql-too-high {{IRQL raised to DISPATCH_LEVEL by 'KeAcquireSpinLock' here}}
    Settings->Generation++;
    status = SettingsReload(Settings, KeyPath); // expect-warning irql-too-high {{'SettingsReload' requires IRQL <= PASSIVE_LEVEL, but the IRQL here is DISPATCH_LEVEL; call it from PASSIVE_LEVEL code, such as a work item}}
    KeReleaseSpinLock(&Settings->Lock, oldIrql);
    return status;
}

NTSTATUS SettingsRefresh(PSETTINGS Settings, PUNICODE_STRING KeyPath)
{
    KIRQL oldIrql;

    KeAcquireSpinLock(&Settings->Lock, &oldIrql);
    Settings->Generation++;
    KeReleaseSpinLock(&Settings->Lock, oldIrql);

    /* Back at PASSIVE_LEVEL: silent. */
    return SettingsReload(Settings, KeyPath);
}

VOID SettingsShutdown(PSETTINGS Settings)
{
    ExAcquireFastMutex(&Settings->Mutex); // expect-note irql-too-high {{IRQL raised to APC_LEVEL by 'ExAcquireFastMutex' here}}
    SettingsClose(Settings); // expect-warning irql-too-high {{'SettingsClose' requires IRQL <= PASSIVE_LEVEL, but the IRQL here is APC_LEVEL}}
    ExReleaseFastMutex(&Settings->Mutex);

    /* After the release: silent. */
    SettingsClose(Settings);
}
