#include <ntddk.h>
/* Two components allocate the same shared extension; the second one expects
 * the collision and gets the existing extension instead.  Same size: not a
 * bug. */
// expect-no-diagnostics

typedef struct _SHARED_STATE {
    LONG References;
} SHARED_STATE, *PSHARED_STATE;

static ULONG SharedStateKey;

NTSTATUS DiskPartInitialize(PDRIVER_OBJECT DriverObject)
{
    PSHARED_STATE state;
    return IoAllocateDriverObjectExtension(DriverObject, &SharedStateKey, sizeof(SHARED_STATE), (PVOID *)&state);
}

NTSTATUS VolumePartInitialize(PDRIVER_OBJECT DriverObject)
{
    PSHARED_STATE state;
    NTSTATUS status =
        IoAllocateDriverObjectExtension(DriverObject, &SharedStateKey, sizeof(SHARED_STATE), (PVOID *)&state);

    switch (status) {
    case STATUS_SUCCESS:
        state->References = 1;
        break;
    case STATUS_OBJECT_NAME_COLLISION:
        state = IoGetDriverObjectExtension(DriverObject, &SharedStateKey);
        if (!state)
            return STATUS_UNSUCCESSFUL;
        InterlockedIncrement(&state->References);
        status = STATUS_SUCCESS;
        break;
    default:
        break;
    }
    return status;
}
