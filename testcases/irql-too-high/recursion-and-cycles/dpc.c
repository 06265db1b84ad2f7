/* The DPC enters the TreeVisit/TreeVisitChildren cycle. */
#include "tree.h"

KDEFERRED_ROUTINE TreeScanDpc; // expect-note irql-too-high {{'TreeScanDpc' is a DPC routine (KDEFERRED_ROUTINE), which runs at DISPATCH_LEVEL}}

VOID TreeScanDpc(PKDPC Dpc, PVOID DeferredContext, PVOID SystemArgument1, PVOID SystemArgument2)
{
    UNREFERENCED_PARAMETER(Dpc);
    UNREFERENCED_PARAMETER(SystemArgument1);
    UNREFERENCED_PARAMETER(SystemArgument2);

    TreeVisit((PTREE_NODE)DeferredContext); // expect-note irql-too-high {{'TreeScanDpc' calls 'TreeVisit' here, at DISPATCH_LEVEL}}
}
