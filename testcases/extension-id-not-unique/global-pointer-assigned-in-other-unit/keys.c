#include <ntddk.h>
/* The key pointer starts as a tag, but another file assigns it before use:
 * its initialiser is not the key. */
// expect-no-diagnostics
PVOID FilterContextKey = (PVOID)'CtlF';
