/* The driver's own PASSIVE_LEVEL-only functions, annotated here in the
 * shared header and defined in settings.c. */
#pragma once
#include <ntddk.h>

typedef struct _SETTINGS {
    KSPIN_LOCK Lock;
    FAST_MUTEX Mutex;
    ULONG Generation;
    HANDLE Key;
} SETTINGS, *PSETTINGS;

_IRQL_requires_max_(PASSIVE_LEVEL) // expect-note irql-too-high {{'SettingsReload' is annotated _IRQL_requires_max_(PASSIVE_LEVEL)}}
NTSTATUS SettingsReload(PSETTINGS Settings, PUNICODE_STRING KeyPath);

_IRQL_requires_(PASSIVE_LEVEL) // expect-note irql-too-high {{'SettingsClose' is annotated _IRQL_requires_(PASSIVE_LEVEL)}}
VOID SettingsClose(PSETTINGS Settings);
