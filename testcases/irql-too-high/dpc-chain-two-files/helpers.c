/* Helpers without annotations run at the IRQL of their callers: the DPC
 * reaches ReopenDataDirectory through RefreshState. */
#include "refresh.h"

VOID RefreshState(PREFRESH_EXTENSION Extension)
{
    ReopenDataDirectory(Extension); // expect-note irql-too-high {{'RefreshState' calls 'ReopenDataDirectory' here, at DISPATCH_LEVEL}}
    SignalRefreshed(Extension);
}

VOID ReopenDataDirectory(PREFRESH_EXTENSION Extension)
{
    HANDLE directory;

    /* A DDI allowed at DISPATCH_LEVEL: silent. */
    KeClearEvent(&Extension->Refreshed);

    if (NT_SUCCESS(IoGetDriverDirectory(Extension->Driver, DriverDirectoryData, 0, &directory))) // expect-warning irql-too-high {{'IoGetDriverDirectory' requires IRQL <= PASSIVE_LEVEL, but the IRQL here is DISPATCH_LEVEL; call it from PASSIVE_LEVEL code, such as a work item}}
        Extension->DataDirectory = directory;
}

VOID SignalRefreshed(PREFRESH_EXTENSION Extension)
{
    /* Wait == FALSE: allowed at DISPATCH_LEVEL. */
    KeSetEvent(&Extension->Refreshed, IO_NO_INCREMENT, FALSE);
}
