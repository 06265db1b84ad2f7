/* _IRQL_requires_max_(APC_LEVEL): a PASSIVE_LEVEL-only DDI may be called at
 * APC_LEVEL; a DDI allowed up to APC_LEVEL is fine. */
#include <ntddk.h>

_IRQL_requires_max_(APC_LEVEL) // expect-note irql-too-high {{'OpenDeviceState' is annotated _IRQL_requires_max_(APC_LEVEL)}}
NTSTATUS OpenDeviceState(PDEVICE_OBJECT Pdo, PFAST_MUTEX Mutex, PHANDLE State)
{
    NTSTATUS status;

    ExAcquireFastMutex(Mutex);
    ExReleaseFastMutex(Mutex);
    status = IoGetDeviceDirectory(Pdo, DeviceDirectoryData, 0, NULL, State); // expect-warning irql-too-high {{'IoGetDeviceDirectory' requires IRQL <= PASSIVE_LEVEL, but the IRQL here may be APC_LEVEL}}
    return status;
}
