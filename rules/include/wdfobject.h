/*
 * wdfobject.h - ddicheck overlay header.
 *
 * Written for ddicheck from the documented KMDF API (Microsoft Learn);
 * used only when the real Windows Driver Kit is absent.
 * Framework object attributes, object contexts and WdfObjectXxx methods.
 */
#ifndef DDICHECK_WDFOBJECT_H
#define DDICHECK_WDFOBJECT_H

#include <wdftypes.h>

/* ---- object callbacks ---- */
typedef _Function_class_(EVT_WDF_OBJECT_CONTEXT_CLEANUP)
_IRQL_requires_same_
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID EVT_WDF_OBJECT_CONTEXT_CLEANUP(_In_ WDFOBJECT Object);
typedef EVT_WDF_OBJECT_CONTEXT_CLEANUP *PFN_WDF_OBJECT_CONTEXT_CLEANUP;

typedef _Function_class_(EVT_WDF_OBJECT_CONTEXT_DESTROY)
_IRQL_requires_same_
_IRQL_requires_max_(DISPATCH_LEVEL)
VOID EVT_WDF_OBJECT_CONTEXT_DESTROY(_In_ WDFOBJECT Object);
typedef EVT_WDF_OBJECT_CONTEXT_DESTROY *PFN_WDF_OBJECT_CONTEXT_DESTROY;

/* ---- context type information ---- */
typedef struct _WDF_OBJECT_CONTEXT_TYPE_INFO WDF_OBJECT_CONTEXT_TYPE_INFO,
    *PWDF_OBJECT_CONTEXT_TYPE_INFO;
typedef const WDF_OBJECT_CONTEXT_TYPE_INFO *PCWDF_OBJECT_CONTEXT_TYPE_INFO;

typedef PCWDF_OBJECT_CONTEXT_TYPE_INFO (__cdecl *PFN_GET_UNIQUE_CONTEXT_TYPE)(VOID);

struct _WDF_OBJECT_CONTEXT_TYPE_INFO {
    ULONG Size;
    PCHAR ContextName;
    size_t ContextSize;
    PCWDF_OBJECT_CONTEXT_TYPE_INFO UniqueType;
    PFN_GET_UNIQUE_CONTEXT_TYPE EvtDriverGetUniqueContextType;
};

/* ---- object attributes ---- */
typedef struct _WDF_OBJECT_ATTRIBUTES {
    ULONG Size;
    PFN_WDF_OBJECT_CONTEXT_CLEANUP EvtCleanupCallback;
    PFN_WDF_OBJECT_CONTEXT_DESTROY EvtDestroyCallback;
    WDF_EXECUTION_LEVEL ExecutionLevel;
    WDF_SYNCHRONIZATION_SCOPE SynchronizationScope;
    WDFOBJECT ParentObject;
    size_t ContextSizeOverride;
    PCWDF_OBJECT_CONTEXT_TYPE_INFO ContextTypeInfo;
} WDF_OBJECT_ATTRIBUTES, *PWDF_OBJECT_ATTRIBUTES;

FORCEINLINE VOID
WDF_OBJECT_ATTRIBUTES_INIT(_Out_ PWDF_OBJECT_ATTRIBUTES Attributes)
{
    RtlZeroMemory(Attributes, sizeof(WDF_OBJECT_ATTRIBUTES));
    Attributes->Size = sizeof(WDF_OBJECT_ATTRIBUTES);
    Attributes->ExecutionLevel = WdfExecutionLevelInheritFromParent;
    Attributes->SynchronizationScope = WdfSynchronizationScopeInheritFromParent;
}

/* Name of the per-type descriptor object and its pointer type.  As in the
 * real header, WDF_GET_CONTEXT_TYPE_INFO is the address of the descriptor
 * and the attributes receive its UniqueType. */
#define WDF_TYPE_NAME_TO_TYPE_INFO(_contexttype) _WDF_##_contexttype##_TYPE_INFO
#define WDF_TYPE_NAME_POINTER_TYPE(_contexttype) WDF_POINTER_TYPE_##_contexttype
#define WDF_GET_CONTEXT_TYPE_INFO(_contexttype) \
    (&WDF_TYPE_NAME_TO_TYPE_INFO(_contexttype))

#define WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(_attributes, _contexttype) \
    (_attributes)->ContextTypeInfo = WDF_GET_CONTEXT_TYPE_INFO(_contexttype)->UniqueType

/* Two statements, as in the real header (no trailing ';': the caller writes
 * it), so `if (x) WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(...);` guards only
 * the initialisation there too. */
#define WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(_attributes, _contexttype) \
    WDF_OBJECT_ATTRIBUTES_INIT(_attributes);                              \
    WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(_attributes, _contexttype)

_IRQL_requires_max_(DISPATCH_LEVEL)
PVOID FASTCALL
WdfObjectGetTypedContextWorker(
    _In_ WDFOBJECT Handle,
    _In_ PCWDF_OBJECT_CONTEXT_TYPE_INFO TypeInfo);

#define WdfObjectGetTypedContext(handle, type) \
    ((type *)WdfObjectGetTypedContextWorker((WDFOBJECT)(handle), \
                                            WDF_GET_CONTEXT_TYPE_INFO(type)->UniqueType))

/*
 * WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(Type, Accessor) declares the type
 * descriptor for Type and an accessor "Type *Accessor(WDFOBJECT Handle)".
 */
#define WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(_contexttype, _castingfunction)   \
    typedef _contexttype *WDF_TYPE_NAME_POINTER_TYPE(_contexttype);           \
    WDF_EXTERN_C __declspec(selectany) const WDF_OBJECT_CONTEXT_TYPE_INFO     \
    WDF_TYPE_NAME_TO_TYPE_INFO(_contexttype) = {                              \
        sizeof(WDF_OBJECT_CONTEXT_TYPE_INFO),                                 \
        (PCHAR)#_contexttype,                                                 \
        sizeof(_contexttype),                                                 \
        WDF_GET_CONTEXT_TYPE_INFO(_contexttype),                              \
        NULL                                                                  \
    };                                                                        \
    WDF_EXTERN_C FORCEINLINE _contexttype *                                   \
    _castingfunction(_In_ WDFOBJECT Handle)                                   \
    {                                                                         \
        return (WDF_TYPE_NAME_POINTER_TYPE(_contexttype))                     \
            WdfObjectGetTypedContextWorker(Handle,                            \
                WDF_GET_CONTEXT_TYPE_INFO(_contexttype)->UniqueType);         \
    }

#define WDF_DECLARE_CONTEXT_TYPE(_contexttype) \
    WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(_contexttype, WdfObjectGet_##_contexttype)

/* Context types shared between drivers: descriptor supplied at run time. */
#define WDF_DECLARE_SHARED_CONTEXT_TYPE_WITH_NAME(_contexttype, _castingfunction) \
    WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(_contexttype, _castingfunction)

#define WDF_DECLARE_CUSTOM_TYPE(_type)                                        \
    WDF_EXTERN_C __declspec(selectany) const WDF_OBJECT_CONTEXT_TYPE_INFO     \
    WDF_TYPE_NAME_TO_TYPE_INFO(_type) = {                                     \
        sizeof(WDF_OBJECT_CONTEXT_TYPE_INFO), (PCHAR)#_type, 0,               \
        &WDF_TYPE_NAME_TO_TYPE_INFO(_type), NULL };

/* ---- object methods ---- */
_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfObjectAllocateContext(
    _In_ WDFOBJECT Handle,
    _In_ PWDF_OBJECT_ATTRIBUTES ContextAttributes,
    _Outptr_opt_ PVOID *Context);

_IRQL_requires_max_(DISPATCH_LEVEL)
WDFOBJECT FASTCALL
WdfObjectContextGetObject(_In_ PVOID ContextPointer);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
WdfObjectReferenceActual(
    _In_ WDFOBJECT Handle,
    _In_opt_ PVOID Tag,
    _In_ LONG Line,
    _In_z_ PCHAR File);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
WdfObjectDereferenceActual(
    _In_ WDFOBJECT Handle,
    _In_opt_ PVOID Tag,
    _In_ LONG Line,
    _In_z_ PCHAR File);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfObjectCreate(
    _In_opt_ PWDF_OBJECT_ATTRIBUTES Attributes,
    _Out_ WDFOBJECT *Object);

_IRQL_requires_max_(DISPATCH_LEVEL)
VOID
WdfObjectDelete(_In_ WDFOBJECT Object);

_Must_inspect_result_
_IRQL_requires_max_(DISPATCH_LEVEL)
NTSTATUS
WdfObjectQuery(
    _In_ WDFOBJECT Object,
    _In_ CONST GUID *Guid,
    _In_ ULONG QueryBufferLength,
    _Out_writes_bytes_(QueryBufferLength) PVOID QueryBuffer);

#define WdfObjectReference(Handle) \
    WdfObjectReferenceActual((WDFOBJECT)(Handle), NULL, __LINE__, (PCHAR)__FILE__)
#define WdfObjectReferenceWithTag(Handle, Tag) \
    WdfObjectReferenceActual((WDFOBJECT)(Handle), (PVOID)(Tag), __LINE__, (PCHAR)__FILE__)
#define WdfObjectDereference(Handle) \
    WdfObjectDereferenceActual((WDFOBJECT)(Handle), NULL, __LINE__, (PCHAR)__FILE__)
#define WdfObjectDereferenceWithTag(Handle, Tag) \
    WdfObjectDereferenceActual((WDFOBJECT)(Handle), (PVOID)(Tag), __LINE__, (PCHAR)__FILE__)

#endif /* DDICHECK_WDFOBJECT_H */
