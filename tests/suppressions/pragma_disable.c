/* warning(disable: N): from the pragma on, until warning(default: N), the
 * warning(pop) of an earlier warning(push), or the end of the file. */
#include <ntddk.h>

KDEFERRED_ROUTINE Dpc;

VOID Dpc(PKDPC Dpc, PVOID Context, PVOID Argument1, PVOID Argument2)
{
    PDRIVER_OBJECT d = (PDRIVER_OBJECT)Context;
    HANDLE h;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Argument1);
    UNREFERENCED_PARAMETER(Argument2);

    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // before: [reported]
#pragma warning(disable: 28121)
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [suppressed]
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [suppressed]
#pragma warning(default: 28121)
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [reported]

#pragma warning(push)
#pragma warning(disable: 4100 28121)
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [suppressed]
#pragma warning(pop)
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [reported]

#pragma warning(disable: 28121)
#pragma warning(push, 3)
#pragma warning(error: 28121)
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // enabled again: [reported]
#pragma warning(pop)
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // disabled again: [suppressed]
#pragma warning(default: 28121)

#pragma prefast(push)
#pragma prefast(disable: 28121, "PREfast's own")
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [suppressed]
#pragma prefast(pop)
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [reported]

#pragma warning(disable: 6011)
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // another number: [reported]
#pragma warning(pop)
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // a pop without a push changes nothing: [reported]
    __pragma(warning(disable: 28121))
    IoGetDriverDirectory(d, DriverDirectoryData, 0, &h); // [suppressed]
}

KDEFERRED_ROUTINE Dpc2;

VOID Dpc2(PKDPC Dpc, PVOID Context, PVOID Argument1, PVOID Argument2)
{
    HANDLE h;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(Argument1);
    UNREFERENCED_PARAMETER(Argument2);
    IoGetDriverDirectory((PDRIVER_OBJECT)Context, DriverDirectoryData, 0, &h); // to the end of the file: [suppressed]
}
