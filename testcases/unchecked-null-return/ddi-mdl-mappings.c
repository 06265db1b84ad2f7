// MmGetSystemAddressForMdlSafe and MmMapLockedPagesSpecifyCache return NULL
// when the pages cannot be mapped into system space.  With AccessMode UserMode
// MmMapLockedPagesSpecifyCache raises an exception instead, with
// BugCheckOnFailure TRUE it bug-checks; MmMapLockedPages always bug-checks.
#include <ntddk.h>

NTSTATUS MdlCopyToReadBuffer(PIRP Irp, PVOID Source, ULONG Length)
{
    PVOID buffer = MmGetSystemAddressForMdlSafe(Irp->MdlAddress, NormalPagePriority | MdlMappingNoExecute); // expect-note unchecked-null-return {{'buffer' is assigned the result of 'MmGetSystemAddressForMdlSafe' here, which may be NULL}}

    RtlCopyMemory(buffer, Source, Length); // expect-warning unchecked-null-return {{'buffer' from 'MmGetSystemAddressForMdlSafe' may be NULL here}}
    Irp->IoStatus.Information = Length;
    return STATUS_SUCCESS;
}

NTSTATUS MdlCopyToReadBufferChecked(PIRP Irp, PVOID Source, ULONG Length)
{
    PVOID buffer = MmGetSystemAddressForMdlSafe(Irp->MdlAddress, NormalPagePriority | MdlMappingNoExecute);

    if (buffer == NULL)
        return STATUS_INSUFFICIENT_RESOURCES;
    RtlCopyMemory(buffer, Source, Length);
    Irp->IoStatus.Information = Length;
    return STATUS_SUCCESS;
}

ULONG MdlMapKernel(PMDL Mdl)
{
    PULONG registers = MmMapLockedPagesSpecifyCache(Mdl, KernelMode, MmNonCached, NULL, FALSE, NormalPagePriority); // expect-note unchecked-null-return {{'registers' is assigned the result of 'MmMapLockedPagesSpecifyCache' here, which may be NULL}}

    return registers[0]; // expect-warning unchecked-null-return {{'registers' from 'MmMapLockedPagesSpecifyCache' may be NULL here}}
}

ULONG MdlMapKernelBugCheckOnFailure(PMDL Mdl)
{
    PULONG registers = MmMapLockedPagesSpecifyCache(Mdl, KernelMode, MmNonCached, NULL, TRUE, NormalPagePriority);

    return registers[0];
}

ULONG MdlMapUser(PMDL Mdl)
{
    PULONG shared = MmMapLockedPagesSpecifyCache(Mdl, UserMode, MmCached, NULL, FALSE, NormalPagePriority);

    return shared[0];
}

ULONG MdlMapOld(PMDL Mdl)
{
    PULONG registers = MmMapLockedPages(Mdl, KernelMode);

    return registers[0];
}

ULONG MdlDescribeBuffer(PVOID Buffer, ULONG Length)
{
    PMDL mdl = IoAllocateMdl(Buffer, Length, FALSE, FALSE, NULL); // expect-note unchecked-null-return {{'mdl' is assigned the result of 'IoAllocateMdl' here, which may be NULL}}

    MmBuildMdlForNonPagedPool(mdl);
    return MmGetMdlByteCount(mdl); // expect-warning unchecked-null-return {{'mdl' from 'IoAllocateMdl' may be NULL here}}
}
