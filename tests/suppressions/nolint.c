/* NOLINT on the finding's own line, clang-tidy style.  The marks on the
 * lines are explained in tests/test_suppressions.py. */
#include <ntddk.h>

KDEFERRED_ROUTINE Dpc;

VOID Dpc(PKDPC Dpc, PVOID Context, PVOID Argument1, PVOID Argument2)
{
    PDRIVER_OBJECT d = (PDRIVER_OBJECT)Context;
    HANDLE h;
    const char *text;
    char quote;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Argument1);
    UNREFERENCED_PARAMETER(Argument2);

    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [reported]
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // NOLINT(irql-too-high) [suppressed]
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // NOLINT [suppressed]
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // NOLINT(irql-*) [suppressed]
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // NOLINT( bugprone-foo , irql-too-high ): reason [suppressed]
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); /* NOLINT(irql-too-high) */ // [suppressed]
    /* NOLINT(irql-too-high) */ IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [suppressed]
    quote = '"'; IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // NOLINT(irql-too-high) [suppressed]

    /* Another check, another tool, a negative glob, a misspelling: no. */
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // NOLINT(unchecked-null-return) [reported]
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // NOLINT(bugprone-*, clang-analyzer-core.NullDereference) [reported]
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // NOLINT(-irql-too-high) [reported]
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // NOLINT() [reported]
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // nolint(irql-too-high) NOLINTS [reported]
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // NOLINTNEXTLINE(irql-too-high) is for the next line [reported]

    /* Not a comment: inside literals. */
    text = "// NOLINT(irql-too-high)"; IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [reported]
    text = "/* NOLINT */"; IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [reported]
    quote = '\''; text = "\" // NOLINT"; IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [reported]
    text = "a line continued \
// NOLINT(irql-too-high)"; IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [reported]

    /* On the line before: that is not this line. */
    // NOLINT(irql-too-high)
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [reported]
    (void)text;
    (void)quote;
}
