/* Callbacks registered with a role type: a driver function passed where the
 * parameter is a role-typed function pointer (KeInitializeDpc(&Dpc, FooDpc,
 * ...), IoSetCompletionRoutine, WDF_DPC_CONFIG_INIT...) or stored in a
 * role-typed member (Config.EvtDpcFunc = FooDpc, DriverObject->DriverUnload =
 * FooUnload, DriverObject->MajorFunction[IRP_MJ_READ] = FooRead).
 *
 * The role comes from the pointer type's name (role-types.tsv `pointer=`
 * facts), or from the function typedef it points to. */
#ifndef DDC_CALLBACK_REGISTRATIONS_H
#define DDC_CALLBACK_REGISTRATIONS_H

#include <clang-c/Index.h>

#include "contracts.h"

/* Called for each registration found: `function` is the registered
 * function's declaration, `where` the expression that names it. */
typedef void ddc_registration_found(CXCursor function, const ddc_role_contract *role, CXCursor where,
                                    void *data);

/* Finds the registrations `expression` makes: a call's arguments, or the
 * right-hand side of an assignment.  Other expressions register nothing. */
void ddc_find_registrations(const ddc_contracts *contracts, CXCursor expression, ddc_registration_found *found,
                            void *data);

#endif
