/*
 * driverspecs.h -- ddicheck overlay.
 * Written for ddicheck from the documented annotation macros (Microsoft Learn:
 * "SAL 2.0 annotations", "Annotating driver code"); used only when the real
 * WDK/SDK headers are absent.  Includes the mingw-w64 driverspecs.h and then defines,
 * as no-ops, the driver annotations (_IRQL_*, _Kernel_*, __drv_*) that it lacks.  Every definition is #ifndef-guarded.
 */
#include_next <driverspecs.h>

#ifndef DDICHECK_OVERLAY_DRIVERSPECS_H
#define DDICHECK_OVERLAY_DRIVERSPECS_H

#include <sal.h>

#ifndef _IRQL_raises_
#define _IRQL_raises_(x)
#endif
#ifndef _IRQL_requires_
#define _IRQL_requires_(x)
#endif
#ifndef _IRQL_requires_max_
#define _IRQL_requires_max_(x)
#endif
#ifndef _IRQL_requires_min_
#define _IRQL_requires_min_(x)
#endif
#ifndef _IRQL_requires_same_
#define _IRQL_requires_same_
#endif
#ifndef _IRQL_restores_
#define _IRQL_restores_
#endif
#ifndef _IRQL_saves_
#define _IRQL_saves_
#endif
#ifndef _IRQL_saves_global_
#define _IRQL_saves_global_(k,p)
#endif
#ifndef _IRQL_restores_global_
#define _IRQL_restores_global_(k,p)
#endif
#ifndef _IRQL_always_function_min_
#define _IRQL_always_function_min_(x)
#endif
#ifndef _IRQL_always_function_max_
#define _IRQL_always_function_max_(x)
#endif
#ifndef _IRQL_uses_cancel_
#define _IRQL_uses_cancel_
#endif
#ifndef _IRQL_is_cancel_
#define _IRQL_is_cancel_
#endif
#ifndef _IRQL_limited_to_
#define _IRQL_limited_to_(x)
#endif
#ifndef _IRQL_requires_raised_
#define _IRQL_requires_raised_
#endif
#ifndef _Kernel_float_saved_
#define _Kernel_float_saved_
#endif
#ifndef _Kernel_float_restored_
#define _Kernel_float_restored_
#endif
#ifndef _Kernel_float_used_
#define _Kernel_float_used_
#endif
#ifndef _Kernel_acquires_resource_
#define _Kernel_acquires_resource_(k)
#endif
#ifndef _Kernel_releases_resource_
#define _Kernel_releases_resource_(k)
#endif
#ifndef _Kernel_requires_resource_held_
#define _Kernel_requires_resource_held_(k)
#endif
#ifndef _Kernel_requires_resource_not_held_
#define _Kernel_requires_resource_not_held_(k)
#endif
#ifndef _Kernel_clear_do_init_
#define _Kernel_clear_do_init_(x)
#endif
#ifndef _Kernel_IoGetDmaAdapter_
#define _Kernel_IoGetDmaAdapter_
#endif
#ifndef _Kernel_ApcDisabled_
#define _Kernel_ApcDisabled_
#endif
#ifndef _Kernel_ApcEnabled_
#define _Kernel_ApcEnabled_
#endif
#ifndef _Kernel_ApcEnabled_or_disabled_
#define _Kernel_ApcEnabled_or_disabled_
#endif
#ifndef _Function_class_
#define _Function_class_(x)
#endif
#ifndef _Dispatch_type_
#define _Dispatch_type_(x)
#endif
#ifndef _Analysis_code_type_user_code_
#define _Analysis_code_type_user_code_
#endif
#ifndef _Analysis_code_type_user_driver_
#define _Analysis_code_type_user_driver_
#endif
#ifndef _Analysis_code_type_kernel_driver_
#define _Analysis_code_type_kernel_driver_
#endif
#ifndef _Analysis_code_type_kernel_code_
#define _Analysis_code_type_kernel_code_
#endif
#ifndef __drv_dispatchType
#define __drv_dispatchType(x)
#endif
#ifndef __drv_dispatchType_other
#define __drv_dispatchType_other
#endif
#ifndef __drv_functionClass
#define __drv_functionClass(x)
#endif
#ifndef __drv_maxIRQL
#define __drv_maxIRQL(x)
#endif
#ifndef __drv_minIRQL
#define __drv_minIRQL(x)
#endif
#ifndef __drv_setsIRQL
#define __drv_setsIRQL(x)
#endif
#ifndef __drv_requiresIRQL
#define __drv_requiresIRQL(x)
#endif
#ifndef __drv_raisesIRQL
#define __drv_raisesIRQL(x)
#endif
#ifndef __drv_savesIRQL
#define __drv_savesIRQL
#endif
#ifndef __drv_restoresIRQL
#define __drv_restoresIRQL
#endif
#ifndef __drv_savesIRQLGlobal
#define __drv_savesIRQLGlobal(k,p)
#endif
#ifndef __drv_restoresIRQLGlobal
#define __drv_restoresIRQLGlobal(k,p)
#endif
#ifndef __drv_sameIRQL
#define __drv_sameIRQL
#endif
#ifndef __drv_useCancelIRQL
#define __drv_useCancelIRQL
#endif
#ifndef __drv_isCancelIRQL
#define __drv_isCancelIRQL
#endif
#ifndef __drv_floatSaved
#define __drv_floatSaved
#endif
#ifndef __drv_floatRestored
#define __drv_floatRestored
#endif
#ifndef __drv_floatUsed
#define __drv_floatUsed
#endif
#ifndef __drv_acquiresResource
#define __drv_acquiresResource(k)
#endif
#ifndef __drv_releasesResource
#define __drv_releasesResource(k)
#endif
#ifndef __drv_mustHold
#define __drv_mustHold(k)
#endif
#ifndef __drv_neverHold
#define __drv_neverHold(k)
#endif
#ifndef __drv_allocatesMem
#define __drv_allocatesMem(k)
#endif
#ifndef __drv_freesMem
#define __drv_freesMem(k)
#endif
#ifndef __drv_aliasesMem
#define __drv_aliasesMem
#endif
#ifndef __drv_when
#define __drv_when(c,a)
#endif
#ifndef __drv_inTry
#define __drv_inTry
#endif
#ifndef __drv_notInTry
#define __drv_notInTry
#endif
#ifndef __drv_preferredFunction
#define __drv_preferredFunction(f,w)
#endif
#ifndef __drv_reportError
#define __drv_reportError(w)
#endif
#ifndef __drv_valueIs
#define __drv_valueIs(l)
#endif
#ifndef __drv_strictType
#define __drv_strictType(t,m)
#endif
#ifndef __drv_strictTypeMatch
#define __drv_strictTypeMatch(m)
#endif
#ifndef __drv_mustHoldCriticalRegion
#define __drv_mustHoldCriticalRegion
#endif
#ifndef __drv_acquiresCriticalRegion
#define __drv_acquiresCriticalRegion
#endif
#ifndef __drv_releasesCriticalRegion
#define __drv_releasesCriticalRegion
#endif
#ifndef __drv_acquiresCancelSpinLock
#define __drv_acquiresCancelSpinLock
#endif
#ifndef __drv_releasesCancelSpinLock
#define __drv_releasesCancelSpinLock
#endif
#ifndef __drv_mustHoldCancelSpinLock
#define __drv_mustHoldCancelSpinLock
#endif
#ifndef __drv_neverHoldCancelSpinLock
#define __drv_neverHoldCancelSpinLock
#endif
#ifndef __drv_acquiresExclusiveResource
#define __drv_acquiresExclusiveResource(k)
#endif
#ifndef __drv_releasesExclusiveResource
#define __drv_releasesExclusiveResource(k)
#endif
#ifndef __drv_acquiresPriorityRegion
#define __drv_acquiresPriorityRegion
#endif
#ifndef __drv_releasesPriorityRegion
#define __drv_releasesPriorityRegion
#endif
#ifndef __drv_mustHoldPriorityRegion
#define __drv_mustHoldPriorityRegion
#endif
#ifndef __drv_neverHoldPriorityRegion
#define __drv_neverHoldPriorityRegion
#endif
#ifndef __drv_at
#define __drv_at(e,a)
#endif
#ifndef __drv_in
#define __drv_in(a)
#endif
#ifndef __drv_out
#define __drv_out(a)
#endif
#ifndef __drv_in_deref
#define __drv_in_deref(a)
#endif
#ifndef __drv_out_deref
#define __drv_out_deref(a)
#endif
#ifndef __drv_deref
#define __drv_deref(a)
#endif
#ifndef __drv_arg
#define __drv_arg(e,a)
#endif
#ifndef __drv_fun
#define __drv_fun(a)
#endif
#ifndef __drv_ret
#define __drv_ret(a)
#endif
#ifndef __drv_unit
#define __drv_unit(p)
#endif
#ifndef __drv_formatString
#define __drv_formatString(k)
#endif
#ifndef __drv_constant
#define __drv_constant
#endif
#ifndef __drv_nonConstant
#define __drv_nonConstant
#endif
#ifndef __drv_isObjectPointer
#define __drv_isObjectPointer
#endif
#ifndef __drv_clearDoInit
#define __drv_clearDoInit(x)
#endif
#ifndef __drv_declspec
#define __drv_declspec(x)
#endif
#ifndef __drv_nop
#define __drv_nop(x)
#endif
#ifndef __drv_defined
#define __drv_defined(x)
#endif
#ifndef __drv_maxFunctionIRQL
#define __drv_maxFunctionIRQL(x)
#endif
#ifndef __drv_minFunctionIRQL
#define __drv_minFunctionIRQL(x)
#endif
#ifndef __drv_interlocked
#define __drv_interlocked
#endif
#ifndef __drv_typeConst
#define __drv_typeConst
#endif
#ifndef __drv_typeCond
#define __drv_typeCond
#endif
#ifndef __drv_typeBitset
#define __drv_typeBitset
#endif
#ifndef __drv_typeExpr
#define __drv_typeExpr
#endif
#ifndef __drv_innerMustHoldGlobal
#define __drv_innerMustHoldGlobal(k,p)
#endif
#ifndef __drv_innerNeverHoldGlobal
#define __drv_innerNeverHoldGlobal(k,p)
#endif
#ifndef __drv_mustHoldGlobal
#define __drv_mustHoldGlobal(k,p)
#endif
#ifndef __drv_neverHoldGlobal
#define __drv_neverHoldGlobal(k,p)
#endif
#ifndef __drv_acquiresResourceGlobal
#define __drv_acquiresResourceGlobal(k,p)
#endif
#ifndef __drv_releasesResourceGlobal
#define __drv_releasesResourceGlobal(k,p)
#endif
#ifndef __drv_IoGetDmaAdapter
#define __drv_IoGetDmaAdapter
#endif
#ifndef __drv_KMDF
#define __drv_KMDF
#endif
#ifndef __drv_completionType
#define __drv_completionType(x)
#endif
#ifndef __drv_callbackType
#define __drv_callbackType(x)
#endif
#ifndef __drv_requiresIRQLGlobal
#define __drv_requiresIRQLGlobal(k,p)
#endif
#ifndef __drv_maxIRQLGlobal
#define __drv_maxIRQLGlobal(k,p)
#endif
#ifndef __internal_kernel_driver
#define __internal_kernel_driver
#endif
#ifndef __kernel_code
#define __kernel_code
#endif
#ifndef __kernel_driver
#define __kernel_driver
#endif
#ifndef __user_code
#define __user_code
#endif
#ifndef __user_driver
#define __user_driver
#endif
#ifndef __kernel_entry
#define __kernel_entry
#endif
#ifndef __control_entrypoint
#define __control_entrypoint(c)
#endif

/* Older (SAL 1) annotations.  Not defined for C++: libstdc++ uses some of
   these spellings as identifiers. */
#ifndef __cplusplus
#ifndef __in
#define __in
#endif
#ifndef __out
#define __out
#endif
#ifndef __inout
#define __inout
#endif
#ifndef __in_opt
#define __in_opt
#endif
#ifndef __out_opt
#define __out_opt
#endif
#ifndef __inout_opt
#define __inout_opt
#endif
#ifndef __in_z
#define __in_z
#endif
#ifndef __in_opt_z
#define __in_opt_z
#endif
#ifndef __out_z
#define __out_z
#endif
#ifndef __inout_z
#define __inout_z
#endif
#ifndef __in_bcount
#define __in_bcount(s)
#endif
#ifndef __in_bcount_opt
#define __in_bcount_opt(s)
#endif
#ifndef __in_ecount
#define __in_ecount(s)
#endif
#ifndef __in_ecount_opt
#define __in_ecount_opt(s)
#endif
#ifndef __out_bcount
#define __out_bcount(s)
#endif
#ifndef __out_bcount_opt
#define __out_bcount_opt(s)
#endif
#ifndef __out_ecount
#define __out_ecount(s)
#endif
#ifndef __out_ecount_opt
#define __out_ecount_opt(s)
#endif
#ifndef __out_opt_bcount
#define __out_opt_bcount(s)
#endif
#ifndef __out_bcount_part
#define __out_bcount_part(s,c)
#endif
#ifndef __out_ecount_part
#define __out_ecount_part(s,c)
#endif
#ifndef __out_bcount_full
#define __out_bcount_full(s)
#endif
#ifndef __out_ecount_full
#define __out_ecount_full(s)
#endif
#ifndef __inout_bcount
#define __inout_bcount(s)
#endif
#ifndef __inout_bcount_opt
#define __inout_bcount_opt(s)
#endif
#ifndef __inout_ecount
#define __inout_ecount(s)
#endif
#ifndef __inout_ecount_opt
#define __inout_ecount_opt(s)
#endif
#ifndef __deref_out
#define __deref_out
#endif
#ifndef __deref_out_opt
#define __deref_out_opt
#endif
#ifndef __deref_opt_out
#define __deref_opt_out
#endif
#ifndef __deref_inout
#define __deref_inout
#endif
#ifndef __deref_out_ecount
#define __deref_out_ecount(s)
#endif
#ifndef __deref_out_bcount
#define __deref_out_bcount(s)
#endif
#ifndef __field_ecount
#define __field_ecount(s)
#endif
#ifndef __field_bcount
#define __field_bcount(s)
#endif
#ifndef __field_ecount_opt
#define __field_ecount_opt(s)
#endif
#ifndef __field_bcount_opt
#define __field_bcount_opt(s)
#endif
#ifndef __field_range
#define __field_range(l,h)
#endif
#ifndef __checkReturn
#define __checkReturn
#endif
#ifndef __success
#define __success(e)
#endif
#ifndef __callback
#define __callback
#endif
#ifndef __reserved
#define __reserved
#endif
#ifndef __nullterminated
#define __nullterminated
#endif
#ifndef __range
#define __range(l,h)
#endif
#ifndef __in_range
#define __in_range(l,h)
#endif
#ifndef __out_range
#define __out_range(l,h)
#endif
#ifndef __typefix
#define __typefix(t)
#endif
#ifndef __analysis_assume
#define __analysis_assume(e)
#endif
#ifndef __format_string
#define __format_string
#endif
#ifndef __in_xcount
#define __in_xcount(s)
#endif
#ifndef __out_xcount
#define __out_xcount(s)
#endif
#ifndef __notnull
#define __notnull
#endif
#ifndef __maybenull
#define __maybenull
#endif
#ifndef __post
#define __post
#endif
#ifndef __pre
#define __pre
#endif
#endif /* !__cplusplus */

#endif /* DDICHECK_OVERLAY_DRIVERSPECS_H */
