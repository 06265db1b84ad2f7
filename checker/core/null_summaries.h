/* Whole-program facts of the null-state analysis (null_flow.h), as plain
 * data so that translation units can be joined:
 *
 *  - which of the driver's functions may return NULL: those that return a
 *    maybe-NULL value without checking it (a GetDriverExtension-style
 *    wrapper), directly or through another such function;
 *  - which parameters a function dereferences on every path before any NULL
 *    check, itself or by passing them on to a function that does;
 *  - the unchecked uses of maybe-NULL values, each waiting for those two
 *    answers when it depends on them.
 *
 * Functions are named by their whole-program key (ddc_program_key). */
#ifndef DDC_NULL_SUMMARIES_H
#define DDC_NULL_SUMMARIES_H

#include <stdbool.h>
#include <stddef.h>

#include <json-c/json_types.h>

#include "findings.h"
#include "util.h"

/* One explanatory note, as plain data. */
typedef struct ddc_null_note {
    ddc_location where; /* owns where.file */
    char *text;
} ddc_null_note;

/* `function` returns a value that may be NULL without checking it, at
 * `note.where`.  The value comes from a DDI (or an annotated function), or
 * from the driver function `from_function` when that is not NULL. */
typedef struct ddc_null_return {
    char *function;
    char *from_function;
    char *lookaside_list;  /* see ddc_null_use.lookaside_list */
    ddc_null_note note; /* "'GetExt' returns the result of 'IoGetDriverObjectExtension' here without a NULL check" */
} ddc_null_return;

/* `function` dereferences its parameter `parameter` on every path before any
 * NULL check: itself (`via_function` NULL) or by passing it, on every path,
 * as parameter `via_parameter` of `via_function`. */
typedef struct ddc_null_deref {
    char *function;
    int parameter;
    char *via_function;
    int via_parameter;
    ddc_null_note note; /* "'Helper' dereferences its parameter here without a NULL check" */
} ddc_null_deref;

/* An unchecked use of a value that may be NULL: a finding once its
 * conditions hold. */
typedef struct ddc_null_use {
    char *source_function;  /* the value comes from this driver function; NULL: from a DDI, maybe NULL for sure */
    char *passed_to;        /* the value is passed to this driver function; NULL: dereferenced here */
    int passed_parameter;
    /* The value comes from a lookaside list (the key of the list's variable
     * or member): it may be NULL only if the program initialises that list
     * without a raise-on-failure flag.  NULL: no such condition. */
    char *lookaside_list;
    char *value_origin;     /* where the value was produced ("file:line:col"): one finding per value */
    ddc_location where;     /* the use */
    char *message;
    ddc_null_note assigned; /* where the value was assigned (text NULL when none) */
    ddc_null_note asserted; /* where an ASSERT is its only check (text NULL when none) */
    ddc_null_note later;    /* where it is checked only after the use (text NULL when none) */
} ddc_null_use;

typedef struct ddc_null_facts {
    ddc_null_return *returns;
    size_t return_count;
    ddc_null_deref *derefs;
    size_t deref_count;
    ddc_null_use *uses;
    size_t use_count;
    ddc_strings plain_lists;   /* lookaside lists initialised to return NULL when they cannot allocate */
    ddc_strings raising_lists; /* lookaside lists initialised to raise instead, or with flags not known */
} ddc_null_facts;

/* A note; copies `where.file` and takes `text` (newly allocated). */
ddc_null_note ddc_null_note_make(ddc_location where, char *text);

/* Adders: the facts take ownership of every string in the record. */
void ddc_null_facts_add_return(ddc_null_facts *facts, ddc_null_return record);
void ddc_null_facts_add_deref(ddc_null_facts *facts, ddc_null_deref record);
void ddc_null_facts_add_use(ddc_null_facts *facts, ddc_null_use record);

/* Frees the strings of one use record (for a record that is not added). */
void ddc_null_use_free(ddc_null_use *use);

/* Resolves the facts of the whole program and adds a finding under
 * `check_id` for every use whose conditions hold, the earliest one per value:
 * its notes are the assignment, the chain of wrappers that return the value
 * unchecked, the ASSERT, the chain of helpers that dereference it, and the
 * later check. */
void ddc_null_facts_report(const ddc_null_facts *facts, const char *check_id, ddc_findings *findings);

void ddc_null_facts_free(ddc_null_facts *facts);

/* The facts (returns, derefs, uses, lookaside lists, with their notes and
 * locations) as one JSON object, so that a unit's facts can be cached or
 * computed elsewhere (null_facts_json.c describes the format).  NULL facts
 * give JSON null, which json-c spells NULL.  New reference; the caller owns it. */
json_object *ddc_null_facts_to_json(const struct ddc_null_facts *facts);

/* Adds the facts of `json` (from ddc_null_facts_to_json) to *facts, exactly
 * as if the unit they came from had been analysed into them; allocates
 * *facts when it is NULL and `json` is not null (JSON null adds nothing).
 * Returns 0, or -1 when `json` is malformed (a member missing or of the
 * wrong type, a number out of range, a string with a NUL byte); *facts may
 * then hold part of it, and the caller discards the whole program.  `json`
 * stays the caller's. */
int ddc_null_facts_add_json(struct ddc_null_facts **facts, json_object *json);

#endif
