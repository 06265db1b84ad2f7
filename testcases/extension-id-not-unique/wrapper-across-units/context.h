#ifndef CONTEXT_H
#define CONTEXT_H
#include <ntddk.h>

/* Allocates a per-driver context under Key (context.c). */
NTSTATUS AllocateDriverContext(PDRIVER_OBJECT DriverObject, PVOID Key, ULONG Size, PVOID *Context);

extern ULONG DeviceListKey;

typedef struct _DEVICE_LIST {
    LIST_ENTRY Head;
    KSPIN_LOCK Lock;
} DEVICE_LIST;

typedef struct _DRIVER_POWER_DATA {
    ULONG State;
} DRIVER_POWER_DATA;
#endif
