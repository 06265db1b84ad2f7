/* The annotated functions call PASSIVE_LEVEL-only DDIs: they run within
 * their contract, so nothing is reported inside them. */
#include "settings.h"

NTSTATUS SettingsReload(PSETTINGS Settings, PUNICODE_STRING KeyPath)
{
    OBJECT_ATTRIBUTES attributes;

    InitializeObjectAttributes(&attributes, KeyPath, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, NULL, NULL);
    return ZwOpenKey(&Settings->Key, KEY_READ, &attributes);
}

VOID SettingsClose(PSETTINGS Settings)
{
    if (Settings->Key != NULL) {
        ZwClose(Settings->Key);
        Settings->Key = NULL;
    }
}
