/* Self-recursion and the other half of the cycles. */
#include "tree.h"

VOID TreeVisitChildren(PTREE_NODE Node)
{
    ULONG index;

    for (index = 0; index < Node->ChildCount; index++)
        TreeVisit(Node->Children[index]);
    if (Node->Stale && Node->Section != NULL) {
        ZwClose(Node->Section); // expect-warning irql-too-high {{'ZwClose' requires IRQL <= PASSIVE_LEVEL, but the IRQL here is DISPATCH_LEVEL}}
        Node->Section = NULL;
    }
}

/* Self-recursive, allowed at any IRQL: silent. */
ULONG TreeCount(PTREE_NODE Node)
{
    ULONG count = 1;
    ULONG index;

    for (index = 0; index < Node->ChildCount; index++)
        count += TreeCount(Node->Children[index]);
    return count;
}

/* Self-recursive with a PASSIVE_LEVEL-only DDI, reached only from
 * PASSIVE_LEVEL code: silent. */
VOID TreeCloseAll(PTREE_NODE Node)
{
    ULONG index;

    for (index = 0; index < Node->ChildCount; index++)
        TreeCloseAll(Node->Children[index]);
    if (Node->Section != NULL)
        ZwClose(Node->Section);
}

_IRQL_requires_(PASSIVE_LEVEL)
VOID TreeDestroy(PTREE_NODE Root)
{
    TreeCloseAll(Root);
}

ULONG TreeEvenDepth(PTREE_NODE Node, ULONG Depth)
{
    if (Node->ChildCount == 0)
        return Depth;
    if (Node->Stale && Node->Section != NULL)
        ZwClose(Node->Section);
    return TreeOddDepth(Node->Children[0], Depth + 1);
}
