/* A lock taken and released in each iteration: held inside, not after. */
#include <ntddk.h>

typedef struct _SLOT {
    KSPIN_LOCK Lock;
    PDEVICE_OBJECT Pdo;
    BOOLEAN Busy;
} SLOT, *PSLOT;

VOID OpenSlots(PSLOT Slots, ULONG Count, PHANDLE Handles)
{
    ULONG i;
    KIRQL oldIrql;

    for (i = 0; i < Count; i++) {
        KeAcquireSpinLock(&Slots[i].Lock, &oldIrql); // expect-note irql-too-high {{IRQL raised to DISPATCH_LEVEL by 'KeAcquireSpinLock' here}}
        if (!Slots[i].Busy)
            IoGetDeviceDirectory(Slots[i].Pdo, DeviceDirectoryData, 0, NULL, &Handles[i]); // expect-warning irql-too-high {{the IRQL here is DISPATCH_LEVEL}}
        KeReleaseSpinLock(&Slots[i].Lock, oldIrql);
    }
    IoGetDeviceDirectory(Slots[0].Pdo, DeviceDirectoryData, 0, NULL, &Handles[0]);
}
