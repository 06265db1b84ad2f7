// The result is only compared with NULL (is the extension there yet?), never
// dereferenced: silent.
// expect-no-diagnostics
#include <wdm.h>

static UCHAR CompareKey;

NTSTATUS CompareAllocateOnce(PDRIVER_OBJECT DriverObject)
{
    PVOID data;

    if (IoGetDriverObjectExtension(DriverObject, &CompareKey) != NULL) {
        return STATUS_OBJECT_NAME_COLLISION;
    }
    return IoAllocateDriverObjectExtension(DriverObject, &CompareKey, sizeof(ULONG), &data);
}

BOOLEAN CompareIsPresent(PDRIVER_OBJECT DriverObject)
{
    PVOID data = IoGetDriverObjectExtension(DriverObject, &CompareKey);
    BOOLEAN present = (data != NULL);

    return present;
}

BOOLEAN CompareSameObject(PDRIVER_OBJECT DriverObject, PVOID Expected)
{
    return IoGetDriverObjectExtension(DriverObject, &CompareKey) == Expected;
}
