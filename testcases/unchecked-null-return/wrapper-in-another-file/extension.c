// The wrapper and the helper live here; their callers are in dispatch.c.
#include "extension.h"

static UCHAR SplitKey;

PSPLIT_EXTENSION SplitGetExtension(PDRIVER_OBJECT DriverObject)
{
    PSPLIT_EXTENSION extension = IoGetDriverObjectExtension(DriverObject, &SplitKey);

    return extension; // expect-note unchecked-null-return {{'SplitGetExtension' returns the result of 'IoGetDriverObjectExtension' here without a NULL check}}
}

VOID SplitCountRequest(PSPLIT_EXTENSION Extension)
{
    Extension->RequestCount++; // expect-note unchecked-null-return {{'SplitCountRequest' dereferences its parameter here without a NULL check}}
}
