// A driver function that hands back IoGetDriverObjectExtension's result
// without checking it may return NULL: its callers are checked as if they
// had called the DDI, through any number of such wrappers.
#include <wdm.h>

typedef struct _WRAP_EXTENSION {
    ULONG OpenCount;
} WRAP_EXTENSION, *PWRAP_EXTENSION;

static UCHAR WrapKey;

static PWRAP_EXTENSION WrapGetExtension(PDRIVER_OBJECT DriverObject)
{
    return (PWRAP_EXTENSION)IoGetDriverObjectExtension(DriverObject, &WrapKey); // expect-note unchecked-null-return {{'WrapGetExtension' returns the result of 'IoGetDriverObjectExtension' here without a NULL check}} expect-note unchecked-null-return {{'WrapGetExtension' returns the result of 'IoGetDriverObjectExtension' here}}
}

/* A wrapper of the wrapper, through a local variable. */
static PWRAP_EXTENSION WrapLookUp(PDRIVER_OBJECT DriverObject)
{
    PWRAP_EXTENSION extension = WrapGetExtension(DriverObject);

    return extension; // expect-note unchecked-null-return {{'WrapLookUp' returns the result of 'WrapGetExtension' here without a NULL check}}
}

/* A wrapper that checks: its callers need not. */
static PWRAP_EXTENSION WrapGetOrBugCheck(PDRIVER_OBJECT DriverObject)
{
    PWRAP_EXTENSION extension = IoGetDriverObjectExtension(DriverObject, &WrapKey);

    if (extension == NULL)
        KeBugCheckEx(0xC4, 0, 0, 0, 0);
    return extension;
}

VOID WrapOpen(PDRIVER_OBJECT DriverObject)
{
    PWRAP_EXTENSION extension = WrapGetExtension(DriverObject); // expect-note unchecked-null-return {{'extension' is assigned the result of 'WrapGetExtension' here, which may be NULL}}

    extension->OpenCount++; // expect-warning unchecked-null-return {{'extension' from 'WrapGetExtension' may be NULL here}}
}

VOID WrapClose(PDRIVER_OBJECT DriverObject)
{
    PWRAP_EXTENSION extension = WrapLookUp(DriverObject); // expect-note unchecked-null-return {{'extension' is assigned the result of 'WrapLookUp' here, which may be NULL}}

    extension->OpenCount--; // expect-warning unchecked-null-return {{'extension' from 'WrapLookUp' may be NULL here}}
}

VOID WrapOpenChecked(PDRIVER_OBJECT DriverObject)
{
    PWRAP_EXTENSION extension = WrapGetExtension(DriverObject);

    if (extension != NULL)
        extension->OpenCount++;
}

VOID WrapOpenThroughCheckingWrapper(PDRIVER_OBJECT DriverObject)
{
    WrapGetOrBugCheck(DriverObject)->OpenCount++;
}
