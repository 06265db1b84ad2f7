/* Connecting the interrupt happens at PASSIVE_LEVEL. */
#include "device.h"

NTSTATUS DeviceConnect(PDEVICE_OBJECT DeviceObject, ULONG Vector, KIRQL Irql, KAFFINITY Affinity)
{
    PDEVICE_EXTENSION extension = (PDEVICE_EXTENSION)DeviceObject->DeviceExtension;

    KeInitializeEvent(&extension->DataReady, SynchronizationEvent, FALSE);
    IoInitializeDpcRequest(DeviceObject, DeviceDpcForIsr); // expect-note irql-too-high {{'DeviceDpcForIsr' is registered as a DpcForIsr routine (IO_DPC_ROUTINE) here, which runs at DISPATCH_LEVEL}}
    /* One note for each of the two findings in the ISR. */
    // expect-note@+2 irql-too-high {{'DeviceIsr' is registered as an interrupt service routine (KSERVICE_ROUTINE) here, which runs at DIRQL}}
    // expect-note@+1 irql-too-high {{'DeviceIsr' is registered as an interrupt service routine (KSERVICE_ROUTINE) here, which runs at DIRQL}}
    return IoConnectInterrupt(&extension->Interrupt, DeviceIsr, DeviceObject, NULL, Vector, Irql, Irql,
                              LevelSensitive, TRUE, Affinity, FALSE);
}
