/* Recursive and mutually recursive helpers across files.  The analysis
 * must terminate; a cycle entered from a DPC still reports the
 * PASSIVE_LEVEL-only DDI once, with the shortest chain from the DPC. */
#pragma once
#include <ntddk.h>

typedef struct _TREE_NODE {
    struct _TREE_NODE *Children[4];
    ULONG ChildCount;
    HANDLE Section;
    BOOLEAN Stale;
} TREE_NODE, *PTREE_NODE;

VOID TreeVisit(PTREE_NODE Node);
VOID TreeVisitChildren(PTREE_NODE Node);
ULONG TreeCount(PTREE_NODE Node);
VOID TreeCloseAll(PTREE_NODE Node);
VOID TreeDestroy(PTREE_NODE Root);
ULONG TreeEvenDepth(PTREE_NODE Node, ULONG Depth);
ULONG TreeOddDepth(PTREE_NODE Node, ULONG Depth);
