/* A driver whose three DPCs (two in dpcs.c, one in watchdog.c) each call a
 * helper in state.c that opens a directory, which only PASSIVE_LEVEL code
 * may do.  The finding explains the IRQL with the first call that forces
 * it: the first in the source, and in the first file of the compilation
 * database.  So the per-file facts must be joined in that order, whatever
 * order the files are analysed in. */
#pragma once
#include <ntddk.h>

typedef struct _TIMER_EXTENSION {
    KDPC Dpc;
    PDRIVER_OBJECT Driver;
    HANDLE StateDirectory;
} TIMER_EXTENSION, *PTIMER_EXTENSION;

VOID SaveTimerState(PTIMER_EXTENSION Extension);
