#include <ntddk.h>
/* A compound literal inside a function has automatic storage. */

typedef struct _TAG {
    ULONG Value;
} TAG;

NTSTATUS AllocateWithCompoundLiterals(PDRIVER_OBJECT DriverObject)
{
    PVOID extension;
    NTSTATUS status;

    status = IoAllocateDriverObjectExtension(DriverObject, &(ULONG){0}, 16, &extension); // expect-warning extension-id-stack {{of 'IoAllocateDriverObjectExtension' is a compound literal on the stack}}
    if (!NT_SUCCESS(status))
        return status;
    status = IoAllocateDriverObjectExtension(DriverObject, (PVOID)(UCHAR[4]){1, 2, 3, 4}, 16, &extension); // expect-warning extension-id-stack {{is a compound literal on the stack}}
    if (!NT_SUCCESS(status))
        return status;
    extension = IoGetDriverObjectExtension(DriverObject, &(TAG){.Value = 1}); // expect-warning extension-id-stack {{of 'IoGetDriverObjectExtension' is a compound literal}}
    return extension ? STATUS_SUCCESS : STATUS_UNSUCCESSFUL;
}
