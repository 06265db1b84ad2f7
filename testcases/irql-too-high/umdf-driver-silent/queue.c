/* A UMDF 2 driver (its project file says <DriverType>UMDF</DriverType>) runs
 * in user mode, where every callback is at PASSIVE_LEVEL: the I/O queue
 * callback that may run at DISPATCH_LEVEL in a KMDF driver is not checked. */
#include <ntddk.h>
#include <wdf.h>

typedef struct _ECHO_CONTEXT {
    WDFWAITLOCK StateLock;
    ULONG Count;
} ECHO_CONTEXT, *PECHO_CONTEXT;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(ECHO_CONTEXT, EchoGetContext)

EVT_WDF_IO_QUEUE_IO_DEVICE_CONTROL EchoIoDeviceControl;

VOID EchoIoDeviceControl(WDFQUEUE Queue, WDFREQUEST Request, size_t OutputBufferLength,
                         size_t InputBufferLength, ULONG IoControlCode)
{
    PECHO_CONTEXT context = EchoGetContext(WdfIoQueueGetDevice(Queue));

    UNREFERENCED_PARAMETER(OutputBufferLength);
    UNREFERENCED_PARAMETER(InputBufferLength);
    UNREFERENCED_PARAMETER(IoControlCode);

    WdfWaitLockAcquire(context->StateLock, NULL);
    context->Count++;
    WdfWaitLockRelease(context->StateLock);
    WdfRequestComplete(Request, STATUS_SUCCESS);
}

// expect-no-diagnostics
