/* A KMDF driver that asks for WdfExecutionLevelPassive on its device: the
 * framework then calls its I/O queue callbacks at PASSIVE_LEVEL, so a wait
 * lock there is fine.  A KMDF DPC still runs at DISPATCH_LEVEL. */
#include <ntddk.h>
#include <wdf.h>

typedef struct _PASSIVE_CONTEXT {
    WDFWAITLOCK StateLock;
    ULONG Count;
} PASSIVE_CONTEXT, *PPASSIVE_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(PASSIVE_CONTEXT, PassiveGetContext)

EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL PassiveIoDeviceControl;
EVT_WDF_DPC PassiveDpc; // expect-note irql-too-high {{'PassiveDpc' is a KMDF DPC callback (EVT_WDF_DPC), which runs at DISPATCH_LEVEL}}

VOID PassiveIoDeviceControl(WDFQUEUE Queue, WDFREQUEST Request, size_t OutputBufferLength,
                            size_t InputBufferLength, ULONG IoControlCode)
{
    PPASSIVE_CONTEXT context = PassiveGetContext(WdfIoQueueGetDevice(Queue));

    UNREFERENCED_PARAMETER(OutputBufferLength);
    UNREFERENCED_PARAMETER(InputBufferLength);
    UNREFERENCED_PARAMETER(IoControlCode);

    WdfWaitLockAcquire(context->StateLock, NULL);
    context->Count++;
    WdfWaitLockRelease(context->StateLock);
    WdfRequestComplete(Request, STATUS_SUCCESS);
}

VOID PassiveDpc(WDFDPC Dpc)
{
    PPASSIVE_CONTEXT context = PassiveGetContext(WdfDpcGetParentObject(Dpc));

    WdfWaitLockAcquire(context->StateLock, NULL); // expect-warning irql-too-high {{'WdfWaitLockAcquire' requires IRQL <= PASSIVE_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
    // expect-note@-1 irql-too-high {{'WdfWaitLockAcquire' allows at most PASSIVE_LEVEL when 'Timeout' is NULL}}
    WdfWaitLockRelease(context->StateLock);
}

NTSTATUS PassiveCreateDevice(PWDFDEVICE_INIT DeviceInit)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    WDF_IO_QUEUE_CONFIG queueConfig;
    WDFDEVICE device;
    NTSTATUS status;

    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, PASSIVE_CONTEXT);
    attributes.ExecutionLevel = WdfExecutionLevelPassive;
    status = WdfDeviceCreate(&DeviceInit, &attributes, &device);
    if (!NT_SUCCESS(status))
        return status;

    WDF_IO_QUEUE_CONFIG_INIT_DEFAULT_QUEUE(&queueConfig, WdfIoQueueDispatchSequential);
    queueConfig.EvtIoDeviceControl = PassiveIoDeviceControl;
    return WdfIoQueueCreate(device, &queueConfig, WDF_NO_OBJECT_ATTRIBUTES, WDF_NO_HANDLE);
}
