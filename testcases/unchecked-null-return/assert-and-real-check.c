// An ASSERT documents the assumption; the real test below it is what keeps
// the free build safe: silent.
// expect-no-diagnostics
#include <wdm.h>

typedef struct _BOTH_DATA {
    ULONG Flags;
} BOTH_DATA, *PBOTH_DATA;

static UCHAR BothKey;

NTSTATUS BothChecks(PDRIVER_OBJECT DriverObject)
{
    PBOTH_DATA data = IoGetDriverObjectExtension(DriverObject, &BothKey);

    NT_ASSERT(data != NULL);
    if (data == NULL) {
        return STATUS_INVALID_DEVICE_STATE;
    }
    data->Flags |= 1;
    return STATUS_SUCCESS;
}
