/* A control-code switch inside a spin-locked region: every case is reached
 * with the lock held. */
#include <ntddk.h>

#define IOCTL_SAMPLE_RESET CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_SAMPLE_DUMP  CTL_CODE(FILE_DEVICE_UNKNOWN, 0x801, METHOD_BUFFERED, FILE_ANY_ACCESS)

typedef struct _SAMPLE_EXTENSION {
    KSPIN_LOCK Lock;
    ULONG Resets;
    PDEVICE_OBJECT Pdo;
} SAMPLE_EXTENSION, *PSAMPLE_EXTENSION;

NTSTATUS HandleControl(PSAMPLE_EXTENSION Extension, ULONG Code, PHANDLE State)
{
    NTSTATUS status = STATUS_SUCCESS;
    KIRQL oldIrql;

    KeAcquireSpinLock(&Extension->Lock, &oldIrql); // expect-note irql-too-high {{IRQL raised to DISPATCH_LEVEL by 'KeAcquireSpinLock' here}}
    switch (Code) {
    case IOCTL_SAMPLE_RESET:
        Extension->Resets++;
        break;
    case IOCTL_SAMPLE_DUMP:
        status = IoGetDeviceDirectory(Extension->Pdo, DeviceDirectoryData, 0, NULL, State); // expect-warning irql-too-high {{'IoGetDeviceDirectory' requires IRQL <= PASSIVE_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
        break;
    default:
        status = STATUS_INVALID_DEVICE_REQUEST;
        break;
    }
    KeReleaseSpinLock(&Extension->Lock, oldIrql);
    return status;
}
