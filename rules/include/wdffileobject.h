/*
 * wdffileobject.h - ddicheck overlay header.
 *
 * Written for ddicheck from the documented KMDF API (Microsoft Learn);
 * used only when the real Windows Driver Kit is absent.
 * Framework file objects (the EvtDeviceFileCreate / EvtFileClose /
 * EvtFileCleanup role types are declared in wdfdevice.h).
 */
#ifndef DDICHECK_WDFFILEOBJECT_H
#define DDICHECK_WDFFILEOBJECT_H

#include <wdfobject.h>

_IRQL_requires_max_(PASSIVE_LEVEL)
PUNICODE_STRING WdfFileObjectGetFileName(_In_ WDFFILEOBJECT FileObject);

_IRQL_requires_max_(DISPATCH_LEVEL)
ULONG WdfFileObjectGetFlags(_In_ WDFFILEOBJECT FileObject);

_IRQL_requires_max_(DISPATCH_LEVEL)
WDFDEVICE WdfFileObjectGetDevice(_In_ WDFFILEOBJECT FileObject);

_IRQL_requires_max_(DISPATCH_LEVEL)
PFILE_OBJECT WdfFileObjectWdmGetFileObject(_In_ WDFFILEOBJECT FileObject);

_IRQL_requires_max_(DISPATCH_LEVEL)
WDFFILEOBJECT WdfFileObjectGetRelatedFileObject(_In_ WDFFILEOBJECT FileObject);

#endif /* DDICHECK_WDFFILEOBJECT_H */
