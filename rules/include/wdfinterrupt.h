/*
 * wdfinterrupt.h - ddicheck overlay header.
 *
 * Written for ddicheck from the documented KMDF API (Microsoft Learn);
 * used only when the real Windows Driver Kit is absent.
 * Framework interrupt objects.
 */
#ifndef DDICHECK_WDFINTERRUPT_H
#define DDICHECK_WDFINTERRUPT_H

#include <wdfobject.h>

typedef enum _WDF_INTERRUPT_POLARITY {
    WdfInterruptPolarityUnknown = 0,
    WdfInterruptActiveHigh,
    WdfInterruptActiveLow
} WDF_INTERRUPT_POLARITY, *PWDF_INTERRUPT_POLARITY;

typedef enum _WDF_INTERRUPT_POLICY {
    WdfIrqPolicyMachineDefault = 0,
    WdfIrqPolicyAllCloseProcessors,
    WdfIrqPolicyOneCloseProcessor,
    WdfIrqPolicyAllProcessorsInMachine,
    WdfIrqPolicySpecifiedProcessors,
    WdfIrqPolicySpreadMessagesAcrossAllProcessors,
    WdfIrqPolicyAllProcessorsInMachineWhenRestricted
} WDF_INTERRUPT_POLICY, *PWDF_INTERRUPT_POLICY;

typedef enum _WDF_INTERRUPT_PRIORITY {
    WdfIrqPriorityUndefined = 0,
    WdfIrqPriorityLow,
    WdfIrqPriorityNormal,
    WdfIrqPriorityHigh
} WDF_INTERRUPT_PRIORITY, *PWDF_INTERRUPT_PRIORITY;

typedef _Function_class_(EVT_WDF_INTERRUPT_ISR)
_IRQL_requires_same_
_IRQL_requires_min_(DISPATCH_LEVEL + 1)
BOOLEAN EVT_WDF_INTERRUPT_ISR(
    _In_ WDFINTERRUPT Interrupt,
    _In_ ULONG MessageID);
typedef EVT_WDF_INTERRUPT_ISR *PFN_WDF_INTERRUPT_ISR;

typedef _Function_class_(EVT_WDF_INTERRUPT_SYNCHRONIZE)
_IRQL_requires_same_
_IRQL_requires_min_(DISPATCH_LEVEL + 1)
BOOLEAN EVT_WDF_INTERRUPT_SYNCHRONIZE(
    _In_ WDFINTERRUPT Interrupt,
    _In_ WDFCONTEXT Context);
typedef EVT_WDF_INTERRUPT_SYNCHRONIZE *PFN_WDF_INTERRUPT_SYNCHRONIZE;

typedef _Function_class_(EVT_WDF_INTERRUPT_DPC)
_IRQL_requires_same_
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID EVT_WDF_INTERRUPT_DPC(
    _In_ WDFINTERRUPT Interrupt,
    _In_ WDFOBJECT AssociatedObject);
typedef EVT_WDF_INTERRUPT_DPC *PFN_WDF_INTERRUPT_DPC;

typedef _Function_class_(EVT_WDF_INTERRUPT_ENABLE)
_IRQL_requires_same_
_IRQL_requires_min_(DISPATCH_LEVEL + 1)
NTSTATUS EVT_WDF_INTERRUPT_ENABLE(
    _In_ WDFINTERRUPT Interrupt,
    _In_ WDFDEVICE AssociatedDevice);
typedef EVT_WDF_INTERRUPT_ENABLE *PFN_WDF_INTERRUPT_ENABLE;

typedef _Function_class_(EVT_WDF_INTERRUPT_DISABLE)
_IRQL_requires_same_
_IRQL_requires_min_(DISPATCH_LEVEL + 1)
NTSTATUS EVT_WDF_INTERRUPT_DISABLE(
    _In_ WDFINTERRUPT Interrupt,
    _In_ WDFDEVICE AssociatedDevice);
typedef EVT_WDF_INTERRUPT_DISABLE *PFN_WDF_INTERRUPT_DISABLE;

typedef _Function_class_(EVT_WDF_INTERRUPT_WORKITEM)
_IRQL_requires_same_
_IRQL_requires_max_(PASSIVE_LEVEL)
VOID EVT_WDF_INTERRUPT_WORKITEM(
    _In_ WDFINTERRUPT Interrupt,
    _In_ WDFOBJECT AssociatedObject);
typedef EVT_WDF_INTERRUPT_WORKITEM *PFN_WDF_INTERRUPT_WORKITEM;

typedef struct _WDF_INTERRUPT_CONFIG {
    ULONG Size;
    WDFSPINLOCK SpinLock;
    WDF_TRI_STATE ShareVector;
    BOOLEAN FloatingSave;
    BOOLEAN AutomaticSerialization;
    PFN_WDF_INTERRUPT_ISR EvtInterruptIsr;
    PFN_WDF_INTERRUPT_DPC EvtInterruptDpc;
    PFN_WDF_INTERRUPT_ENABLE EvtInterruptEnable;
    PFN_WDF_INTERRUPT_DISABLE EvtInterruptDisable;
    PFN_WDF_INTERRUPT_WORKITEM EvtInterruptWorkItem;
    PCM_PARTIAL_RESOURCE_DESCRIPTOR InterruptRaw;
    PCM_PARTIAL_RESOURCE_DESCRIPTOR InterruptTranslated;
    WDFWAITLOCK WaitLock;
    BOOLEAN PassiveHandling;
    WDF_TRI_STATE ReportInactiveOnPowerDown;
    BOOLEAN CanWakeDevice;
} WDF_INTERRUPT_CONFIG, *PWDF_INTERRUPT_CONFIG;

FORCEINLINE VOID
WDF_INTERRUPT_CONFIG_INIT(
    _Out_ PWDF_INTERRUPT_CONFIG Configuration,
    _In_ PFN_WDF_INTERRUPT_ISR EvtInterruptIsr,
    _In_opt_ PFN_WDF_INTERRUPT_DPC EvtInterruptDpc)
{
    RtlZeroMemory(Configuration, sizeof(WDF_INTERRUPT_CONFIG));
    Configuration->Size = sizeof(WDF_INTERRUPT_CONFIG);
    Configuration->ShareVector = WdfUseDefault;
    Configuration->EvtInterruptIsr = EvtInterruptIsr;
    Configuration->EvtInterruptDpc = EvtInterruptDpc;
    Configuration->ReportInactiveOnPowerDown = WdfUseDefault;
}

typedef struct _WDF_INTERRUPT_INFO {
    ULONG Size;
    ULONG64 Reserved1;
    KAFFINITY TargetProcessorSet;
    ULONG Reserved2;
    ULONG MessageNumber;
    ULONG Vector;
    KIRQL Irql;
    KINTERRUPT_MODE Mode;
    WDF_INTERRUPT_POLARITY Polarity;
    BOOLEAN MessageSignaled;
    UCHAR ShareDisposition;
    USHORT Group;
} WDF_INTERRUPT_INFO, *PWDF_INTERRUPT_INFO;

FORCEINLINE VOID
WDF_INTERRUPT_INFO_INIT(_Out_ PWDF_INTERRUPT_INFO Info)
{
    RtlZeroMemory(Info, sizeof(WDF_INTERRUPT_INFO));
    Info->Size = sizeof(WDF_INTERRUPT_INFO);
}

typedef struct _WDF_INTERRUPT_EXTENDED_POLICY {
    ULONG Size;
    WDF_INTERRUPT_POLICY Policy;
    WDF_INTERRUPT_PRIORITY Priority;
    GROUP_AFFINITY TargetProcessorSetAndGroup;
} WDF_INTERRUPT_EXTENDED_POLICY, *PWDF_INTERRUPT_EXTENDED_POLICY;

FORCEINLINE VOID
WDF_INTERRUPT_EXTENDED_POLICY_INIT(_Out_ PWDF_INTERRUPT_EXTENDED_POLICY ExtendedPolicy)
{
    RtlZeroMemory(ExtendedPolicy, sizeof(WDF_INTERRUPT_EXTENDED_POLICY));
    ExtendedPolicy->Size = sizeof(WDF_INTERRUPT_EXTENDED_POLICY);
    ExtendedPolicy->Policy = WdfIrqPolicyMachineDefault;
    ExtendedPolicy->Priority = WdfIrqPriorityUndefined;
}

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
NTSTATUS WdfInterruptCreate(
    _In_ WDFDEVICE Device,
    _In_ PWDF_INTERRUPT_CONFIG Configuration,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _Out_ WDFINTERRUPT *Interrupt);

BOOLEAN WdfInterruptQueueDpcForIsr(_In_ WDFINTERRUPT Interrupt);

BOOLEAN WdfInterruptQueueWorkItemForIsr(_In_ WDFINTERRUPT Interrupt);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN WdfInterruptSynchronize(
    _In_ WDFINTERRUPT Interrupt,
    _In_ PFN_WDF_INTERRUPT_SYNCHRONIZE Callback,
    _In_ WDFCONTEXT Context);

_IRQL_requires_max_(DISPATCH_LEVEL + 1)
VOID WdfInterruptAcquireLock(_In_ WDFINTERRUPT Interrupt);

_IRQL_requires_max_(DISPATCH_LEVEL + 1)
VOID WdfInterruptReleaseLock(_In_ WDFINTERRUPT Interrupt);

_Must_inspect_result_
_IRQL_requires_max_(PASSIVE_LEVEL)
BOOLEAN WdfInterruptTryToAcquireLock(_In_ WDFINTERRUPT Interrupt);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfInterruptEnable(_In_ WDFINTERRUPT Interrupt);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfInterruptDisable(_In_ WDFINTERRUPT Interrupt);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
PKINTERRUPT WdfInterruptWdmGetInterrupt(_In_ WDFINTERRUPT Interrupt);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfInterruptGetInfo(
    _In_ WDFINTERRUPT Interrupt,
    _Out_ PWDF_INTERRUPT_INFO Info);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfInterruptSetPolicy(
    _In_ WDFINTERRUPT Interrupt,
    _In_ WDF_INTERRUPT_POLICY Policy,
    _In_ WDF_INTERRUPT_PRIORITY Priority,
    _In_ KAFFINITY TargetProcessorSet);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfInterruptSetExtendedPolicy(
    _In_ WDFINTERRUPT Interrupt,
    _In_ PWDF_INTERRUPT_EXTENDED_POLICY PolicyAndGroup);

WDFDEVICE WdfInterruptGetDevice(_In_ WDFINTERRUPT Interrupt);

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID WdfInterruptReportActive(_In_ WDFINTERRUPT Interrupt);

_IRQL_requires_max_(PASSIVE_LEVEL)
VOID WdfInterruptReportInactive(_In_ WDFINTERRUPT Interrupt);

#endif /* DDICHECK_WDFINTERRUPT_H */
