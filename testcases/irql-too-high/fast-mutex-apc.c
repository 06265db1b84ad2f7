/* ExAcquireFastMutex raises to APC_LEVEL: a PASSIVE_LEVEL-only DDI cannot
 * be called while the fast mutex is held.  A work item routine runs at
 * PASSIVE_LEVEL, so the call after the release is fine. */
#include <ntddk.h>

typedef struct _WORK_CONTEXT {
    FAST_MUTEX Mutex;
    PDRIVER_OBJECT Driver;
    HANDLE Directory;
} WORK_CONTEXT, *PWORK_CONTEXT;

IO_WORKITEM_ROUTINE OpenDirectoryWork;

VOID OpenDirectoryWork(PDEVICE_OBJECT DeviceObject, PVOID Context)
{
    PWORK_CONTEXT work = (PWORK_CONTEXT)Context;
    HANDLE directory;

    UNREFERENCED_PARAMETER(DeviceObject);

    ExAcquireFastMutex(&work->Mutex); // expect-note irql-too-high {{IRQL raised to APC_LEVEL by 'ExAcquireFastMutex' here}}
    IoGetDriverDirectory(work->Driver, DriverDirectoryData, 0, &work->Directory); // expect-warning irql-too-high {{'IoGetDriverDirectory' requires IRQL <= PASSIVE_LEVEL, but the IRQL here is APC_LEVEL}}
    ExReleaseFastMutex(&work->Mutex);

    if (NT_SUCCESS(IoGetDriverDirectory(work->Driver, DriverDirectoryImage, 0, &directory)))
        ZwClose(directory);
}
