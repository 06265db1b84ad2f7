#include <ntddk.h>
/* A static local lives as long as the driver: its address is a good key. */
// expect-no-diagnostics

typedef struct _FILTER_GLOBALS {
    ULONG Instances;
} FILTER_GLOBALS, *PFILTER_GLOBALS;

NTSTATUS AllocateFilterGlobals(PDRIVER_OBJECT DriverObject)
{
    static ULONG filterKey;
    static UCHAR keyBytes[1];
    static struct {
        ULONG A;
        ULONG B;
    } keyPair;
    PFILTER_GLOBALS globals;
    NTSTATUS status;

    status = IoAllocateDriverObjectExtension(DriverObject, &filterKey, sizeof(FILTER_GLOBALS), (PVOID *)&globals);
    if (!NT_SUCCESS(status))
        return status;
    status = IoAllocateDriverObjectExtension(DriverObject, keyBytes, 8, (PVOID *)&globals);
    if (!NT_SUCCESS(status))
        return status;
    status = IoAllocateDriverObjectExtension(DriverObject, &keyPair.B, 8, (PVOID *)&globals);
    if (!NT_SUCCESS(status))
        return status;
    globals = IoGetDriverObjectExtension(DriverObject, &filterKey);
    return globals ? STATUS_SUCCESS : STATUS_UNSUCCESSFUL;
}
