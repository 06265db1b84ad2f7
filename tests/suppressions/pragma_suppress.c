/* Code Analysis's warning(suppress: N): the next line of code.  28121 is
 * irql-too-high's Code Analysis warning (C28121). */
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

#pragma warning(suppress: 28121)
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [suppressed]
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // only one line: [reported]

#pragma warning(suppress: 28121)

    // a comment, a blank line and a directive are not code
#define NOT_CODE 1
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [suppressed]

#pragma warning(suppress: C28121)
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [suppressed]
#pragma warning(suppress: 6011 28121)
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [suppressed]
#pragma warning(disable: 4100; suppress: 28121)
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [suppressed]
#pragma warning(suppress: 28121, justification: "the directory is opened by a work item in the real driver")
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [suppressed]
#  pragma   warning ( suppress : \
        28121 )
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [suppressed]
#pragma warning(suppress: 6011)
#pragma warning(suppress: 28121)
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [suppressed]

    /* Microsoft's __pragma and C99's _Pragma. */
    __pragma(warning(suppress: 28121)) IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [suppressed]
    __pragma(warning(suppress: 28121))
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [suppressed]
    _Pragma("warning(suppress: 28121)") IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [suppressed]
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); __pragma(warning(suppress: 28121)) // [reported]
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // the line after the __pragma: [suppressed]

    /* PREfast's own pragma, with numbers or the WDK's names. */
#pragma prefast(suppress: 28121, "the directory is opened by a work item")
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [suppressed]
#pragma prefast(suppress: __WARNING_IRQ_TOO_HIGH, "the directory is opened by a work item")
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [suppressed]
#pragma warning(suppress: __WARNING_IRQ_TOO_HIGH)
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [suppressed]

    /* Numbers that are not irql-too-high's, or not where they apply. */
#pragma warning(suppress: 6011)
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [reported]
#pragma warning(suppress: 28120)
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [reported]
#pragma prefast(suppress: __WARNING_IRQ_TOO_LOW, "another warning")
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [reported]
#pragma warning(once: 28121)
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [reported]
#pragma message("warning(suppress: 28121)")
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [reported]
    text = "#pragma warning(suppress: 28121)";
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [reported]
    // #pragma warning(suppress: 28121)
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [reported]
    /* A __pragma in a macro takes effect where the macro is used: the
     * macro's definition suppresses nothing. */
#define SUPPRESS_IN_A_MACRO __pragma(warning(suppress: 28121))
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [reported]
    (void)text;
}
