/* The helper has no annotation: it runs at the IRQL of its callers. */
#include "timers.h"

VOID SaveTimerState(PTIMER_EXTENSION Extension)
{
    HANDLE directory;

    if (NT_SUCCESS(IoGetDriverDirectory(Extension->Driver, DriverDirectoryData, 0, &directory))) // expect-warning irql-too-high {{'IoGetDriverDirectory' requires IRQL <= PASSIVE_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
        Extension->StateDirectory = directory;
}
