#ifndef FILTER_H
#define FILTER_H
#include <ntddk.h>

/* One key per extension (defined in driver.c). */
extern ULONG FilterControlKey;
extern ULONG FilterStatisticsKey; // expect-note extension-id-not-unique {{'FilterStatisticsKey' is declared here}}

#define FILTER_STATISTICS_KEY ((PVOID)&FilterStatisticsKey)

typedef struct _FILTER_CONTROL {
    ULONG Opens;
} FILTER_CONTROL, *PFILTER_CONTROL;

typedef struct _FILTER_STATISTICS {
    ULONGLONG Reads;
} FILTER_STATISTICS, *PFILTER_STATISTICS;
#endif
