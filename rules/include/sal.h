/*
 * sal.h -- ddicheck overlay.
 * Written for ddicheck from the documented annotation macros (Microsoft Learn:
 * "SAL 2.0 annotations", "Annotating driver code"); used only when the real
 * WDK/SDK headers are absent.  Includes the mingw-w64 sal.h and then defines,
 * as no-ops, the SAL annotations that it lacks.  Every definition is #ifndef-guarded.
 */
#include_next <sal.h>

#ifndef DDICHECK_OVERLAY_SAL_H
#define DDICHECK_OVERLAY_SAL_H

#ifndef _When_
#define _When_(c,a)
#endif
#ifndef _At_
#define _At_(e,a)
#endif
#ifndef _At_buffer_
#define _At_buffer_(e,i,b,a)
#endif
#ifndef _Group_
#define _Group_(a)
#endif
#ifndef _On_failure_
#define _On_failure_(a)
#endif
#ifndef _Always_
#define _Always_(a)
#endif
#ifndef _Success_
#define _Success_(e)
#endif
#ifndef _Return_type_success_
#define _Return_type_success_(e)
#endif
#ifndef _Check_return_
#define _Check_return_
#endif
#ifndef _Must_inspect_result_
#define _Must_inspect_result_
#endif
#ifndef _Use_decl_annotations_
#define _Use_decl_annotations_
#endif
#ifndef _Ret_maybenull_
#define _Ret_maybenull_
#endif
#ifndef _Ret_notnull_
#define _Ret_notnull_
#endif
#ifndef _Ret_null_
#define _Ret_null_
#endif
#ifndef _Ret_z_
#define _Ret_z_
#endif
#ifndef _Ret_maybenull_z_
#define _Ret_maybenull_z_
#endif
#ifndef _Ret_valid_
#define _Ret_valid_
#endif
#ifndef _Ret_writes_
#define _Ret_writes_(s)
#endif
#ifndef _Ret_writes_bytes_
#define _Ret_writes_bytes_(s)
#endif
#ifndef _Ret_writes_z_
#define _Ret_writes_z_(s)
#endif
#ifndef _Ret_writes_to_
#define _Ret_writes_to_(s,c)
#endif
#ifndef _Ret_writes_bytes_to_
#define _Ret_writes_bytes_to_(s,c)
#endif
#ifndef _Ret_writes_maybenull_
#define _Ret_writes_maybenull_(s)
#endif
#ifndef _Ret_writes_bytes_maybenull_
#define _Ret_writes_bytes_maybenull_(s)
#endif
#ifndef _Ret_range_
#define _Ret_range_(l,h)
#endif
#ifndef _Ret_opt_bytecap_
#define _Ret_opt_bytecap_(s)
#endif
#ifndef _Result_nullonfailure_
#define _Result_nullonfailure_
#endif
#ifndef _Result_zeroonfailure_
#define _Result_zeroonfailure_
#endif
#ifndef _Outptr_result_nullonfailure_
#define _Outptr_result_nullonfailure_
#endif
#ifndef _Outptr_opt_result_nullonfailure_
#define _Outptr_opt_result_nullonfailure_
#endif
#ifndef _Outptr_result_buffer_
#define _Outptr_result_buffer_(s)
#endif
#ifndef _Outptr_result_bytebuffer_
#define _Outptr_result_bytebuffer_(s)
#endif
#ifndef _Outptr_opt_result_buffer_
#define _Outptr_opt_result_buffer_(s)
#endif
#ifndef _Outptr_opt_result_bytebuffer_
#define _Outptr_opt_result_bytebuffer_(s)
#endif
#ifndef _Outptr_result_buffer_maybenull_
#define _Outptr_result_buffer_maybenull_(s)
#endif
#ifndef _Outptr_result_bytebuffer_maybenull_
#define _Outptr_result_bytebuffer_maybenull_(s)
#endif
#ifndef _Outptr_opt_result_maybenull_
#define _Outptr_opt_result_maybenull_
#endif
#ifndef _Outptr_result_maybenull_
#define _Outptr_result_maybenull_
#endif
#ifndef _Outptr_opt_
#define _Outptr_opt_
#endif
#ifndef _Outptr_
#define _Outptr_
#endif
#ifndef _Outptr_result_z_
#define _Outptr_result_z_
#endif
#ifndef _Outptr_opt_result_z_
#define _Outptr_opt_result_z_
#endif
#ifndef _Outptr_result_buffer_to_
#define _Outptr_result_buffer_to_(s,c)
#endif
#ifndef _Outptr_result_bytebuffer_to_
#define _Outptr_result_bytebuffer_to_(s,c)
#endif
#ifndef _COM_Outptr_
#define _COM_Outptr_
#endif
#ifndef _COM_Outptr_opt_
#define _COM_Outptr_opt_
#endif
#ifndef _COM_Outptr_result_maybenull_
#define _COM_Outptr_result_maybenull_
#endif
#ifndef _COM_Outptr_opt_result_maybenull_
#define _COM_Outptr_opt_result_maybenull_
#endif
#ifndef _Outref_
#define _Outref_
#endif
#ifndef _Outref_result_maybenull_
#define _Outref_result_maybenull_
#endif
#ifndef _Null_terminated_
#define _Null_terminated_
#endif
#ifndef _NullNull_terminated_
#define _NullNull_terminated_
#endif
#ifndef _Field_size_
#define _Field_size_(s)
#endif
#ifndef _Field_size_opt_
#define _Field_size_opt_(s)
#endif
#ifndef _Field_size_bytes_
#define _Field_size_bytes_(s)
#endif
#ifndef _Field_size_bytes_opt_
#define _Field_size_bytes_opt_(s)
#endif
#ifndef _Field_size_part_
#define _Field_size_part_(s,c)
#endif
#ifndef _Field_size_part_opt_
#define _Field_size_part_opt_(s,c)
#endif
#ifndef _Field_size_bytes_part_
#define _Field_size_bytes_part_(s,c)
#endif
#ifndef _Field_size_bytes_part_opt_
#define _Field_size_bytes_part_opt_(s,c)
#endif
#ifndef _Field_size_full_
#define _Field_size_full_(s)
#endif
#ifndef _Field_size_full_opt_
#define _Field_size_full_opt_(s)
#endif
#ifndef _Field_size_bytes_full_
#define _Field_size_bytes_full_(s)
#endif
#ifndef _Field_size_bytes_full_opt_
#define _Field_size_bytes_full_opt_(s)
#endif
#ifndef _Field_range_
#define _Field_range_(l,h)
#endif
#ifndef _Field_z_
#define _Field_z_
#endif
#ifndef _Struct_size_bytes_
#define _Struct_size_bytes_(s)
#endif
#ifndef _Pre_notnull_
#define _Pre_notnull_
#endif
#ifndef _Pre_maybenull_
#define _Pre_maybenull_
#endif
#ifndef _Pre_null_
#define _Pre_null_
#endif
#ifndef _Pre_valid_
#define _Pre_valid_
#endif
#ifndef _Pre_opt_valid_
#define _Pre_opt_valid_
#endif
#ifndef _Pre_invalid_
#define _Pre_invalid_
#endif
#ifndef _Pre_unknown_
#define _Pre_unknown_
#endif
#ifndef _Pre_z_
#define _Pre_z_
#endif
#ifndef _Pre_defensive_
#define _Pre_defensive_
#endif
#ifndef _Pre_readable_size_
#define _Pre_readable_size_(s)
#endif
#ifndef _Pre_writable_size_
#define _Pre_writable_size_(s)
#endif
#ifndef _Pre_readable_byte_size_
#define _Pre_readable_byte_size_(s)
#endif
#ifndef _Pre_writable_byte_size_
#define _Pre_writable_byte_size_(s)
#endif
#ifndef _Pre_satisfies_
#define _Pre_satisfies_(c)
#endif
#ifndef _Pre_equal_to_
#define _Pre_equal_to_(e)
#endif
#ifndef _Pre_readonly_
#define _Pre_readonly_
#endif
#ifndef _Pre_cap_
#define _Pre_cap_(s)
#endif
#ifndef _Pre_bytecap_
#define _Pre_bytecap_(s)
#endif
#ifndef _Post_notnull_
#define _Post_notnull_
#endif
#ifndef _Post_maybenull_
#define _Post_maybenull_
#endif
#ifndef _Post_null_
#define _Post_null_
#endif
#ifndef _Post_valid_
#define _Post_valid_
#endif
#ifndef _Post_invalid_
#define _Post_invalid_
#endif
#ifndef _Post_z_
#define _Post_z_
#endif
#ifndef _Post_maybez_
#define _Post_maybez_
#endif
#ifndef _Post_defensive_
#define _Post_defensive_
#endif
#ifndef _Post_ptr_invalid_
#define _Post_ptr_invalid_
#endif
#ifndef _Post_readable_size_
#define _Post_readable_size_(s)
#endif
#ifndef _Post_writable_size_
#define _Post_writable_size_(s)
#endif
#ifndef _Post_readable_byte_size_
#define _Post_readable_byte_size_(s)
#endif
#ifndef _Post_writable_byte_size_
#define _Post_writable_byte_size_(s)
#endif
#ifndef _Post_satisfies_
#define _Post_satisfies_(c)
#endif
#ifndef _Post_equal_to_
#define _Post_equal_to_(e)
#endif
#ifndef _Post_count_
#define _Post_count_(s)
#endif
#ifndef _Post_bytecount_
#define _Post_bytecount_(s)
#endif
#ifndef _Pre_
#define _Pre_
#endif
#ifndef _Post_
#define _Post_
#endif
#ifndef _Notnull_
#define _Notnull_
#endif
#ifndef _Maybenull_
#define _Maybenull_
#endif
#ifndef _Null_
#define _Null_
#endif
#ifndef _Valid_
#define _Valid_
#endif
#ifndef _Notvalid_
#define _Notvalid_
#endif
#ifndef _Const_
#define _Const_
#endif
#ifndef _Literal_
#define _Literal_
#endif
#ifndef _Notliteral_
#define _Notliteral_
#endif
#ifndef _Notref_
#define _Notref_
#endif
#ifndef _Curr_
#define _Curr_
#endif
#ifndef _Old_
#define _Old_(e)
#endif
#ifndef _Param_
#define _Param_(n)
#endif
#ifndef _Readable_bytes_
#define _Readable_bytes_(s)
#endif
#ifndef _Writable_bytes_
#define _Writable_bytes_(s)
#endif
#ifndef _Readable_elements_
#define _Readable_elements_(s)
#endif
#ifndef _Writable_elements_
#define _Writable_elements_(s)
#endif
#ifndef _Satisfies_
#define _Satisfies_(e)
#endif
#ifndef _Unchanged_
#define _Unchanged_(e)
#endif
#ifndef _Inexpressible_
#define _Inexpressible_(e)
#endif
#ifndef _Unreferenced_parameter_
#define _Unreferenced_parameter_
#endif
#ifndef _Points_to_data_
#define _Points_to_data_
#endif
#ifndef _Strict_type_match_
#define _Strict_type_match_
#endif
#ifndef _Enum_is_bitflag_
#define _Enum_is_bitflag_
#endif
#ifndef _Type_equals_
#define _Type_equals_(t)
#endif
#ifndef _Deref_pre_z_
#define _Deref_pre_z_
#endif
#ifndef _Deref_post_z_
#define _Deref_post_z_
#endif
#ifndef _Deref_prepost_z_
#define _Deref_prepost_z_
#endif
#ifndef _Deref_pre_readonly_
#define _Deref_pre_readonly_
#endif
#ifndef _Deref2_pre_readonly_
#define _Deref2_pre_readonly_
#endif
#ifndef _Deref_pre_valid_
#define _Deref_pre_valid_
#endif
#ifndef _Deref_post_valid_
#define _Deref_post_valid_
#endif
#ifndef _Deref_post_opt_valid_
#define _Deref_post_opt_valid_
#endif
#ifndef _Deref_pre_notnull_
#define _Deref_pre_notnull_
#endif
#ifndef _Deref_post_notnull_
#define _Deref_post_notnull_
#endif
#ifndef _Deref_pre_maybenull_
#define _Deref_pre_maybenull_
#endif
#ifndef _Deref_post_maybenull_
#define _Deref_post_maybenull_
#endif
#ifndef _Deref_pre_null_
#define _Deref_pre_null_
#endif
#ifndef _Deref_post_null_
#define _Deref_post_null_
#endif
#ifndef _Deref_out_
#define _Deref_out_
#endif
#ifndef _Deref_out_opt_
#define _Deref_out_opt_
#endif
#ifndef _Deref_opt_out_
#define _Deref_opt_out_
#endif
#ifndef _Deref_opt_out_opt_
#define _Deref_opt_out_opt_
#endif
#ifndef _Deref_out_z_
#define _Deref_out_z_
#endif
#ifndef _Deref_inout_z_
#define _Deref_inout_z_
#endif
#ifndef _Deref_out_range_
#define _Deref_out_range_(l,h)
#endif
#ifndef _Deref_in_range_
#define _Deref_in_range_(l,h)
#endif
#ifndef _Deref_inout_range_
#define _Deref_inout_range_(l,h)
#endif
#ifndef _Deref_ret_range_
#define _Deref_ret_range_(l,h)
#endif
#ifndef _Deref_in_bound_
#define _Deref_in_bound_
#endif
#ifndef _Deref_out_bound_
#define _Deref_out_bound_
#endif
#ifndef _Deref_post_cap_
#define _Deref_post_cap_(s)
#endif
#ifndef _Deref_post_bytecap_
#define _Deref_post_bytecap_(s)
#endif
#ifndef _Deref_post_count_
#define _Deref_post_count_(s)
#endif
#ifndef _Deref_post_bytecount_
#define _Deref_post_bytecount_(s)
#endif
#ifndef _In_range_
#define _In_range_(l,h)
#endif
#ifndef _Out_range_
#define _Out_range_(l,h)
#endif
#ifndef _Inout_range_
#define _Inout_range_(l,h)
#endif
#ifndef _In_bound_
#define _In_bound_
#endif
#ifndef _Out_bound_
#define _Out_bound_
#endif
#ifndef _Ret_bound_
#define _Ret_bound_
#endif
#ifndef _Analysis_assume_
#define _Analysis_assume_(e)
#endif
#ifndef _Analysis_assume_nullterminated_
#define _Analysis_assume_nullterminated_(x)
#endif
#ifndef _Analysis_noreturn_
#define _Analysis_noreturn_
#endif
#ifndef _Analysis_mode_
#define _Analysis_mode_(m)
#endif
#ifndef _Analysis_suppress_lock_checking_
#define _Analysis_suppress_lock_checking_(l)
#endif
#ifndef _Analysis_assume_lock_acquired_
#define _Analysis_assume_lock_acquired_(l)
#endif
#ifndef _Analysis_assume_lock_released_
#define _Analysis_assume_lock_released_(l)
#endif
#ifndef _Analysis_assume_lock_held_
#define _Analysis_assume_lock_held_(l)
#endif
#ifndef _Analysis_assume_lock_not_held_
#define _Analysis_assume_lock_not_held_(l)
#endif
#ifndef _Analysis_assume_same_lock_
#define _Analysis_assume_same_lock_(a,b)
#endif
#ifndef _Function_ignore_lock_checking_
#define _Function_ignore_lock_checking_(l)
#endif
#ifndef _Benign_race_begin_
#define _Benign_race_begin_
#endif
#ifndef _Benign_race_end_
#define _Benign_race_end_
#endif
#ifndef _No_competing_thread_
#define _No_competing_thread_
#endif
#ifndef _No_competing_thread_begin_
#define _No_competing_thread_begin_
#endif
#ifndef _No_competing_thread_end_
#define _No_competing_thread_end_
#endif
#ifndef _Interlocked_
#define _Interlocked_
#endif
#ifndef _Interlocked_operand_
#define _Interlocked_operand_
#endif
#ifndef _Guarded_by_
#define _Guarded_by_(l)
#endif
#ifndef _Write_guarded_by_
#define _Write_guarded_by_(l)
#endif
#ifndef _Requires_lock_held_
#define _Requires_lock_held_(l)
#endif
#ifndef _Requires_lock_not_held_
#define _Requires_lock_not_held_(l)
#endif
#ifndef _Requires_exclusive_lock_held_
#define _Requires_exclusive_lock_held_(l)
#endif
#ifndef _Requires_shared_lock_held_
#define _Requires_shared_lock_held_(l)
#endif
#ifndef _Requires_no_locks_held_
#define _Requires_no_locks_held_
#endif
#ifndef _Acquires_lock_
#define _Acquires_lock_(l)
#endif
#ifndef _Releases_lock_
#define _Releases_lock_(l)
#endif
#ifndef _Acquires_exclusive_lock_
#define _Acquires_exclusive_lock_(l)
#endif
#ifndef _Releases_exclusive_lock_
#define _Releases_exclusive_lock_(l)
#endif
#ifndef _Acquires_shared_lock_
#define _Acquires_shared_lock_(l)
#endif
#ifndef _Releases_shared_lock_
#define _Releases_shared_lock_(l)
#endif
#ifndef _Acquires_nonreentrant_lock_
#define _Acquires_nonreentrant_lock_(l)
#endif
#ifndef _Releases_nonreentrant_lock_
#define _Releases_nonreentrant_lock_(l)
#endif
#ifndef _Has_lock_kind_
#define _Has_lock_kind_(k)
#endif
#ifndef _Has_lock_level_
#define _Has_lock_level_(l)
#endif
#ifndef _Lock_level_order_
#define _Lock_level_order_(a,b)
#endif
#ifndef _Create_lock_level_
#define _Create_lock_level_(l)
#endif
#ifndef _Post_same_lock_
#define _Post_same_lock_(a,b)
#endif
#ifndef _Global_cancel_spin_lock_
#define _Global_cancel_spin_lock_
#endif
#ifndef _Global_critical_region_
#define _Global_critical_region_
#endif
#ifndef _Global_interlock_
#define _Global_interlock_
#endif
#ifndef _Global_priority_region_
#define _Global_priority_region_
#endif
#ifndef _In_
#define _In_
#endif
#ifndef _In_opt_
#define _In_opt_
#endif
#ifndef _In_z_
#define _In_z_
#endif
#ifndef _In_opt_z_
#define _In_opt_z_
#endif
#ifndef _Inout_
#define _Inout_
#endif
#ifndef _Inout_opt_
#define _Inout_opt_
#endif
#ifndef _Inout_z_
#define _Inout_z_
#endif
#ifndef _Inout_opt_z_
#define _Inout_opt_z_
#endif
#ifndef _Out_
#define _Out_
#endif
#ifndef _Out_opt_
#define _Out_opt_
#endif
#ifndef _In_reads_
#define _In_reads_(s)
#endif
#ifndef _In_reads_opt_
#define _In_reads_opt_(s)
#endif
#ifndef _In_reads_bytes_
#define _In_reads_bytes_(s)
#endif
#ifndef _In_reads_bytes_opt_
#define _In_reads_bytes_opt_(s)
#endif
#ifndef _In_reads_z_
#define _In_reads_z_(s)
#endif
#ifndef _In_reads_opt_z_
#define _In_reads_opt_z_(s)
#endif
#ifndef _In_reads_or_z_
#define _In_reads_or_z_(s)
#endif
#ifndef _In_reads_or_z_opt_
#define _In_reads_or_z_opt_(s)
#endif
#ifndef _In_reads_to_ptr_
#define _In_reads_to_ptr_(p)
#endif
#ifndef _In_reads_to_ptr_opt_
#define _In_reads_to_ptr_opt_(p)
#endif
#ifndef _In_reads_to_ptr_z_
#define _In_reads_to_ptr_z_(p)
#endif
#ifndef _Out_writes_
#define _Out_writes_(s)
#endif
#ifndef _Out_writes_opt_
#define _Out_writes_opt_(s)
#endif
#ifndef _Out_writes_bytes_
#define _Out_writes_bytes_(s)
#endif
#ifndef _Out_writes_bytes_opt_
#define _Out_writes_bytes_opt_(s)
#endif
#ifndef _Out_writes_z_
#define _Out_writes_z_(s)
#endif
#ifndef _Out_writes_opt_z_
#define _Out_writes_opt_z_(s)
#endif
#ifndef _Out_writes_to_
#define _Out_writes_to_(s,c)
#endif
#ifndef _Out_writes_to_opt_
#define _Out_writes_to_opt_(s,c)
#endif
#ifndef _Out_writes_bytes_to_
#define _Out_writes_bytes_to_(s,c)
#endif
#ifndef _Out_writes_bytes_to_opt_
#define _Out_writes_bytes_to_opt_(s,c)
#endif
#ifndef _Out_writes_all_
#define _Out_writes_all_(s)
#endif
#ifndef _Out_writes_all_opt_
#define _Out_writes_all_opt_(s)
#endif
#ifndef _Out_writes_bytes_all_
#define _Out_writes_bytes_all_(s)
#endif
#ifndef _Out_writes_bytes_all_opt_
#define _Out_writes_bytes_all_opt_(s)
#endif
#ifndef _Out_writes_to_ptr_
#define _Out_writes_to_ptr_(p)
#endif
#ifndef _Out_writes_to_ptr_opt_
#define _Out_writes_to_ptr_opt_(p)
#endif
#ifndef _Out_writes_to_ptr_z_
#define _Out_writes_to_ptr_z_(p)
#endif
#ifndef _Out_z_cap_
#define _Out_z_cap_(s)
#endif
#ifndef _Inout_updates_
#define _Inout_updates_(s)
#endif
#ifndef _Inout_updates_opt_
#define _Inout_updates_opt_(s)
#endif
#ifndef _Inout_updates_bytes_
#define _Inout_updates_bytes_(s)
#endif
#ifndef _Inout_updates_bytes_opt_
#define _Inout_updates_bytes_opt_(s)
#endif
#ifndef _Inout_updates_z_
#define _Inout_updates_z_(s)
#endif
#ifndef _Inout_updates_opt_z_
#define _Inout_updates_opt_z_(s)
#endif
#ifndef _Inout_updates_to_
#define _Inout_updates_to_(s,c)
#endif
#ifndef _Inout_updates_to_opt_
#define _Inout_updates_to_opt_(s,c)
#endif
#ifndef _Inout_updates_bytes_to_
#define _Inout_updates_bytes_to_(s,c)
#endif
#ifndef _Inout_updates_bytes_to_opt_
#define _Inout_updates_bytes_to_opt_(s,c)
#endif
#ifndef _Inout_updates_all_
#define _Inout_updates_all_(s)
#endif
#ifndef _Inout_updates_all_opt_
#define _Inout_updates_all_opt_(s)
#endif
#ifndef _Inout_updates_bytes_all_
#define _Inout_updates_bytes_all_(s)
#endif
#ifndef _Inout_updates_bytes_all_opt_
#define _Inout_updates_bytes_all_opt_(s)
#endif
#ifndef _In_defensive_
#define _In_defensive_(a)
#endif
#ifndef _Out_defensive_
#define _Out_defensive_(a)
#endif
#ifndef _Inout_defensive_
#define _Inout_defensive_(a)
#endif
#ifndef _Printf_format_string_
#define _Printf_format_string_
#endif
#ifndef _Printf_format_string_params_
#define _Printf_format_string_params_(n)
#endif
#ifndef _Scanf_format_string_
#define _Scanf_format_string_
#endif
#ifndef _Scanf_format_string_params_
#define _Scanf_format_string_params_(n)
#endif
#ifndef _Scanf_s_format_string_
#define _Scanf_s_format_string_
#endif
#ifndef _Scanf_s_format_string_params_
#define _Scanf_s_format_string_params_(n)
#endif
#ifndef _Format_string_impl_
#define _Format_string_impl_(k,p)
#endif
#ifndef _Frees_ptr_
#define _Frees_ptr_
#endif
#ifndef _Frees_ptr_opt_
#define _Frees_ptr_opt_
#endif
#ifndef _Reallocation_function_
#define _Reallocation_function_(a,b,c)
#endif
#ifndef _Ret_reallocated_bytes_
#define _Ret_reallocated_bytes_(p,s)
#endif
#ifndef _In_count_
#define _In_count_(s)
#endif
#ifndef _In_opt_count_
#define _In_opt_count_(s)
#endif
#ifndef _In_bytecount_
#define _In_bytecount_(s)
#endif
#ifndef _In_opt_bytecount_
#define _In_opt_bytecount_(s)
#endif
#ifndef _Out_cap_
#define _Out_cap_(s)
#endif
#ifndef _Out_opt_cap_
#define _Out_opt_cap_(s)
#endif
#ifndef _Out_bytecap_
#define _Out_bytecap_(s)
#endif
#ifndef _Out_opt_bytecap_
#define _Out_opt_bytecap_(s)
#endif
#ifndef _Inout_cap_
#define _Inout_cap_(s)
#endif
#ifndef _Inout_bytecap_
#define _Inout_bytecap_(s)
#endif
#ifndef _Inout_count_
#define _Inout_count_(s)
#endif
#ifndef _Inout_bytecount_
#define _Inout_bytecount_(s)
#endif
#ifndef _Out_z_bytecap_
#define _Out_z_bytecap_(s)
#endif
#ifndef _Kernel_entry_
#define _Kernel_entry_
#endif
#ifndef _Maybe_raises_SEH_exception_
#define _Maybe_raises_SEH_exception_
#endif
#ifndef _Raises_SEH_exception_
#define _Raises_SEH_exception_
#endif
#ifndef _In_NLS_string_
#define _In_NLS_string_(s)
#endif
#ifndef _Callback_
#define _Callback_
#endif
#ifndef _Outptr_result_maybenull_z_
#define _Outptr_result_maybenull_z_
#endif

#endif /* DDICHECK_OVERLAY_SAL_H */
