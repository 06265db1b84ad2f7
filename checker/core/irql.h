/* IRQL levels as the checker compares them.
 *
 * Real IRQL numbers differ by architecture; the checker only needs their
 * order.  Every device IRQL (DIRQL) is folded into one level above
 * DISPATCH_LEVEL.  Source: https://learn.microsoft.com/windows-hardware/drivers/kernel/managing-hardware-priorities */
#ifndef DDC_IRQL_H
#define DDC_IRQL_H

#include <stdbool.h>

enum {
    DDC_IRQL_UNKNOWN = -1,
    DDC_IRQL_PASSIVE = 0,
    DDC_IRQL_APC = 1,
    DDC_IRQL_DISPATCH = 2,
    DDC_IRQL_DIRQL = 3,
    DDC_IRQL_HIGH = 15,
};

/* Parses an IRQL name as the WDK spells it (PASSIVE_LEVEL, APC_LEVEL,
 * DISPATCH_LEVEL, DIRQL, HIGH_LEVEL, PROFILE_LEVEL, ... or a number).
 * Returns DDC_IRQL_UNKNOWN for anything else. */
int ddc_irql_parse(const char *name);

/* The WDK name of a level: "PASSIVE_LEVEL", "DISPATCH_LEVEL", "DIRQL"... */
const char *ddc_irql_name(int level);

#endif
