/* A filter forwards IRPs down its stack and registers a completion routine
 * with IoSetCompletionRoutine.  The routine is declared without its role
 * type: the registration says it may run at DISPATCH_LEVEL. */
#pragma once
#include <ntddk.h>

typedef struct _FILTER_EXTENSION {
    PDEVICE_OBJECT LowerDevice;
    KEVENT ReadDone;
    HANDLE LogFile;
    volatile LONG Completed;
} FILTER_EXTENSION, *PFILTER_EXTENSION;

NTSTATUS FilterReadComplete(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context);
VOID CloseReadLog(PFILTER_EXTENSION Extension);
