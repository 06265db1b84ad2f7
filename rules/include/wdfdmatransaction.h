/*
 * wdfdmatransaction.h - ddicheck overlay header.
 *
 * Written for ddicheck from the documented KMDF API (Microsoft Learn);
 * used only when the real Windows Driver Kit is absent.
 * Framework DMA transactions.
 */
#ifndef DDICHECK_WDFDMATRANSACTION_H
#define DDICHECK_WDFDMATRANSACTION_H

#include <wdfobject.h>
#include <wdfdmaenabler.h>

typedef _Function_class_(EVT_WDF_PROGRAM_DMA)
_IRQL_requires_same_
_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN EVT_WDF_PROGRAM_DMA(
    _In_ WDFDMATRANSACTION Transaction,
    _In_ WDFDEVICE Device,
    _In_ WDFCONTEXT Context,
    _In_ WDF_DMA_DIRECTION Direction,
    _In_ PSCATTER_GATHER_LIST SgList);
typedef EVT_WDF_PROGRAM_DMA *PFN_WDF_PROGRAM_DMA;

typedef _Function_class_(EVT_WDF_RESERVE_DMA)
_IRQL_requires_same_
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID EVT_WDF_RESERVE_DMA(
    _In_ WDFDMATRANSACTION DmaTransaction,
    _In_ PVOID Context);
typedef EVT_WDF_RESERVE_DMA *PFN_WDF_RESERVE_DMA;

typedef _Function_class_(EVT_WDF_DMA_TRANSACTION_CONFIGURE_DMA_CHANNEL)
_IRQL_requires_same_
_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN EVT_WDF_DMA_TRANSACTION_CONFIGURE_DMA_CHANNEL(
    _In_ WDFDMATRANSACTION DmaTransaction,
    _In_ WDFDEVICE Device,
    _In_ PVOID Context,
    _In_opt_ PMDL Mdl,
    _In_ size_t Offset,
    _In_ size_t Length);
typedef EVT_WDF_DMA_TRANSACTION_CONFIGURE_DMA_CHANNEL
    *PFN_WDF_DMA_TRANSACTION_CONFIGURE_DMA_CHANNEL;

typedef _Function_class_(EVT_WDF_DMA_TRANSACTION_DMA_TRANSFER_COMPLETE)
_IRQL_requires_same_
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID EVT_WDF_DMA_TRANSACTION_DMA_TRANSFER_COMPLETE(
    _In_ WDFDMATRANSACTION Transaction,
    _In_ WDFDEVICE Device,
    _In_ WDFCONTEXT Context,
    _In_ WDF_DMA_DIRECTION Direction,
    _In_ DMA_COMPLETION_STATUS Status);
typedef EVT_WDF_DMA_TRANSACTION_DMA_TRANSFER_COMPLETE
    *PFN_WDF_DMA_TRANSACTION_DMA_TRANSFER_COMPLETE;

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDmaTransactionCreate(
    _In_ WDFDMAENABLER DmaEnabler,
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _Out_ WDFDMATRANSACTION *DmaTransaction);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDmaTransactionInitialize(
    _In_ WDFDMATRANSACTION DmaTransaction,
    _In_ PFN_WDF_PROGRAM_DMA EvtProgramDmaFunction,
    _In_ WDF_DMA_DIRECTION DmaDirection,
    _In_ PMDL Mdl,
    _In_ PVOID VirtualAddress,
    _In_ size_t Length);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDmaTransactionInitializeUsingOffset(
    _In_ WDFDMATRANSACTION DmaTransaction,
    _In_ PFN_WDF_PROGRAM_DMA EvtProgramDmaFunction,
    _In_ WDF_DMA_DIRECTION DmaDirection,
    _In_ PMDL Mdl,
    _In_ size_t Offset,
    _In_ size_t Length);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDmaTransactionInitializeUsingRequest(
    _In_ WDFDMATRANSACTION DmaTransaction,
    _In_ WDFREQUEST Request,
    _In_ PFN_WDF_PROGRAM_DMA EvtProgramDmaFunction,
    _In_ WDF_DMA_DIRECTION DmaDirection);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDmaTransactionExecute(
    _In_ WDFDMATRANSACTION DmaTransaction,
    _In_opt_ WDFCONTEXT Context);

_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDmaTransactionRelease(_In_ WDFDMATRANSACTION DmaTransaction);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN WdfDmaTransactionDmaCompleted(
    _In_ WDFDMATRANSACTION DmaTransaction,
    _Out_ NTSTATUS *Status);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN WdfDmaTransactionDmaCompletedWithLength(
    _In_ WDFDMATRANSACTION DmaTransaction,
    _In_ size_t TransferredLength,
    _Out_ NTSTATUS *Status);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN WdfDmaTransactionDmaCompletedFinal(
    _In_ WDFDMATRANSACTION DmaTransaction,
    _In_ size_t FinalTransferredLength,
    _Out_ NTSTATUS *Status);

_IRQL_requires_max_(DISPATCH_LEVEL)
size_t WdfDmaTransactionGetBytesTransferred(_In_ WDFDMATRANSACTION DmaTransaction);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDmaTransactionSetMaximumLength(
    _In_ WDFDMATRANSACTION DmaTransaction,
    _In_ size_t MaximumLength);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDmaTransactionSetSingleTransferRequirement(
    _In_ WDFDMATRANSACTION DmaTransaction,
    _In_ BOOLEAN RequireSingleTransfer);

_IRQL_requires_max_(DISPATCH_LEVEL)
WDFREQUEST WdfDmaTransactionGetRequest(_In_ WDFDMATRANSACTION DmaTransaction);

_IRQL_requires_max_(DISPATCH_LEVEL)
size_t WdfDmaTransactionGetCurrentDmaTransferLength(_In_ WDFDMATRANSACTION DmaTransaction);

_IRQL_requires_max_(DISPATCH_LEVEL)
WDFDEVICE WdfDmaTransactionGetDevice(_In_ WDFDMATRANSACTION DmaTransaction);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDmaTransactionGetTransferInfo(
    _In_ WDFDMATRANSACTION DmaTransaction,
    _Out_opt_ ULONG *MapRegisterCount,
    _Out_opt_ ULONG *ScatterGatherElementCount);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDmaTransactionSetChannelConfigurationCallback(
    _In_ WDFDMATRANSACTION DmaTransaction,
    _In_opt_ PFN_WDF_DMA_TRANSACTION_CONFIGURE_DMA_CHANNEL ConfigureRoutine,
    _In_opt_ PVOID ConfigureContext);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDmaTransactionSetTransferCompleteCallback(
    _In_ WDFDMATRANSACTION DmaTransaction,
    _In_opt_ PFN_WDF_DMA_TRANSACTION_DMA_TRANSFER_COMPLETE DmaCompletionRoutine,
    _In_opt_ PVOID DmaCompletionContext);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDmaTransactionSetImmediateExecution(
    _In_ WDFDMATRANSACTION DmaTransaction,
    _In_ BOOLEAN UseImmediateExecution);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS WdfDmaTransactionAllocateResources(
    _In_ WDFDMATRANSACTION DmaTransaction,
    _In_ WDF_DMA_DIRECTION DmaDirection,
    _In_ ULONG RequiredMapRegisters,
    _In_ PFN_WDF_RESERVE_DMA EvtReserveDmaFunction,
    _In_ PVOID EvtReserveDmaContext);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDmaTransactionSetDeviceAddressOffset(
    _In_ WDFDMATRANSACTION DmaTransaction,
    _In_ ULONG Offset);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID WdfDmaTransactionFreeResources(_In_ WDFDMATRANSACTION DmaTransaction);

_IRQL_requires_max_(DISPATCH_LEVEL)
BOOLEAN WdfDmaTransactionCancel(_In_ WDFDMATRANSACTION DmaTransaction);

_IRQL_requires_max_(DISPATCH_LEVEL)
PVOID WdfDmaTransactionWdmGetTransferContext(_In_ WDFDMATRANSACTION DmaTransaction);

_IRQL_requires_max_(HIGH_LEVEL)
VOID WdfDmaTransactionStopSystemTransfer(_In_ WDFDMATRANSACTION DmaTransaction);

#endif /* DDICHECK_WDFDMATRANSACTION_H */
