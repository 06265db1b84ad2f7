#include <ntddk.h>
/* An array member of a local structure decays to a stack address, exactly as
 * a local array does. */

typedef struct _KEY_HOLDER {
    ULONG Header;
    UCHAR Bytes[8];
} KEY_HOLDER;

PVOID GetWithMemberArray(PDRIVER_OBJECT DriverObject)
{
    KEY_HOLDER holder = {0}; // expect-note extension-id-stack {{'holder' is declared here}}
    return IoGetDriverObjectExtension(DriverObject, holder.Bytes); // expect-warning extension-id-stack {{'holder.Bytes' of 'IoGetDriverObjectExtension' is}}
}
