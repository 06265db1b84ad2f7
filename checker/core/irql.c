/* IRQL names. */
#include "irql.h"

#include <stdlib.h>
#include <string.h>

int ddc_irql_parse(const char *name)
{
    static const struct {
        const char *name;
        int level;
    } names[] = {
        {"PASSIVE_LEVEL", DDC_IRQL_PASSIVE}, {"LOW_LEVEL", DDC_IRQL_PASSIVE},
        {"APC_LEVEL", DDC_IRQL_APC},         {"DISPATCH_LEVEL", DDC_IRQL_DISPATCH},
        {"DPC_LEVEL", DDC_IRQL_DISPATCH},    {"DIRQL", DDC_IRQL_DIRQL},
        {"CMCI_LEVEL", DDC_IRQL_DIRQL},      {"SYNCH_LEVEL", DDC_IRQL_DIRQL},
        {"PROFILE_LEVEL", DDC_IRQL_DIRQL},   {"CLOCK_LEVEL", DDC_IRQL_DIRQL},
        {"CLOCK1_LEVEL", DDC_IRQL_DIRQL},    {"CLOCK2_LEVEL", DDC_IRQL_DIRQL},
        {"IPI_LEVEL", DDC_IRQL_DIRQL},       {"POWER_LEVEL", DDC_IRQL_DIRQL},
        {"HIGH_LEVEL", DDC_IRQL_HIGH},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(name, names[i].name) == 0)
            return names[i].level;
    char *end = NULL;
    long number = strtol(name, &end, 0);
    if (end != name && *end == '\0' && number >= 0 && number <= 31)
        return number > DDC_IRQL_DISPATCH && number < DDC_IRQL_HIGH ? DDC_IRQL_DIRQL : (int)number;
    return DDC_IRQL_UNKNOWN;
}

const char *ddc_irql_name(int level)
{
    switch (level) {
    case DDC_IRQL_PASSIVE:
        return "PASSIVE_LEVEL";
    case DDC_IRQL_APC:
        return "APC_LEVEL";
    case DDC_IRQL_DISPATCH:
        return "DISPATCH_LEVEL";
    case DDC_IRQL_HIGH:
        return "HIGH_LEVEL";
    default:
        return level > DDC_IRQL_DISPATCH ? "DIRQL" : "an unknown IRQL";
    }
}
