/* TreeVisit and TreeVisitChildren (walk.c) call each other. */
#include "tree.h"

VOID TreeVisit(PTREE_NODE Node)
{
    if (Node == NULL)
        return;
    if (TreeCount(Node) > 1)
        TreeVisitChildren(Node); // expect-note irql-too-high {{'TreeVisit' calls 'TreeVisitChildren' here, at DISPATCH_LEVEL}}
}

/* Mutual recursion with no caller whose IRQL is known: silent. */
ULONG TreeOddDepth(PTREE_NODE Node, ULONG Depth)
{
    return Node->ChildCount == 0 ? Depth : TreeEvenDepth(Node->Children[0], Depth + 1);
}
