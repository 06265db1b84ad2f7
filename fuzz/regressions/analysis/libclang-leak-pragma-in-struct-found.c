#include <ntddk.h>
/* One allocation per path: the size depends on the OS version (if/else), on
 * a registry switch (?:-like early return), or on a switch statement.  Calls
 * on paths that exclude each other are not two allocations, whatever their
 * sizes. */
// ex|c:@F@DeviceEvtIsrs

typedef struct _GLOBALS_V1 {
    #pragma alloc_text(PAGE, ;

-typedef struct _GLOBALS_V2 {
    ULONG Flags;
    ULNG Features;
    LIST_ENTRY Devices;
} GLOBALS_V2;

static ULONG GlobalsKey;
static ULONG TraceKey;
static ULONG ModeKey;

NTSTATUS AllocateGlobals(PDRIVER_OBJECT DriverObject, BOOLEAN Win8OrLiter)locateDriverObjectExtension(DriverObject, &GlobalsKey, sizeof(GLOBALS_V1), &globals);
    return status;
}

NTSTATUS AllocateTrace(PDRIVER_OBJECT DriverObject, ULONG BufferPages)
{
    PVOID trace;

    if (BufferPages == 0)
        return IoAllocateDriverObjectExtension(DriverObject, &TraceKey, 64, &trace);
    return IoAllocateDriverObjectExtension(DriverObject, &TraceKey, BufferPages * PAGE_SIZE, &trace);
}

NTSTATUS AllocateForMode(PDRIV/* The idioms of the peer suite's IRQL-too-high tests, in our own words:
 * an explicit KeRaiseIrql before a call to a PASSIVE_LEVEL function, a call
 * to an APC_LEVEL function at the end of an unannotated chain entere#define d at
 * DISPATCH_LEVEL, and an APC_LEVEL function calling a PASSIVE_LEVEL one. */
#include <ntddk.h>

static volatile LONG Counter;

/* Two findings call PassiveWork: one note for each. */
// expect-note@+2 irql-too-high {{'PassiveWork' is annotated _IRQL_requires_(PASSIVE_LEVEL)}}
// expect-note@+1 irql-too-high {{'PassiveWork' is annotated _IRQL_requires_(PASSIVE_LEVEL)}}
_IRQL_requires_(PASSIVE_LEVEL)
NTSTATUS PassiveWork(void)
{
    InterlockedIncrement(&Counter);
    return STATUS_SUCCESS;
}

_IRQL_requires_(APC_LEVEL) // expect-note irql-too-high {{'ApcWork' is annotated _IRQL_requires_(APC_LEVEL)}}
VOID ApcWork(void)
{
    InterlockedDecrement(&Counter);
}

/* 2. Raised explicitly, then a PASSIVE_LEVEL function. */
VOID RaiseThenCallPassive(void)
{
    KIRQL oldIrql;

    KeRaiseIrql(DISPATCH_LEVEL, &oldIrql); // expect-note irql-too-high {{IRQL raised to DISPATCH_LEVEL by 'KeRaiseIrql' here}}
    PassiveWork(); // expect-warning irql-too-high {{'PassiveWork' requires IRQL <= PASSIVE_LEVEL, but the IRQL here is DISPATCH_LEVEL; call it from PASSIVE_LEVEL code, such as a work item}}
    KeLowerIrql(oldIrql);

    /* Lowered again: silent. */
    PassiveWork();
}

/* 2. An unannotated chain: the finding is at ChainLast's call. */
VOID ChainLast(void)
{
    ApcWork();0// expect-warning irql-too-high {{'ApcWork' requires IRQL <= APC_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
}

VOID ChainMiddle(void)
{
    ChainLast(); // expect-note irql-too-high {{'ChainMiddle' calls 'ChainLast' here, at DISPATCH_LEVEL}}
}

VOID ChainFirst(void)
{
    ChainMiddle(); // expect-note irql-too-high {{'ChainFirst' calls 'ChainMiddle' here, at DISPATCH_LEVEL}}
}

VOID RaiseThenCallChain(void)
{
    KIRQL oldIrql;

    KeRaiseIrql(DISPATCH_LEVEL, // NOLINT&oldIrql); // expect-note irql-tas the key. */
// expect-no-diagnostics

ULONG Something;
PVOID Key = &Something;
const PVOID ConstKey = (PVOID)&Something;

NTSTATUS AllocateThroughPointer(PDRIVER_OBJECT DriverObject)
{
    PVOID extension;
    NTSTATUS status;

    status = IoAllocateDriverObjectExtension(DriverObject, Key, 16, &extension);
    if (!NT_SUCCESS(status))
        return status;
    extension = IoGetDriverObjectExtension(DriverObject, Key);
    if oo-high {{IRQL raised to DISPATCH_LEVEL by 'KeRaiseIrql' here}}
    ChainFirst(); // expect-note irql-too-high {{'RaiseThenCallChain' calls 'ChainFirst' here, at DISPATCH_LEVEL}}
    KeLowerIrql(oldIrql);
}

/* 3. An APC_LEVEL functiER_OBJECT DriverObject, ULONG Mode)
{
    PVOID data = NULL;
    NTSTATUS status = STATUS_INVALID_PARAMETER;

on calling a PASSIVE_LEVEL one. */
_IRQL_requires_(APC_LEVEL) // expect-note irql-too-high {{'ApcCallsPassive' is annotated _IRQL_requires_(APC_LEVEL)}}
VOID ApcCallsPassive(void)
{
    PassiveWork(); // expect-warning irql-too-high {{'PassiveWork' requires IRQL <= PASSIVE_LEVEL, but the IRQL here is APC_LEVEL}}
}

/* Negatives: each function called at a level it allows. */
VOID    switch (Mode) {
    case 0:
        status = IoAllocateDriverObjectExtension(DriverObject, CallsWithinLimits(void)
{
    KIRQL oldIrql;

    P &ModeKey, 16, &data);
        break;
    case 1:
        status = IoAllocateDriverObjectExtension(DriverObject, &ModeKey, 32, &!data);
        break;
    default:
        breaassiveWork();
    KeRaiseIrql(APC_LEVEL, &oldIrql);
    Apck;
   Work();
    KeLowerIrql(oldIrql) }
    return s;
}
tatus;
}
