/* Statements the parser dropped.
 *
 * In a file that does not parse cleanly, clang drops a statement that uses
 * a declaration which failed to parse (an undeclared identifier, a context
 * type declared in a header that failed), often without a diagnostic of its
 * own at the statement.  A path walk then misses what that statement did.
 * These helpers let an analysis that is about to report ask whether the
 * stretch of source its finding rests on names a variable where the AST has
 * nothing: then it stays silent. */
#ifndef DDC_DROPPED_STATEMENTS_H
#define DDC_DROPPED_STATEMENTS_H

#include <stdbool.h>
#include <clang-c/Index.h>

/* True when the source of `function` names one of `variables` where its
 * AST has no reference to it, between the earliest of `places` and `use`:
 * from the function's entry when there are no places, the whole body when
 * a place follows `use` (reached around a loop). */
bool ddc_dropped_mention(CXTranslationUnit unit, CXCursor function, const CXCursor *places, unsigned place_count,
                         CXCursor use, const CXCursor *variables, unsigned variable_count);

#endif
