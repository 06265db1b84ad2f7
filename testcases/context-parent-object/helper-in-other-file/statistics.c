#include "sampledriver.h"

NTSTATUS SampleAttachStatistics(WDFOBJECT Object, PWDF_OBJECT_ATTRIBUTES Attributes)
{
    PTIMER_STATISTICS statistics;

    WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(Attributes, TIMER_STATISTICS);
    return SampleAllocateContext(Object, Attributes, (PVOID *)&statistics); // expect-note context-parent-object {{'SampleAttachStatistics' passes 'Attributes' to 'SampleAllocateContext' here}}
}

NTSTATUS SampleAttachCleanStatistics(WDFOBJECT Object, PWDF_OBJECT_ATTRIBUTES Attributes)
{
    PTIMER_STATISTICS statistics;

    WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(Attributes, TIMER_STATISTICS);
    return SampleAllocateCleanContext(Object, Attributes, (PVOID *)&statistics);
}
