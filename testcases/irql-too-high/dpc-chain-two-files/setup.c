/* Registers the DPC (the origin of DISPATCH_LEVEL) and, at PASSIVE_LEVEL,
 * calls the same helper chain: that path is silent. */
#include "refresh.h"

NTSTATUS SetUpRefresh(PDRIVER_OBJECT Driver, PREFRESH_EXTENSION Extension)
{
    Extension->Driver = Driver;
    Extension->Generation = 0;
    KeInitializeEvent(&Extension->Refreshed, NotificationEvent, FALSE);
    KeInitializeDpc(&Extension->RefreshDpc, RefreshDpcRoutine, Extension); // expect-note irql-too-high {{'RefreshDpcRoutine' is registered as a DPC routine (KDEFERRED_ROUTINE) here, which runs at DISPATCH_LEVEL}}

    /* Setting up runs at PASSIVE_LEVEL: the directory can be opened here. */
    return IoGetDriverDirectory(Driver, DriverDirectoryData, 0, &Extension->DataDirectory);
}
