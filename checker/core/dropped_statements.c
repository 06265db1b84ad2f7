/* Statements the parser dropped (see dropped_statements.h). */
#include "dropped_statements.h"

#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "util.h"

typedef struct mention_search {
    const CXCursor *variables;
    unsigned count;
    unsigned *offsets; /* spelling offsets of the references the AST has */
    size_t offset_count;
} mention_search;

static enum CXChildVisitResult find_references(CXCursor cursor, CXCursor parent, CXClientData data)
{
    (void)parent;
    mention_search *search = data;
    if (clang_getCursorKind(cursor) != CXCursor_DeclRefExpr)
        return CXChildVisit_Recurse;
    CXCursor declaration = clang_getCursorReferenced(cursor);
    for (unsigned i = 0; i < search->count; i++)
        if (ddc_same_declaration(declaration, search->variables[i])) {
            unsigned offset;
            clang_getSpellingLocation(clang_getCursorLocation(cursor), NULL, NULL, NULL, &offset);
            search->offsets = ddc_xrealloc(search->offsets, (search->offset_count + 1) * sizeof *search->offsets);
            search->offsets[search->offset_count++] = offset;
            break;
        }
    return CXChildVisit_Recurse;
}

bool ddc_dropped_mention(CXTranslationUnit unit, CXCursor function, const CXCursor *places, unsigned place_count,
                              CXCursor use, const CXCursor *variables, unsigned variable_count)
{
    CXCursor body = ddc_function_body(function);
    if (clang_Cursor_isNull(body) || variable_count == 0)
        return false;
    unsigned to = ddc_offset(clang_getCursorLocation(use));
    unsigned from = to;
    for (unsigned i = 0; i < place_count; i++) {
        unsigned offset = ddc_offset(clang_getCursorLocation(places[i]));
        if (offset > to) { /* reached around a loop: any of the body */
            from = 0;
            to = ~0u;
            break;
        }
        if (offset < from)
            from = offset;
    }
    if (place_count == 0)
        from = 0; /* from the function's entry */
    mention_search search = {.variables = variables, .count = variable_count};
    clang_visitChildren(body, find_references, &search);
    char **names = ddc_xcalloc(variable_count, sizeof *names);
    for (unsigned i = 0; i < variable_count; i++)
        names[i] = ddc_spelling(variables[i]);
    CXToken *tokens = NULL;
    unsigned token_count = 0;
    clang_tokenize(unit, clang_getCursorExtent(body), &tokens, &token_count);
    bool dropped = false;
    for (unsigned t = 0; t < token_count && !dropped; t++) {
        if (clang_getTokenKind(tokens[t]) != CXToken_Identifier)
            continue;
        unsigned offset = ddc_offset(clang_getTokenLocation(unit, tokens[t]));
        if (offset < from || offset > to)
            continue;
        CXString spelling = clang_getTokenSpelling(unit, tokens[t]);
        bool named = false;
        for (unsigned i = 0; i < variable_count; i++)
            named |= strcmp(clang_getCString(spelling), names[i]) == 0;
        clang_disposeString(spelling);
        if (!named)
            continue;
        bool referenced = false;
        for (size_t i = 0; i < search.offset_count; i++)
            referenced |= search.offsets[i] == offset;
        dropped = !referenced;
    }
    clang_disposeTokens(unit, tokens, token_count);
    for (unsigned i = 0; i < variable_count; i++)
        free(names[i]);
    free(names);
    free(search.offsets);
    return dropped;
}
