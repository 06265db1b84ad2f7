/* The idioms of the peer suite's IRQL-too-high tests, in our own words:
 * an explicit KeRaiseIrql before a call to a PASSIVE_LEVEL function, a call
 * to an APC_LEVEL function at the end of an unannotated chain entered at
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

/* 1. Raised explicitly, then a PASSIVE_LEVEL function. */
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
    ApcWork(); // expect-warning irql-too-high {{'ApcWork' requires IRQL <= APC_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
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

    KeRaiseIrql(DISPATCH_LEVEL, &oldIrql); // expect-note irql-too-high {{IRQL raised to DISPATCH_LEVEL by 'KeRaiseIrql' here}}
    ChainFirst(); // expect-note irql-too-high {{'RaiseThenCallChain' calls 'ChainFirst' here, at DISPATCH_LEVEL}}
    KeLowerIrql(oldIrql);
}

/* 3. An APC_LEVEL function calling a PASSIVE_LEVEL one. */
_IRQL_requires_(APC_LEVEL) // expect-note irql-too-high {{'ApcCallsPassive' is annotated _IRQL_requires_(APC_LEVEL)}}
VOID ApcCallsPassive(void)
{
    PassiveWork(); // expect-warning irql-too-high {{'PassiveWork' requires IRQL <= PASSIVE_LEVEL, but the IRQL here is APC_LEVEL}}
}

/* Negatives: each function called at a level it allows. */
VOID CallsWithinLimits(void)
{
    KIRQL oldIrql;

    PassiveWork();
    KeRaiseIrql(APC_LEVEL, &oldIrql);
    ApcWork();
    KeLowerIrql(oldIrql);
}
