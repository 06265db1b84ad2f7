/* The language-server tests' driver file: the call below is there only when
 * the compile command defines USE_DIRECTORY (the tests' compile_commands.json
 * does), and the comment before it is not ASCII, so its column differs in
 * bytes and in UTF-16 code units. */
#include <ntddk.h>

KDEFERRED_ROUTINE Dpc;

VOID Dpc(PKDPC a, PVOID b, PVOID c, PVOID d)
{
#ifdef USE_DIRECTORY
    HANDLE h; /* Größe 😀 */ IoGetDriverDirectory((PDRIVER_OBJECT)b, DriverDirectoryData, 0, &h);
#endif
}
