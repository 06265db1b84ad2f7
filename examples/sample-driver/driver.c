/* A small example driver for ddicheck's quick start.  It makes one mistake of
 * each kind ddicheck finds; the comments say which. */
#include <ntddk.h>
#include <wdf.h>

typedef struct _SAMPLE_EXTENSION {
    ULONG OpenCount;
    KSPIN_LOCK Lock;
} SAMPLE_EXTENSION, *PSAMPLE_EXTENSION;

typedef struct _TIMER_CONTEXT {
    ULONG Ticks;
} TIMER_CONTEXT, *PTIMER_CONTEXT;
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(TIMER_CONTEXT, GetTimerContext)

DRIVER_INITIALIZE DriverEntry;
KDEFERRED_ROUTINE SampleDpc;

static ULONG SampleKey;

VOID SampleDpc(PKDPC Dpc, PVOID Context, PVOID Argument1, PVOID Argument2)
{
    HANDLE directory;
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Argument1);
    UNREFERENCED_PARAMETER(Argument2);
    /* Wrong: IoGetDriverDirectory is PASSIVE_LEVEL only and a DPC runs at DISPATCH_LEVEL. */
    IoGetDriverDirectory((PDRIVER_OBJECT)Context, DriverDirectoryData, 0, &directory);
}

NTSTATUS SampleAddContext(WDFTIMER Timer, WDFDEVICE Device)
{
    WDF_OBJECT_ATTRIBUTES attributes;
    PTIMER_CONTEXT context;
    WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(&attributes, TIMER_CONTEXT);
    /* Wrong: ParentObject must not be set for WdfObjectAllocateContext. */
    attributes.ParentObject = Device;
    return WdfObjectAllocateContext(Timer, &attributes, (PVOID *)&context);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    PSAMPLE_EXTENSION extension;
    ULONG localKey = 0;
    NTSTATUS status;
    UNREFERENCED_PARAMETER(RegistryPath);

    status = IoAllocateDriverObjectExtension(DriverObject, (PVOID)&SampleKey, sizeof(SAMPLE_EXTENSION),
                                             (PVOID *)&extension);
    if (!NT_SUCCESS(status))
        return status;

    /* Wrong: a stack address is not a unique key. */
    extension = IoGetDriverObjectExtension(DriverObject, &localKey);

    extension = IoGetDriverObjectExtension(DriverObject, (PVOID)&SampleKey);
    /* Wrong: the result may be NULL. */
    extension->OpenCount = 0;
    KeInitializeSpinLock(&extension->Lock);
    return STATUS_SUCCESS;
}
