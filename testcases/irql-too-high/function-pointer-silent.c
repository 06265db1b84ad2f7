/* Calls through function pointers whose type is not a role type cannot be
 * resolved to a callee: a DPC calling a handler through a table or a
 * callback parameter stays silent, and so do the handlers, even though
 * they call PASSIVE_LEVEL-only DDIs.  Taking a function's address (in a
 * table, or as an argument to a plain pointer parameter) is not a call. */
#include <ntddk.h>

// expect-no-diagnostics

typedef NTSTATUS (*COMMAND_HANDLER)(PVOID Context);
typedef VOID (*VISIT_ROUTINE)(PVOID Item);

typedef struct _COMMANDS {
    PDRIVER_OBJECT Driver;
    HANDLE Directory;
    ULONG Pending;
    PVOID Items[4];
} COMMANDS, *PCOMMANDS;

static NTSTATUS OpenDataDirectory(PVOID Context)
{
    PCOMMANDS commands = (PCOMMANDS)Context;
    return IoGetDriverDirectory(commands->Driver, DriverDirectoryData, 0, &commands->Directory);
}

static NTSTATUS CloseDataDirectory(PVOID Context)
{
    PCOMMANDS commands = (PCOMMANDS)Context;
    return ZwClose(commands->Directory);
}

static const COMMAND_HANDLER Handlers[] = { OpenDataDirectory, CloseDataDirectory };

static VOID CloseItem(PVOID Item)
{
    ZwClose((HANDLE)Item);
}

static VOID ForEachItem(PCOMMANDS Commands, VISIT_ROUTINE Visit)
{
    ULONG index;

    for (index = 0; index < 4; index++)
        Visit(Commands->Items[index]);
}

KDEFERRED_ROUTINE CommandDpc;

VOID CommandDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    PCOMMANDS commands = (PCOMMANDS)DeferredContext;
    COMMAND_HANDLER handler;

    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument2);

    handler = Handlers[(ULONG_PTR)SystemArgument1 % 2];
    handler(commands);
    (*Handlers[commands->Pending % 2])(commands);
    ForEachItem(commands, CloseItem);
}
