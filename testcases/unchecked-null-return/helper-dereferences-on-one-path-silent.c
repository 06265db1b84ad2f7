// A helper that dereferences its parameter on one path only does not
// dereference it on every path: passing it a value that may be NULL is left
// alone (the analysis does not follow which path the call takes).
// expect-no-diagnostics
#include <wdm.h>

typedef struct _PATH_DATA {
    ULONG Signature;
} PATH_DATA, *PPATH_DATA;

static UCHAR PathKey;

static VOID PathMaybeStamp(PPATH_DATA Data, BOOLEAN Stamp)
{
    if (Stamp)
        Data->Signature = 'htaP';
}

static VOID PathStampChecked(PPATH_DATA Data)
{
    if (!Data)
        return;
    Data->Signature = 'htaP';
}

static VOID PathStampAfterOtherWork(PPATH_DATA Data, ULONG Count)
{
    while (Count-- > 0) {
        if (Data == NULL)
            return;
    }
    if (Data)
        Data->Signature = 0;
}

VOID PathSetUp(PDRIVER_OBJECT DriverObject)
{
    PPATH_DATA data = IoGetDriverObjectExtension(DriverObject, &PathKey);

    PathMaybeStamp(data, FALSE);
    PathStampChecked(data);
    PathStampAfterOtherWork(data, 2);
}
