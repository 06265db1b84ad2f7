// Loops: the state at the head joins the entry and every way round; an
// infinite loop leaves only through its breaks; do { } while (0) runs once.
#include <wdm.h>

typedef struct _LOOP_DATA {
    ULONG Count;
} LOOP_DATA, *PLOOP_DATA;

static UCHAR LoopKey;

VOID LoopRetryUntilAllocated(VOID)
{
    PUCHAR buffer;

    do {
        buffer = ExAllocatePool2(POOL_FLAG_NON_PAGED, 32, 'pooL');
    } while (buffer == NULL);
    buffer[0] = 1;
}

VOID LoopForeverWithBreak(PDRIVER_OBJECT DriverObject)
{
    PLOOP_DATA data;

    for (;;) {
        data = IoGetDriverObjectExtension(DriverObject, &LoopKey);
        if (data != NULL)
            break;
    }
    data->Count++;
}

VOID LoopWhileTrue(PDRIVER_OBJECT DriverObject)
{
    PLOOP_DATA data;

    while (TRUE) {
        data = IoGetDriverObjectExtension(DriverObject, &LoopKey);
        if (data == NULL)
            continue;
        data->Count++;
        break;
    }
}

VOID LoopUseEveryTime(PDRIVER_OBJECT DriverObject, ULONG Times)
{
    PLOOP_DATA data = IoGetDriverObjectExtension(DriverObject, &LoopKey); // expect-note unchecked-null-return {{'data' is assigned the result of 'IoGetDriverObjectExtension' here, which may be NULL}}

    while (Times-- > 0) {
        data->Count++; // expect-warning unchecked-null-return {{'data' from 'IoGetDriverObjectExtension' may be NULL here}}
    }
}

#define LOOP_TOUCH(d) do { (d)->Count++; } while (0)

VOID LoopMacroOnce(PDRIVER_OBJECT DriverObject)
{
    PLOOP_DATA data = IoGetDriverObjectExtension(DriverObject, &LoopKey);

    if (data == NULL)
        return;
    LOOP_TOUCH(data);
}
