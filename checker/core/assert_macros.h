/* ASSERT-style macros in a function body: checks that are not checks in
 * free builds (ASSERT, NT_ASSERT... compile to nothing; NT_VERIFY evaluates
 * but ignores a failure), and the author's statements to static analysis
 * (_Analysis_assume_), which are honoured as Code Analysis honours them. */
#ifndef DDC_ASSERT_MACROS_H
#define DDC_ASSERT_MACROS_H

#include <stdbool.h>
#include <stddef.h>
#include <clang-c/Index.h>

/* One use of such a macro: its offsets in the file and its tokens. */
typedef struct ddc_assert_use {
    unsigned start, end;    /* file offsets of the macro name and its closing parenthesis */
    CXSourceLocation where; /* the macro name */
    const char *macro;      /* "NT_ASSERT" (static storage) */
    const char *free_build; /* what becomes of it in a free build; NULL for an assumption */
    char *text;             /* its tokens separated by single spaces: "ASSERT ( ext != NULL ) " */
} ddc_assert_use;

typedef struct ddc_asserts {
    ddc_assert_use *items;
    size_t count;
} ddc_asserts;

/* Finds the uses in the body of `function`. */
void ddc_asserts_find(ddc_asserts *asserts, CXTranslationUnit unit, CXCursor function);

/* Is the file offset `offset` inside one of the uses? */
bool ddc_asserts_contain(const ddc_asserts *asserts, unsigned offset);

/* The use between offsets `from` and `to` that tests the value `spaced_name`
 * itself ("ext", "ext -> Buffer"), not a member of what it points to: an
 * assumption when `assumptions`, else an assertion.  NULL when none. */
const ddc_assert_use *ddc_asserts_testing(const ddc_asserts *asserts, const char *spaced_name, unsigned from,
                                          unsigned to, bool assumptions);

void ddc_asserts_free(ddc_asserts *asserts);

#endif
