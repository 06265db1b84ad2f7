#include <ntddk.h>
/* A global pointer with external linkage that this file never assigns: other
 * files of the driver may assign it, so, analysed alone, its initialiser is
 * not taken as the key (see the folder global-pointer-across-units for the
 * whole driver). */
// expect-no-diagnostics

PVOID SharedKey = (PVOID)'KEY1';

PVOID GetShared(PDRIVER_OBJECT DriverObject)
{
    return IoGetDriverObjectExtension(DriverObject, SharedKey);
}
