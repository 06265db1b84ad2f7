// IoAllocateDriverObjectExtension sets its out parameter only when it
// succeeds: a success test of the status it returns checks the pointer.
#include <wdm.h>

typedef struct _OUT_DATA {
    ULONG Count;
} OUT_DATA, *POUT_DATA;

static UCHAR OutKey1, OutKey2, OutKey3, OutKey4, OutKey5;

NTSTATUS OutOtherWork(VOID);

NTSTATUS OutChecked(PDRIVER_OBJECT DriverObject)
{
    POUT_DATA data;
    NTSTATUS status = IoAllocateDriverObjectExtension(DriverObject, &OutKey1, sizeof(OUT_DATA), (PVOID *)&data);

    if (!NT_SUCCESS(status))
        return status;
    data->Count = 0;
    return STATUS_SUCCESS;
}

NTSTATUS OutUnchecked(PDRIVER_OBJECT DriverObject)
{
    POUT_DATA data;
    NTSTATUS status = IoAllocateDriverObjectExtension(DriverObject, &OutKey2, sizeof(OUT_DATA), (PVOID *)&data); // expect-note unchecked-null-return {{'data' is set by 'IoAllocateDriverObjectExtension' here, and is valid only when it returns a success status}}

    data->Count = 0; // expect-warning unchecked-null-return {{'data' from 'IoAllocateDriverObjectExtension' may be NULL here}}
    return status;
}

VOID OutCheckedInCondition(PDRIVER_OBJECT DriverObject)
{
    POUT_DATA data;

    if (NT_SUCCESS(IoAllocateDriverObjectExtension(DriverObject, &OutKey3, sizeof(OUT_DATA), (PVOID *)&data)))
        data->Count = 0;
}

NTSTATUS OutComparedWithSuccess(PDRIVER_OBJECT DriverObject)
{
    POUT_DATA data;
    NTSTATUS status;

    status = IoAllocateDriverObjectExtension(DriverObject, &OutKey4, sizeof(OUT_DATA), (PVOID *)&data);
    if (status != STATUS_SUCCESS)
        goto Exit;
    data->Count = 0;
Exit:
    return status;
}

NTSTATUS OutStatusReused(PDRIVER_OBJECT DriverObject)
{
    POUT_DATA data;
    NTSTATUS status;

    status = IoAllocateDriverObjectExtension(DriverObject, &OutKey5, sizeof(OUT_DATA), (PVOID *)&data);
    status = OutOtherWork();
    if (NT_SUCCESS(status))
        data->Count = 0;
    return status;
}
