/* A driver whose timer setup (timer.c) reuses the timer's attributes for a
 * statistics context, through two helpers in other files. */
#include <ntddk.h>
#include <wdf.h>

typedef struct _TIMER_CONTEXT {
    WDFDEVICE Device;
} TIMER_CONTEXT, *PTIMER_CONTEXT;

typedef struct _TIMER_STATISTICS {
    ULONG Ticks;
} TIMER_STATISTICS, *PTIMER_STATISTICS;

WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(TIMER_CONTEXT, GetTimerContext)
WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(TIMER_STATISTICS, GetTimerStatistics)

/* context.c */
NTSTATUS SampleAllocateContext(WDFOBJECT Object, PWDF_OBJECT_ATTRIBUTES Attributes, PVOID *Context);
NTSTATUS SampleAllocateCleanContext(WDFOBJECT Object, PWDF_OBJECT_ATTRIBUTES Attributes, PVOID *Context);

/* statistics.c */
NTSTATUS SampleAttachStatistics(WDFOBJECT Object, PWDF_OBJECT_ATTRIBUTES Attributes);
NTSTATUS SampleAttachCleanStatistics(WDFOBJECT Object, PWDF_OBJECT_ATTRIBUTES Attributes);
