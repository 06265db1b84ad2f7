/* Helpers over libclang cursors for the patterns every check looks for. */
#ifndef DDC_AST_H
#define DDC_AST_H

#include <stdbool.h>
#include <clang-c/Index.h>

/* The number of children of `cursor`, and child `index` (a null cursor when
 * there is no such child). */
unsigned ddc_child_count(CXCursor cursor);
CXCursor ddc_child(CXCursor cursor, unsigned index);

/* Skips parentheses and implicit conversions (libclang's unexposed
 * expressions with one child).  Explicit casts are kept. */
CXCursor ddc_strip_parens(CXCursor expression);

/* Skips parentheses, implicit conversions and explicit casts. */
CXCursor ddc_strip_casts(CXCursor expression);

/* For a (stripped) reference to a variable or parameter, the declaration it
 * names; otherwise a null cursor. */
CXCursor ddc_referenced_variable(CXCursor expression);

/* True for a null pointer constant: 0, NULL, (PVOID)0, __null. */
bool ddc_is_null_constant(CXCursor expression);

/* True when `expression` is an integer constant expression (after casts);
 * stores its value. */
bool ddc_integer_value(CXCursor expression, long long *value);

/* The name of the function a call expression calls, newly allocated; NULL for
 * calls through pointers. */
char *ddc_callee_name(CXCursor call);

/* The identifier written at the call's position in the source, newly
 * allocated: for a call that comes from a macro (KeAcquireSpinLock expands to
 * KeAcquireSpinLockRaiseToDpc) it is the macro's name.  NULL if none. */
char *ddc_written_name(CXTranslationUnit unit, CXCursor call);

/* The source text of `cursor`: its tokens joined with single spaces where the
 * source had space, newly allocated.  Empty for cursors without tokens. */
char *ddc_source_text(CXTranslationUnit unit, CXCursor cursor);

/* The tokens of `range`, each followed by one space ("ASSERT ( p != NULL ) "),
 * newly allocated: a form that is easy to scan token by token. */
char *ddc_spaced_token_text(CXTranslationUnit unit, CXSourceRange range);

/* The body (compound statement) of a function definition, or a null cursor.
 * Tokenize the body, not the function: a function whose declaration starts
 * with a macro (VOID) has a range libclang cannot tokenize. */
CXCursor ddc_function_body(CXCursor function);

/* The spelling of a cursor (declaration name), newly allocated. */
char *ddc_spelling(CXCursor cursor);

/* True when `declaration` is a variable with automatic storage (a non-static
 * local) or a parameter. */
bool ddc_is_stack_variable(CXCursor declaration);

/* True when a member reference `base->member` goes through a pointer. */
bool ddc_member_is_arrow(CXCursor member_ref);

/* The offset of a location in its file (expansion location). */
unsigned ddc_offset(CXSourceLocation location);

/* True when code at `location` is the translation unit's own code, to be
 * analysed: in the main file, or in a source file (.c, .cpp...) the main
 * file includes, as unity builds and test templates do.  Headers are not. */
bool ddc_is_own_code(CXSourceLocation location);

/* True when both cursors name the same declaration. */
bool ddc_same_declaration(CXCursor a, CXCursor b);

#endif
