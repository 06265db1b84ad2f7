#ifndef KEYS_H
#define KEYS_H
#include <ntddk.h>

typedef struct _DRIVER_KEYS {
    UCHAR Globals;
    UCHAR Trace;
} DRIVER_KEYS;

extern DRIVER_KEYS DriverKeys;
extern PVOID const TraceKey;

NTSTATUS AllocateExtension(PDRIVER_OBJECT DriverObject, PVOID Key, ULONG Size);
#endif
