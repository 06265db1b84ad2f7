#include <ntddk.h>
/* The bus driver of two-drivers (see ../filter/driver.c). */

NTSTATUS BusAllocateExtension(PDRIVER_OBJECT DriverObject, PVOID Key)
{
    PVOID extension;

    return IoAllocateDriverObjectExtension(DriverObject, Key, 16, &extension);
}
