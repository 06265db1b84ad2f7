/* DDIs allowed at DISPATCH_LEVEL called from code at DISPATCH_LEVEL. */
#include <ntddk.h>

typedef struct _DPC_CONTEXT {
    KSPIN_LOCK Lock;
    PDRIVER_OBJECT Driver;
    ULONG Hits;
} DPC_CONTEXT, *PDPC_CONTEXT;

KDEFERRED_ROUTINE CountDpc;

VOID CountDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PDPC_CONTEXT context = (PDPC_CONTEXT)DeferredContext;
    KLOCK_QUEUE_HANDLE handle;
    KIRQL oldIrql;
    PVOID extension;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    KeAcquireSpinLockAtDpcLevel(&context->Lock);
    context->Hits++;
    KeReleaseSpinLockFromDpcLevel(&context->Lock);

    KeAcquireSpinLock(&context->Lock, &oldIrql);
    context->Hits++;
    KeReleaseSpinLock(&context->Lock, oldIrql);

    KeAcquireInStackQueuedSpinLockAtDpcLevel(&context->Lock, &handle);
    extension = IoGetDriverObjectExtension(context->Driver, (PVOID)CountDpc);
    KeReleaseInStackQueuedSpinLockFromDpcLevel(&handle);
    if (extension)
        context->Hits++;
}

// expect-no-diagnostics
