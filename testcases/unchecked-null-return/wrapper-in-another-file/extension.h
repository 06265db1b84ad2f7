#include <wdm.h>

typedef struct _SPLIT_EXTENSION {
    ULONG RequestCount;
} SPLIT_EXTENSION, *PSPLIT_EXTENSION;

PSPLIT_EXTENSION SplitGetExtension(PDRIVER_OBJECT DriverObject);
VOID SplitCountRequest(PSPLIT_EXTENSION Extension);
