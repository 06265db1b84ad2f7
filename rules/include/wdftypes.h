/*
 * wdftypes.h - ddicheck overlay header.
 *
 * Written for ddicheck from the documented KMDF API (Microsoft Learn);
 * used only when the real Windows Driver Kit is absent, so that KMDF
 * driver sources can be parsed with the mingw-w64 DDK headers.
 * Methods are plain prototypes (no WdfFunctions dispatch table).
 * Base types, handle types, common enumerations and helper macros.
 */
#ifndef DDICHECK_WDFTYPES_H
#define DDICHECK_WDFTYPES_H

/* KMDF sits on top of the WDM definitions. */
#if !defined(_WDMDDK_) && !defined(_NTDDK_) && !defined(_NTIFS_)
#include <ntddk.h>
#endif
#include <sal.h>
#include <driverspecs.h>

/* ---- SAL / driver annotations the KMDF prototypes use ---- */
#ifndef _Function_class_
#define _Function_class_(x)
#endif
#ifndef _IRQL_requires_same_
#define _IRQL_requires_same_
#endif
#ifndef _IRQL_requires_max_
#define _IRQL_requires_max_(x)
#endif
#ifndef _IRQL_requires_min_
#define _IRQL_requires_min_(x)
#endif
#ifndef _IRQL_requires_
#define _IRQL_requires_(x)
#endif
#ifndef _IRQL_raises_
#define _IRQL_raises_(x)
#endif
#ifndef _IRQL_saves_
#define _IRQL_saves_
#endif
#ifndef _IRQL_restores_
#define _IRQL_restores_
#endif
#ifndef _IRQL_always_function_min_
#define _IRQL_always_function_min_(x)
#endif
#ifndef _IRQL_always_function_max_
#define _IRQL_always_function_max_(x)
#endif
#ifndef _Must_inspect_result_
#define _Must_inspect_result_
#endif
#ifndef _Acquires_lock_
#define _Acquires_lock_(x)
#endif
#ifndef _Releases_lock_
#define _Releases_lock_(x)
#endif
#ifndef _Requires_lock_held_
#define _Requires_lock_held_(x)
#endif
#ifndef _When_
#define _When_(c, a)
#endif
#ifndef _Strict_type_match_
#define _Strict_type_match_
#endif
#ifndef __drv_reportError
#define __drv_reportError(x)
#endif
#ifndef __drv_aliasesMem
#define __drv_aliasesMem
#endif
#ifndef _Post_writable_byte_size_
#define _Post_writable_byte_size_(x)
#endif
#ifndef _Kernel_clear_do_init_
#define _Kernel_clear_do_init_(x)
#endif

#ifndef FORCEINLINE
#define FORCEINLINE static __inline__ __attribute__((always_inline))
#endif

#ifdef __cplusplus
#define WDF_EXTERN_C extern "C"
#define WDF_EXTERN_C_START extern "C" {
#define WDF_EXTERN_C_END }
#else
#define WDF_EXTERN_C
#define WDF_EXTERN_C_START
#define WDF_EXTERN_C_END
#endif

#ifndef WDFAPI
#define WDFAPI
#endif
#ifndef WDFEXPORT
#define WDFEXPORT(a) a
#endif

/* ---- framework version (KMDF 1.33 API surface) ---- */
#ifndef KMDF_VERSION_MAJOR
#define KMDF_VERSION_MAJOR 1
#endif
#ifndef KMDF_VERSION_MINOR
#define KMDF_VERSION_MINOR 33
#endif
#ifndef WDF_KMDF_VERSION
#define WDF_KMDF_VERSION KMDF_VERSION_MAJOR
#endif
#define __WDF_MAKE_VERSION(maj, min) (((maj) << 16) | (min))
#define WDF_MAKE_KMDF_VERSION __WDF_MAKE_VERSION

/* ---- handle types ---- */
typedef HANDLE WDFOBJECT, *PWDFOBJECT;
typedef PVOID WDFCONTEXT;

#define DDICHECK_WDF_HANDLE(h) typedef struct h##__ *h; typedef h *P##h

DDICHECK_WDF_HANDLE(WDFDRIVER);
DDICHECK_WDF_HANDLE(WDFDEVICE);
DDICHECK_WDF_HANDLE(WDFWMIPROVIDER);
DDICHECK_WDF_HANDLE(WDFWMIINSTANCE);
DDICHECK_WDF_HANDLE(WDFQUEUE);
DDICHECK_WDF_HANDLE(WDFREQUEST);
DDICHECK_WDF_HANDLE(WDFFILEOBJECT);
DDICHECK_WDF_HANDLE(WDFDPC);
DDICHECK_WDF_HANDLE(WDFTIMER);
DDICHECK_WDF_HANDLE(WDFWORKITEM);
DDICHECK_WDF_HANDLE(WDFINTERRUPT);
DDICHECK_WDF_HANDLE(WDFWAITLOCK);
DDICHECK_WDF_HANDLE(WDFSPINLOCK);
DDICHECK_WDF_HANDLE(WDFMEMORY);
DDICHECK_WDF_HANDLE(WDFLOOKASIDE);
DDICHECK_WDF_HANDLE(WDFIOTARGET);
DDICHECK_WDF_HANDLE(WDFUSBDEVICE);
DDICHECK_WDF_HANDLE(WDFUSBINTERFACE);
DDICHECK_WDF_HANDLE(WDFUSBPIPE);
DDICHECK_WDF_HANDLE(WDFDMAENABLER);
DDICHECK_WDF_HANDLE(WDFDMATRANSACTION);
DDICHECK_WDF_HANDLE(WDFCOMMONBUFFER);
DDICHECK_WDF_HANDLE(WDFKEY);
DDICHECK_WDF_HANDLE(WDFSTRING);
DDICHECK_WDF_HANDLE(WDFCOLLECTION);
DDICHECK_WDF_HANDLE(WDFCHILDLIST);
DDICHECK_WDF_HANDLE(WDFIORESREQLIST);
DDICHECK_WDF_HANDLE(WDFIORESLIST);
DDICHECK_WDF_HANDLE(WDFCMRESLIST);
DDICHECK_WDF_HANDLE(WDFCOMPANIONTARGET);
DDICHECK_WDF_HANDLE(WDFTASKQUEUE);

/* WDFDEVICE_INIT is opaque. */
typedef struct WDFDEVICE_INIT WDFDEVICE_INIT, *PWDFDEVICE_INIT;
typedef struct WDFCXDEVICE_INIT WDFCXDEVICE_INIT, *PWDFCXDEVICE_INIT;

/* ---- "no value" placeholders ---- */
#define WDF_NO_OBJECT_ATTRIBUTES (NULL)
#define WDF_NO_EVENT_CALLBACK (NULL)
#define WDF_NO_HANDLE (NULL)
#define WDF_NO_CONTEXT (NULL)
#define WDF_NO_SEND_OPTIONS (NULL)

/* ---- common enumerations ---- */
typedef enum _WDF_TRI_STATE {
    WdfFalse = FALSE,
    WdfTrue = TRUE,
    WdfUseDefault = 2
} WDF_TRI_STATE, *PWDF_TRI_STATE;

typedef enum _WDF_EXECUTION_LEVEL {
    WdfExecutionLevelInvalid = 0x00,
    WdfExecutionLevelInheritFromParent,
    WdfExecutionLevelPassive,
    WdfExecutionLevelDispatch
} WDF_EXECUTION_LEVEL;

typedef enum _WDF_SYNCHRONIZATION_SCOPE {
    WdfSynchronizationScopeInvalid = 0x00,
    WdfSynchronizationScopeInheritFromParent,
    WdfSynchronizationScopeDevice,
    WdfSynchronizationScopeQueue,
    WdfSynchronizationScopeNone
} WDF_SYNCHRONIZATION_SCOPE;

/* ---- timeout helpers (100ns units; negative = relative) ---- */
#define WDF_TIMEOUT_TO_SEC ((LONGLONG)1 * 10 * 1000 * 1000)
#define WDF_TIMEOUT_TO_MS ((LONGLONG)1 * 10 * 1000)
#define WDF_TIMEOUT_TO_US ((LONGLONG)1 * 10)

FORCEINLINE LONGLONG WDF_REL_TIMEOUT_IN_SEC(_In_ ULONGLONG Time)
{ return (LONGLONG)Time * -WDF_TIMEOUT_TO_SEC; }
FORCEINLINE LONGLONG WDF_ABS_TIMEOUT_IN_SEC(_In_ ULONGLONG Time)
{ return (LONGLONG)Time * WDF_TIMEOUT_TO_SEC; }
FORCEINLINE LONGLONG WDF_REL_TIMEOUT_IN_MS(_In_ ULONGLONG Time)
{ return (LONGLONG)Time * -WDF_TIMEOUT_TO_MS; }
FORCEINLINE LONGLONG WDF_ABS_TIMEOUT_IN_MS(_In_ ULONGLONG Time)
{ return (LONGLONG)Time * WDF_TIMEOUT_TO_MS; }
FORCEINLINE LONGLONG WDF_REL_TIMEOUT_IN_US(_In_ ULONGLONG Time)
{ return (LONGLONG)Time * -WDF_TIMEOUT_TO_US; }
FORCEINLINE LONGLONG WDF_ABS_TIMEOUT_IN_US(_In_ ULONGLONG Time)
{ return (LONGLONG)Time * WDF_TIMEOUT_TO_US; }

/* ---- size / alignment helpers ---- */
#define WDF_ALIGN_SIZE_DOWN(Length, AlignTo) ((Length) & ~((AlignTo) - 1))
#define WDF_ALIGN_SIZE_UP(Length, AlignTo) WDF_ALIGN_SIZE_DOWN((Length) + (AlignTo) - 1, (AlignTo))
#define WDF_PTR_ADD_OFFSET_TYPE(_ptr, _offset, _type) ((_type)(((PUCHAR)(_ptr)) + (_offset)))
#define WDF_PTR_ADD_OFFSET(_ptr, _offset) WDF_PTR_ADD_OFFSET_TYPE(_ptr, _offset, PVOID)
#define WDF_PTR_GET_OFFSET(_base, _addr) ((size_t)(((PUCHAR)(_addr)) - ((PUCHAR)(_base))))

/* Structure-size helper used by versioned structures. */
#define WDF_STRUCTURE_SIZE(_Struct) ((ULONG)sizeof(_Struct))
#define WDF_FIELD_SIZE(_type, _field) (sizeof(((_type *)0)->_field))
#define WDF_OFFSET_OF(_type, _field) FIELD_OFFSET(_type, _field)

#endif /* DDICHECK_WDFTYPES_H */
