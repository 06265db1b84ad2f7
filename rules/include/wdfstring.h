/*
 * wdfstring.h - ddicheck overlay header.
 *
 * Written for ddicheck from the documented KMDF API (Microsoft Learn);
 * used only when the real Windows Driver Kit is absent.
 * Framework string objects.
 */
#ifndef DDICHECK_WDFSTRING_H
#define DDICHECK_WDFSTRING_H

#include <wdfobject.h>

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfStringCreate(
    _In_opt_ PCUNICODE_STRING UnicodeString,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES StringAttributes,
    _Out_ WDFSTRING *String);

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID WdfStringGetUnicodeString(
    _In_ WDFSTRING String,
    _Out_ PUNICODE_STRING UnicodeString);

#endif /* DDICHECK_WDFSTRING_H */
