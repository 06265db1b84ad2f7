// Uses of the wrapper and the helper defined in extension.c.
#include "extension.h"

NTSTATUS SplitDispatch(PDRIVER_OBJECT DriverObject)
{
    PSPLIT_EXTENSION extension = SplitGetExtension(DriverObject); // expect-note unchecked-null-return {{'extension' is assigned the result of 'SplitGetExtension' here, which may be NULL}}

    extension->RequestCount = 0; // expect-warning unchecked-null-return {{'extension' from 'SplitGetExtension' may be NULL here}}
    return STATUS_SUCCESS;
}

VOID SplitCount(PDRIVER_OBJECT DriverObject)
{
    PVOID extension = IoGetDriverObjectExtension(DriverObject, (PVOID)SplitCount); // expect-note unchecked-null-return {{'extension' is assigned the result of 'IoGetDriverObjectExtension' here, which may be NULL}}

    SplitCountRequest(extension); // expect-warning unchecked-null-return {{'extension' from 'IoGetDriverObjectExtension' may be NULL here and 'SplitCountRequest' dereferences it}}
}

VOID SplitCountChecked(PDRIVER_OBJECT DriverObject)
{
    PSPLIT_EXTENSION extension = SplitGetExtension(DriverObject);

    if (extension == NULL)
        return;
    SplitCountRequest(extension);
}
