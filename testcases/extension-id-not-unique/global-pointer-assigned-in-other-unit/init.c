#include <ntddk.h>

extern PVOID FilterContextKey;
static UCHAR FilterContextTag;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    PVOID context;

    UNREFERENCED_PARAMETER(RegistryPath);
    FilterContextKey = &FilterContextTag;
    return IoAllocateDriverObjectExtension(DriverObject, FilterContextKey, 64, &context);
}
