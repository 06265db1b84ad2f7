// The helper does not dereference its parameter itself but hands it to a
// second helper that does.
#include <wdm.h>

typedef struct _CHAIN_DATA {
    ULONG Count;
} CHAIN_DATA, *PCHAIN_DATA;

static UCHAR ChainKey;

static VOID ChainReset(PCHAIN_DATA Data)
{
    Data->Count = 0; // expect-note unchecked-null-return {{'ChainReset' dereferences its parameter here without a NULL check}}
}

static VOID ChainPrepare(PCHAIN_DATA Data)
{
    ChainReset(Data); // expect-note unchecked-null-return {{'ChainPrepare' passes its parameter to 'ChainReset' here, which dereferences it}}
}

VOID ChainStart(PDRIVER_OBJECT DriverObject)
{
    PCHAIN_DATA data = IoGetDriverObjectExtension(DriverObject, &ChainKey); // expect-note unchecked-null-return {{'data' is assigned the result of 'IoGetDriverObjectExtension' here}}

    ChainPrepare(data); // expect-warning unchecked-null-return {{'data' from 'IoGetDriverObjectExtension' may be NULL here and 'ChainPrepare' dereferences it}}
}
