#include <ntddk.h>
/* A filter allocates its globals in DriverEntry and, by mistake, again in its
 * reinitialisation routine: same key, same size, neither expects the other.
 * The second one to run fails with STATUS_OBJECT_NAME_COLLISION.  The later
 * call in the file is reported, with a note at the earlier one. */

typedef struct _FILTER_GLOBALS {
    ULONG AttachedCount;
    KSPIN_LOCK Lock;
} FILTER_GLOBALS, *PFILTER_GLOBALS;

static ULONG FilterGlobalsKey;

DRIVER_INITIALIZE DriverEntry;

VOID FilterReinitialize(PDRIVER_OBJECT DriverObject, PVOID Context, ULONG Count)
{
    PFILTER_GLOBALS globals;

    UNREFERENCED_PARAMETER(Context);
    UNREFERENCED_PARAMETER(Count);
    if (NT_SUCCESS(IoAllocateDriverObjectExtension(DriverObject, &FilterGlobalsKey, sizeof(FILTER_GLOBALS), // expect-note extension-id-not-unique {{'&FilterGlobalsKey' is first allocated here}}
                                                   (PVOID *)&globals)))
        KeInitializeSpinLock(&globals->Lock);
}

NTSTATUS DriverEntry(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath)
{
    PFILTER_GLOBALS globals;
    NTSTATUS status;

    UNREFERENCED_PARAMETER(RegistryPath);
    status = IoAllocateDriverObjectExtension(DriverObject, &FilterGlobalsKey, sizeof(FILTER_GLOBALS), // expect-warning extension-id-not-unique {{ClientIdentificationAddress '&FilterGlobalsKey' is allocated a second time; whichever IoAllocateDriverObjectExtension runs second fails with STATUS_OBJECT_NAME_COLLISION}}
                                             (PVOID *)&globals);
    if (!NT_SUCCESS(status))
        return status;
    KeInitializeSpinLock(&globals->Lock);
    IoRegisterDriverReinitialization(DriverObject, FilterReinitialize, NULL);
    return STATUS_SUCCESS;
}
