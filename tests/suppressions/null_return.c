/* unchecked-null-return honours Code Analysis's C6011 (dereferencing NULL
 * pointer), and not C28121. */
#include <ntddk.h>

VOID UseExtension(PDRIVER_OBJECT Driver)
{
    PVOID p = IoGetDriverObjectExtension(Driver, (PVOID)1);
    *(int *)p = 0; // [reported]
}

VOID UseExtensionSuppressed(PDRIVER_OBJECT Driver)
{
    PVOID p = IoGetDriverObjectExtension(Driver, (PVOID)1);
#pragma warning(suppress: 6011)
    *(int *)p = 0; // [suppressed]
}

VOID UseExtensionPrefast(PDRIVER_OBJECT Driver)
{
    PVOID p = IoGetDriverObjectExtension(Driver, (PVOID)1);
#pragma prefast(suppress: __WARNING_DEREF_NULL_PTR, "the extension is allocated in DriverEntry")
    *(int *)p = 0; // [suppressed]
}

VOID UseExtensionNolint(PDRIVER_OBJECT Driver)
{
    PVOID p = IoGetDriverObjectExtension(Driver, (PVOID)1);
    *(int *)p = 0; // NOLINT(unchecked-null-return) [suppressed]
}

VOID UseExtensionWrongNumber(PDRIVER_OBJECT Driver)
{
    PVOID p = IoGetDriverObjectExtension(Driver, (PVOID)1);
#pragma warning(suppress: 28121)
    *(int *)p = 0; // [reported]
}

VOID UseExtensionWrongCheck(PDRIVER_OBJECT Driver)
{
    PVOID p = IoGetDriverObjectExtension(Driver, (PVOID)1);
    *(int *)p = 0; // NOLINT(irql-too-high) [reported]
}
