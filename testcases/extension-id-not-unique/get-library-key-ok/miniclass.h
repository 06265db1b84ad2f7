#ifndef MINICLASS_H
#define MINICLASS_H
#include <ntddk.h>
/* A class library linked in as a binary: its sources are not analysed. */
ULONG MiniClassInitialize(PVOID Argument1, PVOID Argument2, PVOID InitData);
#define MINICLASS_DRIVER_EXTENSION_KEY ((PVOID)MiniClassInitialize)
#endif
