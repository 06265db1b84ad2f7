/* What a KMDF WDF_OBJECT_ATTRIBUTES structure holds, followed along the paths
 * of a function.
 *
 * The state tracks the two members the WDF context checks care about,
 * ParentObject and ContextTypeInfo, for each attributes structure a function
 * handles: a local variable, or what a pointer points to (a pointer variable
 * is followed to the local it was given the address of).  Each member is
 * known on every path to be NULL, to be set (for ContextTypeInfo: to one
 * context type), to be still what the caller passed in, or not known.  The
 * state follows:
 *   - assignments to the members, directly or through a pointer;
 *   - initializers (designated or positional; members not named are zero);
 *   - WDF_OBJECT_ATTRIBUTES_INIT (any function with a resets_arg contract),
 *     WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE and ..._SET_CONTEXT_TYPE (which
 *     expand to the call and a member assignment; the first is also known
 *     by its name, in case the parser dropped the assignment);
 *   - zeroing (RtlZeroMemory, memset with 0) and copies (a2 = a1,
 *     WDF_OBJECT_ATTRIBUTES a2 = *p, RtlCopyMemory/memcpy/RtlMoveMemory) that
 *     provably cover the whole structure;
 * and forgets what it knew about a structure whose address is passed to one
 * of the driver's own functions (it may re-initialise it), about global
 * attributes at any call of the driver's own, and about every structure a
 * pointer may point to (on some paths only) when something is stored
 * through that pointer.
 *
 * The state is a fixed-size blob for the dataflow solver (flow.h): copied
 * with memcpy and compared with memcmp, so every entry is built on zeroed
 * memory (padding included) and removed entries are zeroed again. */
#ifndef DDC_WDF_ATTRIBUTES_H
#define DDC_WDF_ATTRIBUTES_H

#include <stdbool.h>
#include <clang-c/Index.h>

#include "../checks/check.h"

enum {
    DDC_ATTR_MAX_PLACES = 4,  /* places kept per member value, one per path */
    DDC_ATTR_MAX_COPIES = 2,  /* struct copies kept per member value */
    DDC_ATTR_MAX_OBJECTS = 8, /* attributes structures tracked at once */
    DDC_ATTR_MAX_ALIASES = 12, /* pointer-to-structure facts kept at once */
};

/* The members the state follows. */
typedef enum ddc_attr_member {
    DDC_ATTR_PARENT,       /* ParentObject */
    DDC_ATTR_CONTEXT_TYPE, /* ContextTypeInfo */
    DDC_ATTR_MEMBER_COUNT
} ddc_attr_member;

/* What a member holds on every path. */
typedef enum ddc_attr_kind {
    DDC_ATTR_UNKNOWN = 0, /* not the same on every path, or not known */
    DDC_ATTR_CLEARED,     /* NULL: zeroed, initialised, or assigned NULL */
    DDC_ATTR_SET,         /* not NULL; for ContextTypeInfo, `type_info` says which type when known */
    DDC_ATTR_FROM_CALLER, /* unchanged since entry: whatever the caller passed in `parameter` */
} ddc_attr_kind;

typedef struct ddc_attr_value {
    ddc_attr_kind kind;
    unsigned parameter; /* DDC_ATTR_FROM_CALLER: index of the pointer parameter */
    /* DDC_ATTR_SET of ContextTypeInfo: the _WDF_<type>_TYPE_INFO variable
     * (WDF_DECLARE_CONTEXT_TYPE...), the same on every path; a null cursor
     * when the type is not known. */
    CXCursor type_info;
    CXCursor places[DDC_ATTR_MAX_PLACES]; /* where it got its value (assignment, call, initializer), one per path */
    unsigned place_count;
    CXCursor copies[DDC_ATTR_MAX_COPIES]; /* struct copies that carried it to this structure, in order */
    unsigned copy_count;
} ddc_attr_value;

/* An attributes structure: a variable, or what the pointer variable
 * `variable` points to when `through_pointer`. */
typedef struct ddc_attr_ref {
    CXCursor variable;
    bool through_pointer;
} ddc_attr_ref;

typedef struct ddc_attr_object {
    ddc_attr_ref ref;
    ddc_attr_value members[DDC_ATTR_MEMBER_COUNT];
} ddc_attr_object;

/* The pointer variable `pointer` points to `target`: on every path, or
 * (maybe) on some.  A pointer with one alias that is not `maybe` designates
 * its target; a store through any other pointer that has aliases makes
 * what was known of each of their targets unknown. */
typedef struct ddc_attr_alias {
    CXCursor pointer;
    ddc_attr_ref target;
    bool maybe;
} ddc_attr_alias;

typedef struct ddc_attr_state {
    ddc_attr_object objects[DDC_ATTR_MAX_OBJECTS]; /* structures with at least one known member */
    unsigned object_count;
    ddc_attr_alias aliases[DDC_ATTR_MAX_ALIASES];
    unsigned alias_count;
} ddc_attr_state;

/* The state at the entry of `function`: zero, but for the structures its
 * PWDF_OBJECT_ATTRIBUTES parameters point to, whose members are
 * DDC_ATTR_FROM_CALLER. */
void ddc_attr_state_start(ddc_attr_state *state, CXCursor function);

/* into := what holds on both paths. */
void ddc_attr_join(ddc_attr_state *into, const ddc_attr_state *other);

/* Updates the state for `expression`, after its operands (flow.h's
 * on_expression).  Call it after looking at the state before the
 * expression: at a call, the state before the call is the one its
 * arguments have. */
void ddc_attr_on_expression(ddc_attr_state *state, const ddc_unit_context *context, CXCursor expression);

/* Updates the state for a variable declaration, after its initializer. */
void ddc_attr_on_variable(ddc_attr_state *state, CXCursor variable);

/* The attributes structure the pointer expression `pointer` designates
 * (`&attributes`, `p`, `Attributes`).  False when it is not a pointer to
 * WDF_OBJECT_ATTRIBUTES or designates nothing the state can name. */
bool ddc_attr_designated(const ddc_attr_state *state, CXCursor pointer, ddc_attr_ref *ref);

/* The value of `member` in the structure `ref`; a DDC_ATTR_UNKNOWN value
 * when the state knows nothing of it.  The pointer is valid until the state
 * changes. */
const ddc_attr_value *ddc_attr_member_value(const ddc_attr_state *state, ddc_attr_ref ref, ddc_attr_member member);

/* True when `type` is WDF_OBJECT_ATTRIBUTES (any qualifiers or typedefs). */
bool ddc_attr_is_attributes_type(CXType type);

/* True when `type` is a pointer to WDF_OBJECT_ATTRIBUTES. */
bool ddc_attr_is_attributes_pointer(CXType type);

/* The context type a _WDF_<type>_TYPE_INFO variable describes ("<type>"),
 * newly allocated. */
char *ddc_attr_type_name(CXCursor type_info);

/* True for KMDF methods and macros (Wdf..., WDF_...): they read the
 * attributes they are given and never re-initialise them, except the
 * WDF_OBJECT_ATTRIBUTES_INIT family, which the state follows. */
bool ddc_attr_is_framework_name(const char *name);

/* True when `call` calls a function through its declaration that is neither
 * a KMDF method nor a memory routine the state follows (memset, memcpy...):
 * normally one of the driver's own functions. */
bool ddc_attr_is_driver_call(CXCursor call);

/* ---- explaining a value (wdf_attribute_explain.c) ---- */

/* Appends the notes that explain `value`, origin first: `origin_note` (a
 * complete message) at each place it got its value, then one note for each
 * struct copy that carried it. */
void ddc_attr_add_value_notes(ddc_finding *finding, CXTranslationUnit unit, const ddc_attr_value *value,
                              const char *origin_note);

/* The text of a copy's note ("'attributes' is copied to 'copy' here"),
 * newly allocated; `copy` is one of ddc_attr_value.copies. */
char *ddc_attr_copy_note(CXTranslationUnit unit, CXCursor copy);

/* The variables a value of the structure `ref` went through: its variable,
 * the pointers known to point to it and the sources of the copies that
 * carried `value` (may be NULL).  Returns how many were stored. */
unsigned ddc_attr_variables_of(const ddc_attr_state *state, ddc_attr_ref ref, const ddc_attr_value *value,
                               CXCursor *variables, unsigned capacity);

#endif
