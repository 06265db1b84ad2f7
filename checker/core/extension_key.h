/* Driver object extension keys: the ClientIdentificationAddress of
 * IoAllocateDriverObjectExtension and IoGetDriverObjectExtension.  The key
 * must be an address unique to its owner for the driver's whole lifetime,
 * such as the address of DriverEntry or of a global or static variable.
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/wdm/nf-wdm-ioallocatedriverobjectextension
 * https://learn.microsoft.com/windows-hardware/drivers/ddi/wdm/nf-wdm-iogetdriverobjectextension
 *
 * Three layers, used by extension-id-not-unique and extension-id-stack:
 * - ddc_classify_key: what one key expression is (unit time);
 * - ddc_key_facts_collect: what a translation unit leaves for the link step
 *   (plain data): the calls that may carry a key, with their arguments
 *   classified, the global pointers and their initial values, the globals
 *   written, the functions whose address is taken;
 * - ddc_key_facts_link: every key that reaches one of the two DDIs, followed
 *   back through the driver's own wrappers (a parameter passed on unchanged)
 *   and through global pointers initialised once, across units. */
#ifndef DDC_EXTENSION_KEY_H
#define DDC_EXTENSION_KEY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <clang-c/Index.h>
#include <json-c/json_types.h>

#include "../checks/check.h"
#include "findings.h"
#include "util.h"

typedef enum ddc_key_kind {
    DDC_KEY_UNKNOWN,          /* cannot tell: stay silent */
    DDC_KEY_UNIQUE,           /* address of a function, a global or a static variable */
    DDC_KEY_NULL,             /* NULL or 0 */
    DDC_KEY_CONSTANT,         /* an integer constant cast to a pointer */
    DDC_KEY_STRING,           /* a string literal */
    DDC_KEY_STACK_VARIABLE,   /* address of a non-static local or a parameter */
    DDC_KEY_LOCAL_ARRAY,      /* a non-static local array */
    DDC_KEY_COMPOUND_LITERAL, /* a compound literal in a function */
    DDC_KEY_DRIVER_OBJECT,    /* the value of a PDRIVER_OBJECT: the driver object itself */
    DDC_KEY_PARAMETER,        /* the value of a parameter of the enclosing function */
    DDC_KEY_GLOBAL_POINTER,   /* the value of a global or static pointer variable */
} ddc_key_kind;

/* One key expression, classified. */
typedef struct ddc_key {
    ddc_key_kind kind;
    CXCursor declaration; /* the variable or function: UNIQUE, stack kinds, PARAMETER, GLOBAL_POINTER */
    long long value;      /* CONSTANT: the integer */
    char path[96];        /* UNIQUE: the member or element within the declaration (".Port", "[1]") */
    long long offset;     /* UNIQUE: the byte offset of `path`, or -1 when it is not constant */
} ddc_key;

/* Classifies the key expression `argument` (an argument of a call, or a
 * global's initialiser).  PARAMETER is any parameter's value, whether or not
 * the function assigns it: ddc_key_facts_collect checks that. */
ddc_key ddc_classify_key(CXCursor argument);

/* A classified key as kept across units (strings owned). */
typedef struct ddc_key_value {
    ddc_key_kind kind;
    char *id;      /* UNIQUE: "project|usr+offset" (the address); GLOBAL_POINTER: "project|usr" of the
                      pointer variable; DRIVER_OBJECT: "project|driver object"; else NULL */
    char *root;    /* UNIQUE: "project|usr" of the declaration; else NULL */
    char *name;    /* the declaration's name: UNIQUE, stack kinds, GLOBAL_POINTER, PARAMETER */
    ddc_location declared; /* where the declaration is: UNIQUE and the stack kinds */
    long long number;      /* CONSTANT: the integer; PARAMETER: the parameter's index */
    bool defined;          /* UNIQUE: its unit defines the declaration (not only declares it) */
    bool is_parameter;     /* STACK_VARIABLE: the variable is a parameter */
} ddc_key_value;

/* An argument of a recorded call. */
typedef struct ddc_key_arg {
    unsigned index;
    ddc_key_value value;
    bool has_integer;  /* an integer constant (a size) */
    long long integer;
    bool tested;       /* PARAMETER: the function tests the parameter in a condition */
    char *text;        /* as written */
    ddc_location where;
} ddc_key_arg;

/* How many calls of one function are ordered (site < DDC_KEY_MAX_SITES);
 * later ones are left unordered. */
#define DDC_KEY_MAX_SITES 256

/* A call that may carry a key: a call to IoAllocateDriverObjectExtension or
 * IoGetDriverObjectExtension, or to one of the driver's own functions (a
 * possible wrapper).  Arguments that say nothing are not kept: a missing
 * argument is UNKNOWN. */
typedef struct ddc_key_call {
    char *project;
    char *caller;       /* program key of the function the call is in */
    char *caller_name;
    char *callee;       /* program key of the called function; NULL for the DDIs */
    char *callee_name;  /* the function, or the DDI as written */
    /* A call to one of the two DDIs (else to a driver function), with what
     * its contract says (plain data: the facts outlive the contracts). */
    bool ddi;
    unsigned key_arg;   /* DDI: the argument that is the key */
    int size_arg;       /* DDI: the argument with the allocated size, or DDC_NO_ARG */
    bool allocates;     /* DDI: the key allocates (IoAllocateDriverObjectExtension) */
    ddc_key_arg *args;
    size_t arg_count;
    unsigned site;      /* the call's number among the recorded calls of its function */
    bool reached;       /* the call is on a path from the function's entry (else dead code) */
    uint64_t before[DDC_KEY_MAX_SITES / 64]; /* bit s: the call numbered s may run before this one */
    bool handles_collision; /* the function compares with STATUS_OBJECT_NAME_COLLISION */
    ddc_location where;
} ddc_key_call;

/* A global or static pointer variable with an initialiser. */
typedef struct ddc_key_global {
    char *id;
    char *name;
    ddc_key_value value; /* the initial value */
    char *text;          /* the initialiser as written */
    bool constant;       /* const-qualified: cannot be assigned */
    bool internal;       /* static (internal linkage or a static local): every write is in its unit */
    ddc_location where;
} ddc_key_global;

/* A key that reaches a DDI, followed back to where it comes from. */
typedef struct ddc_key_use {
    const ddc_key_value *key;     /* the key: never PARAMETER; a global pointer is replaced by its
                                     initial value when the variable is set once (`through`) */
    const ddc_key_global *through; /* the global pointer the key was read from, or NULL */
    size_t *steps;   /* calls from the origin (steps[0], where the key is written) to the DDI call */
    unsigned *args;  /* the argument at each step: args[0] is the key at the origin */
    size_t step_count;
    bool allocates;  /* the DDI is IoAllocateDriverObjectExtension */
    long long size;  /* the allocated size, or -1 when it is not a constant */
    bool tested;     /* a wrapper on the way tests the parameter that carries the key */
} ddc_key_use;

/* A function defined in a header (a static inline wrapper) is collected once
 * for all units: `id` and what its collection added to each list, as
 * [first, end) indexes, so that facts merged from another unit
 * (ddc_key_facts_add_json) leave them out when the function is there
 * already. */
typedef struct ddc_key_header_function {
    char *id;
    size_t calls[2], globals[2], written[2], address_taken[2];
} ddc_key_header_function;

/* Everything the two checks keep across units (in ddc_program_facts.keys). */
typedef struct ddc_key_facts {
    const char *collector; /* id of the check that collects (the first enabled one) */
    ddc_key_call *calls;
    size_t call_count, call_capacity;
    ddc_key_global *globals;
    size_t global_count;
    ddc_strings written;         /* program keys of static-storage variables assigned or whose address is taken */
    ddc_strings address_taken;   /* functions whose address is taken: their callers are not all known */
    ddc_strings defined;         /* functions and file-scope variables defined in the units' own code */
    ddc_key_header_function *header_functions; /* already collected (once for all units) */
    size_t header_function_count;
    ddc_strings incomplete;      /* projects with a unit that had parse errors */
    /* Results of ddc_key_facts_link. */
    bool linked;
    ddc_key_use *uses;
    size_t use_count, use_capacity;
} ddc_key_facts;

/* Collects the facts of the unit in `context` into context->program->keys
 * (created on first use).  Both checks call it from on_unit; only the first
 * `check_id` that calls it collects, so a unit is collected once. */
void ddc_key_facts_collect(const ddc_unit_context *context, const char *check_id);

/* Resolves every key that reaches a DDI into facts->uses (once; later calls
 * return at once).  `whole_program`: every file of the program was analysed,
 * so a global pointer assigned nowhere is known to keep its initial value. */
void ddc_key_facts_link(ddc_key_facts *facts, bool whole_program);

/* The origin of `use`: the argument where the key is written. */
const ddc_key_arg *ddc_key_use_origin(const ddc_key_facts *facts, const ddc_key_use *use);

/* The DDI call `use` ends in. */
const ddc_key_call *ddc_key_use_ddi(const ddc_key_facts *facts, const ddc_key_use *use);

/* True when two recorded calls are one call site (the same function, the
 * same place: a header's function seen from two units, a file analysed
 * twice). */
bool ddc_key_same_site(const ddc_key_call *a, const ddc_key_call *b);

/* Appends the notes that explain how the key of `use` reaches its DDI: the
 * global pointer's initialiser, then each wrapper that passes the key on.
 * Notes already given for `shown` (another use, or NULL) are left out. */
void ddc_key_use_add_notes(const ddc_key_facts *facts, const ddc_key_use *use, const ddc_key_use *shown,
                           ddc_finding *finding);

/* The start of a message about `use`, newly allocated: "ClientIdentificationAddress
 * 'KEY' of 'DDI'" when the key is written in the DDI call; "'KEY' passed to
 * 'Wrapper' is the ClientIdentificationAddress of 'DDI' and" when it is
 * passed to a wrapper.  Either is followed by " is ...". */
char *ddc_key_use_subject(const ddc_key_facts *facts, const ddc_key_use *use);

/* True when `key` is the address of a declaration defined in the analysed
 * sources (a key no other driver or library can know).  Valid after
 * ddc_key_facts_link. */
bool ddc_key_defined(const ddc_key_facts *facts, const ddc_key_value *key);

/* Frees program->keys and sets it to NULL (safe to call twice). */
void ddc_key_facts_free(ddc_program_facts *program);

/* ---- as JSON, for the facts cache and merging shards (extension_key_json.c) ---- */

/* The facts of `facts`, which must not be linked yet, as a JSON object (a
 * new reference); NULL facts give JSON null (NULL).  Strings are written as
 * their bytes. */
json_object *ddc_key_facts_to_json(const ddc_key_facts *facts);

/* Adds the facts of `json` (written by ddc_key_facts_to_json) to `*facts`,
 * allocating it when it is NULL and `json` is not null, exactly as if the
 * units they came from had been collected into it after the units already
 * there: a header function collected already is left out with everything its
 * collection added, a global pointer seen already (the same variable at the
 * same place) is not added twice, the collector stays the first one.
 * `*facts` must not be linked yet.  Returns 0, or -1 when `json` is
 * malformed (then `*facts` is unchanged): a member missing or of another
 * type, an enum or index out of range, a string with a NUL byte, a value
 * without the strings its kind has, a collector that is not a check. */
int ddc_key_facts_add_json(ddc_key_facts **facts, json_object *json);

#endif
