#include "globals.h"
/* The allocation is in a header's inline function; the Get in another file
 * finds it. */
// expect-no-diagnostics

ULONG GlobalsKey;

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    PGLOBALS globals;
    UNREFERENCED_PARAMETER(RegistryPath);
    return AllocateGlobals(DriverObject, &globals);
}
