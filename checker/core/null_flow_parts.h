/* What the null-state dataflow's files share (not a public interface):
 * null_values.c keeps the places, states and sources; null_flow.c runs the
 * events over the control-flow graph and records uses and summaries. */
#ifndef DDC_NULL_FLOW_PARTS_H
#define DDC_NULL_FLOW_PARTS_H

#include <stdint.h>

#include "assert_macros.h"
#include "flow.h"
#include "null_flow.h"

enum { MAX_TRACKED = 16, MAX_TRACKED_PARAMETERS = 8, MAX_PATH = 96 };

/* A value's state on one path.  Joining keeps the higher: a value unchecked
 * on some path is unchecked after the join; a parameter is dereferenced on
 * every path only when every path says so. */
enum value_state { DEREFERENCED = 1, PASSED_ON = 2, CHECKED = 3, MAYBE_NULL = 4 };

typedef struct tracked {
    uint16_t place;  /* index + 1 into null_walk.places */
    uint16_t source; /* index into null_walk.sources */
    uint8_t state;
    uint8_t unused;
} tracked;

/* Sorted by place; unused entries are zero, so that states compare with memcmp. */
typedef struct null_state {
    tracked values[MAX_TRACKED];
    uint8_t count;
} null_state;

/* Where a value can live: a variable, or a path from it ("->Buffer", ".Lock", "@" for *). */
typedef struct place {
    CXCursor base;
    char path[MAX_PATH];
    char *name;   /* "ext->Buffer", for messages */
    char *spaced; /* "ext -> Buffer", to match ASSERT texts */
    bool global;  /* the base is a file-scope variable: any call of the driver's may change it */
} place;

typedef enum source_kind {
    SOURCE_DDI,        /* the result of a DDI that may return NULL: maybe NULL for sure */
    SOURCE_FUNCTION,   /* the result of a driver function: maybe NULL if it is a may-return-NULL function */
    SOURCE_STATUS_OUT, /* set through an out parameter, valid only when the call succeeds */
    SOURCE_PARAMETER,  /* the function's own parameter, for its summary */
} source_kind;

typedef struct source {
    source_kind kind;
    CXCursor call;         /* the call that produced the value (not for a parameter) */
    char *lookaside_list;  /* SOURCE_DDI from a lookaside list: the list's key ("" when not known) */
    char *callee;          /* the name to show */
    char *callee_key;      /* SOURCE_FUNCTION: the callee's whole-program key */
    unsigned first_place;  /* the place the value was first stored in, or 0 */
    unsigned status_place; /* SOURCE_STATUS_OUT: the place its status was stored in, or 0 */
    bool return_recorded;
    /* SOURCE_PARAMETER: the first dereference and the first hand-over seen. */
    int parameter;
    bool dereference_seen;
    CXSourceLocation dereference_where;
    bool hand_over_seen, hand_over_ambiguous;
    char *hand_over_key, *hand_over_name;
    int hand_over_parameter;
    CXSourceLocation hand_over_where;
} source;

typedef struct pending_use {
    ddc_null_use use;
    unsigned place; /* 0 for a call's result used directly */
    unsigned offset;
} pending_use;

typedef struct test_seen {
    unsigned place;
    unsigned offset;
    CXSourceLocation where;
} test_seen;

typedef struct null_walk {
    const ddc_unit_context *context;
    ddc_null_facts *facts;
    char *function_key;
    char *function_name;
    ddc_asserts asserts;
    place *places;
    size_t place_count;
    source *sources;
    size_t source_count;
    pending_use *pending;
    size_t pending_count;
    test_seen *tests;
    size_t test_count;
} null_walk;

/* ---- places (null_values.c) ---- */

/* The id (index + 1) of the place `base` + `path`, added when new; 0 when
 * the table is full.  `name` and `spaced` are copied. */
unsigned ddc_null_intern_place(null_walk *nw, CXCursor base, const char *path, const char *name, const char *spaced);

/* The place with id `id` (not 0). */
const place *ddc_null_place_at(const null_walk *nw, unsigned id);

/* The place `expression` names (a variable, a member path, *p), or 0. */
unsigned ddc_null_place_of(null_walk *nw, CXCursor expression);

/* Is `inner` a path within `outer` (ext->Buffer within ext)? */
bool ddc_null_extends(const null_walk *nw, unsigned outer, unsigned inner);

/* ---- states (null_values.c) ---- */

/* The value tracked in `place`, or NULL. */
tracked *ddc_null_find(null_state *st, unsigned place);
void ddc_null_remove_at(null_state *st, unsigned index);
void ddc_null_untrack(null_state *st, unsigned place);
/* Forgets `place` and every path within it. */
void ddc_null_forget(null_walk *nw, null_state *st, unsigned place);
/* Tracks `place` as holding the value of `source` (nothing when full). */
void ddc_null_track(null_state *st, unsigned place, unsigned source, enum value_state state);
/* Sets the state of every place that holds the value of `source`. */
void ddc_null_set_state(null_state *st, unsigned source, enum value_state state);
/* The flow_analysis join: a value survives where both paths hold it, in the higher state. */
void ddc_null_join(void *into_blob, const void *other_blob, flow_walk *walk);

/* ---- sources (null_values.c) ---- */

/* Records how a lookaside list is initialised (plain or raising). */
void ddc_null_note_list_initializer(null_walk *nw, CXCursor call);
/* The source of the value `call` produces, added when new. */
unsigned ddc_null_source_for(null_walk *nw, source_kind kind, CXCursor call);
/* Is `call` a call of a function of the driver's own? */
bool ddc_null_is_driver_function(const null_walk *nw, CXCursor call);
/* The source of an expression's value that may be NULL (a call, or ?: over
 * one), or -1. */
int ddc_null_call_source(null_walk *nw, CXCursor expression);

#endif
