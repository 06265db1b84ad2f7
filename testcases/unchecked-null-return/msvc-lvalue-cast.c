#include <ntddk.h>
/* MSVC accepts casts as lvalues; clang does not.  ddicheck blanks such casts
 * so that the function still parses and is analysed. */

static ULONG RelationsKey;

typedef struct _RELATIONS_EXTENSION {
    NTSTATUS (*Enumerate)(PDEVICE_OBJECT Device, PDEVICE_RELATIONS *Relations);
} RELATIONS_EXTENSION, *PRELATIONS_EXTENSION;

NTSTATUS QueryRelations(PDEVICE_OBJECT Device, PIRP Irp)
{
    PRELATIONS_EXTENSION extension = IoGetDriverObjectExtension(Device->DriverObject, &RelationsKey); // expect-note unchecked-null-return {{is assigned the result of 'IoGetDriverObjectExtension' here}}
    ((BOOLEAN)Irp->Tail.Overlay.DriverContext[1]) = TRUE;
    return extension->Enumerate(Device, &((PDEVICE_RELATIONS)Irp->IoStatus.Information)); // expect-warning unchecked-null-return {{'extension' from 'IoGetDriverObjectExtension' may be NULL here}}
}
