#ifndef GLOBALS_H
#define GLOBALS_H
#include <ntddk.h>

extern ULONG GlobalsKey;

typedef struct _GLOBALS {
    ULONG Flags;
} GLOBALS, *PGLOBALS;

/* An inline helper in a header: every file that includes it sees the same
 * allocation, which is one allocation, not one per file. */
static __inline NTSTATUS AllocateGlobals(PDRIVER_OBJECT DriverObject, PGLOBALS *Globals)
{
    return IoAllocateDriverObjectExtension(DriverObject, &GlobalsKey, sizeof(GLOBALS), (PVOID *)Globals);
}
#endif
