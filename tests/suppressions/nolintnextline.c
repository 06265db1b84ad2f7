/* NOLINTNEXTLINE: the line after the comment, only. */
#include <ntddk.h>

KDEFERRED_ROUTINE Dpc;

VOID Dpc(PKDPC Dpc, PVOID Context, PVOID Argument1, PVOID Argument2)
{
    PDRIVER_OBJECT d = (PDRIVER_OBJECT)Context;
    HANDLE h;
    const char *text;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Argument1);
    UNREFERENCED_PARAMETER(Argument2);

    // NOLINTNEXTLINE(irql-too-high)
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [suppressed]
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // the line after that: [reported]
    /* NOLINTNEXTLINE */
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [suppressed]
    // NOLINTNEXTLINE(readability-*, irql-too-high)
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [suppressed]

    // NOLINTNEXTLINE(irql-too-high)

    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // a blank line between: [reported]
    // NOLINTNEXTLINE(unchecked-null-return)
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [reported]
    // NOLINTNEXTLINE(readability-function-size)
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [reported]
    text = "// NOLINTNEXTLINE(irql-too-high)";
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [reported]
    (void)text;
}
