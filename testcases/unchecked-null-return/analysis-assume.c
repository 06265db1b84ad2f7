#include <ntddk.h>
/* _Analysis_assume_ is the author's statement to static analysis that the
 * value is not NULL; ddicheck honours it as Code Analysis does.  An ASSERT of
 * a member is no check of the pointer itself. */

typedef struct _CLASS_EXTENSION {
    PDRIVER_ADD_DEVICE AddDevice;
    ULONG Count;
} CLASS_EXTENSION, *PCLASS_EXTENSION;

static ULONG ClassKey;

NTSTATUS AddDeviceAssumed(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT Pdo)
{
    PCLASS_EXTENSION extension = IoGetDriverObjectExtension(DriverObject, &ClassKey);
    _Analysis_assume_(extension != NULL);
    return extension->AddDevice(DriverObject, Pdo);
}

NTSTATUS AddDeviceMemberAsserted(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT Pdo)
{
    PCLASS_EXTENSION extension = IoGetDriverObjectExtension(DriverObject, &ClassKey); // expect-note unchecked-null-return {{'extension' is assigned the result of 'IoGetDriverObjectExtension' here}}
    NT_ASSERT(extension->AddDevice != NULL);
    return extension->AddDevice(DriverObject, Pdo); // expect-warning unchecked-null-return {{'extension' from 'IoGetDriverObjectExtension' may be NULL here}}
}
