#include <ntddk.h>
/* The key pointer is defined in one file and used in another; nothing in
 * the driver assigns it, so its value is its initialiser: a tag, not an
 * address. */
PVOID FilterContextKey = (PVOID)'CtlF'; // expect-note extension-id-not-unique {{'FilterContextKey' is set to '(PVOID)'CtlF'' here and never assigned again}}
