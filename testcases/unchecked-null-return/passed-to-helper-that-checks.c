// Helpers that test their parameter first, or never dereference it, are
// safe to call with the unchecked result: silent.
// expect-no-diagnostics
#include <wdm.h>

typedef struct _SAFE_DATA {
    ULONG Signature;
} SAFE_DATA, *PSAFE_DATA;

static UCHAR SafeKey;

static VOID SafeStamp(PSAFE_DATA Data)
{
    if (Data == NULL)
        return;
    Data->Signature = 'efaS';
}

static BOOLEAN SafeIsPresent(PSAFE_DATA Data)
{
    return Data != NULL;
}

static VOID SafeTrace(PVOID Data)
{
    DbgPrint("extension at %p\n", Data);
}

VOID SafeSetUp(PDRIVER_OBJECT DriverObject)
{
    PSAFE_DATA data = IoGetDriverObjectExtension(DriverObject, &SafeKey);

    SafeTrace(data);
    SafeStamp(data);
    if (!SafeIsPresent(data))
        return;
}
