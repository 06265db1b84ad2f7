// The address of a member is never NULL, so testing it does not test the
// pointer it was taken from.
#include <wdm.h>

typedef struct _MEMBER_DATA {
    ULONG Signature;
    KEVENT ReadyEvent;
    KSPIN_LOCK Lock;
} MEMBER_DATA, *PMEMBER_DATA;

static UCHAR MemberKey;

VOID MemberWaitReady(PDRIVER_OBJECT DriverObject)
{
    PMEMBER_DATA data = IoGetDriverObjectExtension(DriverObject, &MemberKey); // expect-note unchecked-null-return {{'data' is assigned the result of 'IoGetDriverObjectExtension' here}}

    if (&data->ReadyEvent != NULL) { // expect-warning unchecked-null-return {{checking '&data->ReadyEvent' for NULL does not check 'data' from 'IoGetDriverObjectExtension', which may be NULL: test 'data' itself}}
        KeWaitForSingleObject(&data->ReadyEvent, Executive, KernelMode, FALSE, NULL);
    }
}

VOID MemberInitLock(PDRIVER_OBJECT DriverObject)
{
    PMEMBER_DATA data;

    data = IoGetDriverObjectExtension(DriverObject, &MemberKey); // expect-note unchecked-null-return {{'data' is assigned the result of 'IoGetDriverObjectExtension' here}}
    if (!&data->Lock) // expect-warning unchecked-null-return {{test 'data' itself}}
        return;
    KeInitializeSpinLock(&data->Lock);
}
