/* KMDF methods that give an object its contexts: the methods that create a
 * framework object with the context type of the WDF_OBJECT_ATTRIBUTES they
 * are given, and WdfObjectAllocateContext, which adds one to an object that
 * exists.  Which argument is the attributes and which the object comes from
 * each method's documentation page (the URL is kept with the row).
 *
 * These are facts about DDIs and belong in rules/contracts/ddis.tsv; they
 * stay here until the contract format has a fact for them. */
#ifndef DDC_WDF_OBJECTS_H
#define DDC_WDF_OBJECTS_H

#include <stdbool.h>
#include <clang-c/Index.h>

/* A method that attaches a context of the attributes' type to an object. */
typedef struct ddc_wdf_context_method {
    const char *name;
    unsigned attributes_arg; /* the PWDF_OBJECT_ATTRIBUTES argument */
    unsigned object_arg;     /* the object: its handle (WdfObjectAllocateContext) or a pointer
                                that receives the handle of the new object (WDFxxx *) */
    bool creates;            /* the method creates the object (object_arg is an out pointer) */
    const char *source;      /* the documentation page */
} ddc_wdf_context_method;

/* The method `call` calls, by the callee's name; NULL when it is none of them. */
const ddc_wdf_context_method *ddc_wdf_context_method_of(CXCursor call);

/* WdfObjectAllocateContext's row. */
const ddc_wdf_context_method *ddc_wdf_allocate_context(void);

#endif
