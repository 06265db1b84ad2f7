#include <ntddk.h>
/* Allocate-or-get in two places, but with two different structures: whichever
 * runs second gets the other one's extension and uses it with the wrong
 * layout.  Expecting the collision does not help. */

typedef struct _SMALL_CONTEXT {
    ULONG Flags;
} SMALL_CONTEXT, *PSMALL_CONTEXT;

typedef struct _LARGE_CONTEXT {
    ULONG Flags;
    UCHAR Cache[60];
} LARGE_CONTEXT, *PLARGE_CONTEXT;

static ULONG ContextKey;

PSMALL_CONTEXT GetSmallContext(PDRIVER_OBJECT DriverObject)
{
    PSMALL_CONTEXT context = IoGetDriverObjectExtension(DriverObject, &ContextKey);
    if (!context &&
        !NT_SUCCESS(IoAllocateDriverObjectExtension(DriverObject, &ContextKey, sizeof(SMALL_CONTEXT), (PVOID *)&context))) // expect-note extension-id-not-unique {{'&ContextKey' is first allocated here with 4 bytes}}
        return NULL;
    return context;
}

PLARGE_CONTEXT GetLargeContext(PDRIVER_OBJECT DriverObject)
{
    PLARGE_CONTEXT context = IoGetDriverObjectExtension(DriverObject, &ContextKey);
    if (!context &&
        !NT_SUCCESS(IoAllocateDriverObjectExtension(DriverObject, &ContextKey, sizeof(LARGE_CONTEXT), (PVOID *)&context))) // expect-warning extension-id-not-unique {{'&ContextKey' is allocated again with another size (64 bytes, first 4)}}
        return NULL;
    return context;
}
