/* NOLINTBEGIN / NOLINTEND regions. */
#include <ntddk.h>

KDEFERRED_ROUTINE Dpc;

VOID Dpc(PKDPC Dpc, PVOID Context, PVOID Argument1, PVOID Argument2)
{
    PDRIVER_OBJECT d = (PDRIVER_OBJECT)Context;
    HANDLE h;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Argument1);
    UNREFERENCED_PARAMETER(Argument2);

    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [reported]
    // NOLINTBEGIN(irql-too-high)
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [suppressed]
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [suppressed]
    // NOLINTBEGIN(unchecked-null-return)
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // nested: [suppressed]
    // NOLINTEND(unchecked-null-return)
    // NOLINTEND(irql-too-high)
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // after the end: [reported]

    /* NOLINTBEGIN */
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [suppressed]
    /* NOLINTEND */

    // NOLINTBEGIN(unchecked-null-return)
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // another check's region: [reported]
    // NOLINTEND(unchecked-null-return)

    // NOLINTBEGIN(bugprone-*)
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // another tool's region: [reported]
    // NOLINTEND(bugprone-*)

    /* An END must repeat its BEGIN's list: these two do not pair, so, as in
     * clang-tidy, neither suppresses anything. */
    // NOLINTBEGIN(irql-too-high)
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [reported]
    // NOLINTEND(irql-*)
}
