// The NULL test jumps to a cleanup label; the use below it is safe.
// expect-no-diagnostics
#include <wdm.h>

typedef struct _GOTO_DATA {
    PDEVICE_OBJECT ControlDevice;
    ULONG Users;
} GOTO_DATA, *PGOTO_DATA;

static UCHAR GotoKey;

NTSTATUS GotoCreateControl(PDRIVER_OBJECT DriverObject)
{
    NTSTATUS status = STATUS_SUCCESS;
    PGOTO_DATA data;

    data = IoGetDriverObjectExtension(DriverObject, &GotoKey);
    if (data == NULL) {
        status = STATUS_UNSUCCESSFUL;
        goto fail;
    }

    status = IoCreateDevice(DriverObject, 0, NULL, FILE_DEVICE_UNKNOWN, 0, FALSE, &data->ControlDevice);
    if (!NT_SUCCESS(status))
        goto fail;
    data->Users = 0;

fail:
    return status;
}

VOID GotoAddUser(PDRIVER_OBJECT DriverObject)
{
    PGOTO_DATA data = IoGetDriverObjectExtension(DriverObject, &GotoKey);

    if (!data)
        goto Exit;
    InterlockedIncrement((volatile LONG *)&data->Users);
Exit:
    return;
}
