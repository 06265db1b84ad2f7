// sizeof does not evaluate its operand, so 'sizeof(*data)' before the test is
// not a dereference: silent.
// expect-no-diagnostics
#include <wdm.h>

typedef struct _SIZE_DATA {
    ULONG Values[8];
} SIZE_DATA, *PSIZE_DATA;

static UCHAR SizeKey;

NTSTATUS SizeClear(PDRIVER_OBJECT DriverObject)
{
    PSIZE_DATA data = IoGetDriverObjectExtension(DriverObject, &SizeKey);
    SIZE_T size = sizeof(*data);
    SIZE_T count = sizeof(data->Values) / sizeof(data->Values[0]);

    if (data == NULL)
        return STATUS_UNSUCCESSFUL;
    RtlZeroMemory(data, size);
    return count ? STATUS_SUCCESS : STATUS_UNSUCCESSFUL;
}
