/* KeSetEvent with Wait == TRUE must be called at IRQL <= APC_LEVEL (the
 * caller goes on to wait); with Wait == FALSE it is allowed at
 * DISPATCH_LEVEL.  Only the TRUE call in the DPC and under the lock is a
 * finding. */
#include <ntddk.h>

typedef struct _HANDSHAKE {
    KSPIN_LOCK Lock;
    KEVENT Request;
    KEVENT Reply;
    ULONG Sequence;
} HANDSHAKE, *PHANDSHAKE;

KDEFERRED_ROUTINE HandshakeDpc; // expect-note irql-too-high {{'HandshakeDpc' is a DPC routine (KDEFERRED_ROUTINE), which runs at DISPATCH_LEVEL}}

VOID HandshakeDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PHANDSHAKE handshake = (PHANDSHAKE)DeferredContext;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    KeSetEvent(&handshake->Reply, IO_NO_INCREMENT, FALSE);
    KeSetEvent(&handshake->Request, IO_NO_INCREMENT, TRUE); // expect-warning irql-too-high {{'KeSetEvent' requires IRQL <= APC_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
    // expect-note@-1 irql-too-high {{'KeSetEvent' allows at most APC_LEVEL when 'Wait' is nonzero}}
}

VOID HandshakeSignal(PHANDSHAKE Handshake)
{
    KIRQL oldIrql;

    KeAcquireSpinLock(&Handshake->Lock, &oldIrql); // expect-note irql-too-high {{IRQL raised to DISPATCH_LEVEL by 'KeAcquireSpinLock' here}}
    Handshake->Sequence++;
    KeSetEvent(&Handshake->Reply, IO_NO_INCREMENT, FALSE);
    KeSetEvent(&Handshake->Request, IO_NO_INCREMENT, TRUE); // expect-warning irql-too-high {{'KeSetEvent' requires IRQL <= APC_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
    // expect-note@-1 irql-too-high {{'KeSetEvent' allows at most APC_LEVEL when 'Wait' is nonzero}}
    KeReleaseSpinLock(&Handshake->Lock, oldIrql);

    /* At the caller's IRQL again: silent. */
    KeSetEvent(&Handshake->Request, IO_NO_INCREMENT, TRUE);
    KeWaitForSingleObject(&Handshake->Reply, Executive, KernelMode, FALSE, NULL);
}
