/* A class library's header: its per-driver data is keyed by the address of
 * its initialisation routine. */
#ifndef CLASSLIB_H
#define CLASSLIB_H
#include <ntddk.h>

typedef struct _LIB_INIT_DATA {
    ULONG Size;
    PDRIVER_ADD_DEVICE ClassAddDevice;
} LIB_INIT_DATA, *PLIB_INIT_DATA;

typedef struct _LIB_DRIVER_EXTENSION {
    LIB_INIT_DATA InitData;
    UNICODE_STRING RegistryPath;
} LIB_DRIVER_EXTENSION, *PLIB_DRIVER_EXTENSION;

NTSTATUS LibInitialize(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath, PLIB_INIT_DATA InitData);

#define LIB_DRIVER_EXTENSION_KEY ((PVOID)LibInitialize)

#endif
