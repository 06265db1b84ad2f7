// Two lookups in one routine: the one that is tested is silent, the other is
// reported.
#include <wdm.h>

typedef struct _PAIR_DATA {
    ULONG Value;
} PAIR_DATA, *PPAIR_DATA;

static UCHAR PairConfigKey;
static UCHAR PairStatsKey;

NTSTATUS PairRecord(PDRIVER_OBJECT DriverObject)
{
    PPAIR_DATA config = IoGetDriverObjectExtension(DriverObject, &PairConfigKey);
    PPAIR_DATA stats = IoGetDriverObjectExtension(DriverObject, &PairStatsKey); // expect-note unchecked-null-return {{'stats' is assigned the result of 'IoGetDriverObjectExtension' here}}

    if (config == NULL)
        return STATUS_DEVICE_CONFIGURATION_ERROR;
    stats->Value += config->Value; // expect-warning unchecked-null-return {{'stats' from 'IoGetDriverObjectExtension' may be NULL here}}
    return STATUS_SUCCESS;
}
