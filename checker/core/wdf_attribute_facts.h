/* Whole-program facts of the WDF attributes checks: which driver functions
 * hand the attributes they are given on to WdfObjectAllocateContext, and
 * which calls give such a function attributes that make the DDI fail.
 *
 * Per translation unit, the checks record plain data (no libclang objects):
 *   - a step: function F passes its attributes parameter P on, with a member
 *     unchanged since F's entry, to the DDI itself or to argument A of
 *     another function G;
 *   - a use: a call passes attributes whose member has the failing value
 *     (ParentObject set, no context type) as argument A of function G.
 * The link step follows the steps from G across translation units (joined by
 * ddc_program_key, so two drivers never meet) and reports each use whose
 * attributes reach the DDI, with the origin of the value and every hop as
 * notes.  This is how `struct ddc_attribute_facts` of check.h is defined. */
#ifndef DDC_WDF_ATTRIBUTE_FACTS_H
#define DDC_WDF_ATTRIBUTE_FACTS_H

#include <stddef.h>

#include <json-c/json_types.h>

#include "../checks/check.h"
#include "wdf_attributes.h"

/* Function `function_key` passes its parameter `parameter` on, with
 * `member` unchanged, to the DDI (callee_key NULL) or to argument
 * `callee_arg` of the function `callee_key`. */
typedef struct ddc_attr_step {
    ddc_attr_member member;
    char *function_key;   /* ddc_program_key of the function */
    char *function_name;
    unsigned parameter;
    char *parameter_name;
    char *callee_key;     /* NULL: the callee is the DDI */
    char *callee_name;    /* the DDI or the function, as called */
    unsigned callee_arg;
    char *status;         /* the DDI: the status it fails with; else NULL */
    ddc_location where;   /* the argument */
    ddc_note *notes;      /* how the attributes got from the parameter to the argument (copies) */
    size_t note_count;
} ddc_attr_step;

/* A call passes attributes whose `member` has the failing value as argument
 * `callee_arg` of the function `callee_key`. */
typedef struct ddc_attr_use {
    ddc_attr_member member;
    char *callee_key;
    char *callee_name;
    unsigned callee_arg;
    char *argument_text;  /* the argument as written */
    ddc_location where;   /* the argument */
    ddc_note *notes;      /* where the value comes from, origin first */
    size_t note_count;
} ddc_attr_use;

struct ddc_attribute_facts {
    ddc_attr_step *steps;
    size_t step_count, step_capacity;
    ddc_attr_use *uses;
    size_t use_count, use_capacity;
};

/* Adds a step; every string, the location and the notes are copied. */
void ddc_attr_facts_add_step(ddc_program_facts *program, const ddc_attr_step *step);

/* Adds a use; every string, the location and the notes are copied. */
void ddc_attr_facts_add_use(ddc_program_facts *program, const ddc_attr_use *use);

/* What a rule says in a finding reported at the link step. */
typedef struct ddc_attr_use_report {
    const char *check_id;
    ddc_attr_member member;
    const char *problem; /* "have ParentObject set" */
    const char *fix;     /* "pass attributes whose ParentObject is NULL" */
} ddc_attr_use_report;

/* Reports every use of `report->member` whose callee hands the attributes
 * on, through any number of functions, to the DDI:
 * "attributes '&a' passed to 'Helper' have ParentObject set, and 'Helper'
 * passes them on to 'WdfObjectAllocateContext', which fails with ...", with
 * the use's notes and then, for each hop, its notes and a note at the hop. */
void ddc_attr_facts_report_uses(const ddc_link_context *context, const ddc_attr_use_report *report);

/* Frees program->attributes and sets it to NULL (a ddc_check.free_facts). */
void ddc_attr_facts_free(ddc_program_facts *program);

/* ---- as JSON, for the facts cache and merging shards (wdf_attribute_facts_json.c) ---- */

/* `facts` as a JSON object {"steps", "uses"} (a new reference); NULL facts
 * give JSON null (NULL).  Strings are written as their bytes. */
json_object *ddc_attribute_facts_to_json(const struct ddc_attribute_facts *facts);

/* Appends the steps and uses of `json` (written by
 * ddc_attribute_facts_to_json) to `*facts`, allocating it when it is NULL
 * and `json` is not null: exactly what analysing the units they came from
 * after those already there would add (the link step reads nothing else).
 * Returns 0, or -1 when `json` is malformed (then `*facts` is unchanged): a
 * member missing or of another type, a member id or an index out of range, a
 * string with a NUL byte. */
int ddc_attribute_facts_add_json(struct ddc_attribute_facts **facts, json_object *json);

#endif
