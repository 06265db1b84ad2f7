/* Shared declarations of a driver whose DPC reaches a PASSIVE_LEVEL-only
 * DDI two calls away, in another file.  The DPC routine is declared here
 * without its role type: only its registration says it is a DPC. */
#pragma once
#include <ntddk.h>

typedef struct _REFRESH_EXTENSION {
    KDPC RefreshDpc;
    KEVENT Refreshed;
    PDRIVER_OBJECT Driver;
    HANDLE DataDirectory;
    ULONG Generation;
} REFRESH_EXTENSION, *PREFRESH_EXTENSION;

VOID RefreshDpcRoutine(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2);
VOID RefreshState(PREFRESH_EXTENSION Extension);
VOID ReopenDataDirectory(PREFRESH_EXTENSION Extension);
VOID SignalRefreshed(PREFRESH_EXTENSION Extension);
NTSTATUS SetUpRefresh(PDRIVER_OBJECT Driver, PREFRESH_EXTENSION Extension);
