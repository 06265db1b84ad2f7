/* A legacy device connects its ISR with IoConnectInterrupt and its
 * DpcForIsr with IoInitializeDpcRequest; both are declared here without
 * their role types. */
#pragma once
#include <ntddk.h>

typedef struct _DEVICE_EXTENSION {
    PKINTERRUPT Interrupt;
    PUCHAR Registers;
    KEVENT DataReady;
    HANDLE LogFile;
    PIRP CurrentIrp;
    ULONG Interrupts;
} DEVICE_EXTENSION, *PDEVICE_EXTENSION;

BOOLEAN DeviceIsr(PKINTERRUPT Interrupt, PVOID ServiceContext);
VOID DeviceDpcForIsr(PDEVICE_OBJECT DeviceObject, PIRP Irp, PVOID Context);
NTSTATUS DeviceConnect(PDEVICE_OBJECT DeviceObject, ULONG Vector, KIRQL Irql, KAFFINITY Affinity);

_IRQL_requires_max_(DISPATCH_LEVEL) // expect-note irql-too-high {{'NotifyWaiters' is annotated _IRQL_requires_max_(DISPATCH_LEVEL)}}
VOID NotifyWaiters(PDEVICE_EXTENSION Extension);
