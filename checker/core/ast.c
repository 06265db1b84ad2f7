/* Cursor helpers. */
#include "ast.h"

#include <stdlib.h>
#include <string.h>

#include "util.h"

typedef struct child_search {
    unsigned wanted;
    unsigned seen;
    CXCursor found;
} child_search;

static enum CXChildVisitResult count_child(CXCursor child, CXCursor parent, CXClientData data)
{
    (void)parent;
    child_search *search = data;
    if (search->seen == search->wanted)
        search->found = child;
    search->seen++;
    return search->seen > search->wanted && search->wanted != ~0u ? CXChildVisit_Break : CXChildVisit_Continue;
}

unsigned ddc_child_count(CXCursor cursor)
{
    child_search search = {.wanted = ~0u, .found = clang_getNullCursor()};
    clang_visitChildren(cursor, count_child, &search);
    return search.seen;
}

CXCursor ddc_child(CXCursor cursor, unsigned index)
{
    child_search search = {.wanted = index, .found = clang_getNullCursor()};
    clang_visitChildren(cursor, count_child, &search);
    return search.found;
}

static bool is_transparent(CXCursor cursor, bool through_casts)
{
    enum CXCursorKind kind = clang_getCursorKind(cursor);
    if (kind == CXCursor_ParenExpr)
        return true;
    if (kind == CXCursor_UnexposedExpr)
        return ddc_child_count(cursor) == 1;
    if (through_casts && kind == CXCursor_CStyleCastExpr)
        return true;
    return false;
}

static CXCursor strip(CXCursor expression, bool through_casts)
{
    while (!clang_Cursor_isNull(expression) && is_transparent(expression, through_casts)) {
        /* A cast's first child may be the type reference; the operand is last. */
        unsigned count = ddc_child_count(expression);
        if (count == 0)
            break;
        expression = ddc_child(expression, count - 1);
    }
    return expression;
}

CXCursor ddc_strip_parens(CXCursor expression) { return strip(expression, false); }

CXCursor ddc_strip_casts(CXCursor expression) { return strip(expression, true); }

CXCursor ddc_referenced_variable(CXCursor expression)
{
    CXCursor stripped = ddc_strip_casts(expression);
    if (clang_getCursorKind(stripped) != CXCursor_DeclRefExpr)
        return clang_getNullCursor();
    CXCursor declaration = clang_getCursorReferenced(stripped);
    enum CXCursorKind kind = clang_getCursorKind(declaration);
    if (kind == CXCursor_VarDecl || kind == CXCursor_ParmDecl)
        return declaration;
    return clang_getNullCursor();
}

bool ddc_integer_value(CXCursor expression, long long *value)
{
    CXCursor stripped = ddc_strip_casts(expression);
    enum CXCursorKind kind = clang_getCursorKind(stripped);
    if (kind == CXCursor_GNUNullExpr) {
        *value = 0;
        return true;
    }
    CXType type = clang_getCanonicalType(clang_getCursorType(stripped));
    if (type.kind == CXType_Pointer || type.kind == CXType_ConstantArray || type.kind == CXType_Record)
        return false;
    if (kind == CXCursor_StringLiteral)
        return false;
    CXEvalResult result = clang_Cursor_Evaluate(stripped);
    if (!result)
        return false;
    bool is_int = clang_EvalResult_getKind(result) == CXEval_Int;
    if (is_int)
        *value = clang_EvalResult_getAsLongLong(result);
    clang_EvalResult_dispose(result);
    return is_int;
}

bool ddc_is_null_constant(CXCursor expression)
{
    long long value = 1;
    return ddc_integer_value(expression, &value) && value == 0;
}

char *ddc_spelling(CXCursor cursor)
{
    CXString spelling = clang_getCursorSpelling(cursor);
    const char *text = clang_getCString(spelling);
    char *copy = ddc_strdup(text ? text : "");
    clang_disposeString(spelling);
    return copy;
}

char *ddc_callee_name(CXCursor call)
{
    CXCursor callee = clang_getCursorReferenced(call);
    if (clang_getCursorKind(callee) != CXCursor_FunctionDecl)
        return NULL;
    return ddc_spelling(callee);
}

char *ddc_written_name(CXTranslationUnit unit, CXCursor call)
{
    CXSourceLocation location = clang_getCursorLocation(call);
    CXFile file;
    unsigned line, column, offset;
    clang_getExpansionLocation(location, &file, &line, &column, &offset);
    CXToken *token = clang_getToken(unit, clang_getLocation(unit, file, line, column));
    if (!token)
        return NULL;
    char *name = NULL;
    if (clang_getTokenKind(*token) == CXToken_Identifier) {
        CXString spelling = clang_getTokenSpelling(unit, *token);
        name = ddc_strdup(clang_getCString(spelling));
        clang_disposeString(spelling);
    }
    clang_disposeTokens(unit, token, 1);
    return name;
}

/* The range of `cursor` as written at its use: for code that comes from a
 * macro argument, the argument's own text; for code from a macro's body,
 * only the macro's name at the point of use. */
static CXSourceRange written_range(CXTranslationUnit unit, CXCursor cursor)
{
    for (;;) {
        CXSourceRange extent = clang_getCursorExtent(cursor);
        CXFile expansion_file, start_file, end_file;
        unsigned expansion_offset, start_offset, end_offset;
        clang_getExpansionLocation(clang_getRangeStart(extent), &expansion_file, NULL, NULL, &expansion_offset);
        clang_getSpellingLocation(clang_getRangeStart(extent), &start_file, NULL, NULL, &start_offset);
        clang_getSpellingLocation(clang_getRangeEnd(extent), &end_file, NULL, NULL, &end_offset);
        bool spelled_at_use = start_file && clang_File_isEqual(start_file, expansion_file) &&
                              clang_File_isEqual(end_file, expansion_file) && start_offset >= expansion_offset &&
                              end_offset >= start_offset;
        if (spelled_at_use)
            return clang_getRange(clang_getLocationForOffset(unit, start_file, start_offset),
                                  clang_getLocationForOffset(unit, end_file, end_offset));
        /* A macro's body wrapped the written text in parentheses or a cast:
         * `#define GET(Key) Get((PVOID)(Key))` shows what was passed as Key
         * (down the wrappings, however many). */
        enum CXCursorKind kind = clang_getCursorKind(cursor);
        if (kind == CXCursor_ParenExpr || kind == CXCursor_CStyleCastExpr ||
            (kind == CXCursor_UnexposedExpr && ddc_child_count(cursor) == 1)) {
            unsigned count = ddc_child_count(cursor);
            if (count > 0) {
                cursor = ddc_child(cursor, count - 1);
                continue;
            }
        }
        CXSourceLocation at = clang_getLocationForOffset(unit, expansion_file, expansion_offset);
        CXToken *token = clang_getToken(unit, at);
        if (!token)
            return clang_getRange(at, at);
        CXSourceRange range = clang_getTokenExtent(unit, *token);
        clang_disposeTokens(unit, token, 1);
        return range;
    }
}

char *ddc_source_text(CXTranslationUnit unit, CXCursor cursor)
{
    CXToken *tokens = NULL;
    unsigned count = 0;
    clang_tokenize(unit, written_range(unit, cursor), &tokens, &count);
    size_t length = 0;
    for (unsigned i = 0; i < count; i++) {
        CXString spelling = clang_getTokenSpelling(unit, tokens[i]);
        length += strlen(clang_getCString(spelling)) + 1;
        clang_disposeString(spelling);
    }
    char *text = ddc_xmalloc(length + 1);
    char *end = text;
    unsigned previous_end = 0;
    for (unsigned i = 0; i < count; i++) {
        CXSourceRange extent = clang_getTokenExtent(unit, tokens[i]);
        unsigned start = ddc_offset(clang_getRangeStart(extent));
        if (i > 0 && start > previous_end)
            *end++ = ' ';
        previous_end = ddc_offset(clang_getRangeEnd(extent));
        CXString spelling = clang_getTokenSpelling(unit, tokens[i]);
        const char *piece = clang_getCString(spelling);
        size_t piece_length = strlen(piece);
        memcpy(end, piece, piece_length);
        end += piece_length;
        clang_disposeString(spelling);
    }
    *end = '\0';
    clang_disposeTokens(unit, tokens, count);
    return text;
}

char *ddc_spaced_token_text(CXTranslationUnit unit, CXSourceRange range)
{
    CXToken *tokens = NULL;
    unsigned count = 0;
    clang_tokenize(unit, range, &tokens, &count);
    size_t length = 0;
    for (unsigned i = 0; i < count; i++) {
        CXString spelling = clang_getTokenSpelling(unit, tokens[i]);
        length += strlen(clang_getCString(spelling)) + 1;
        clang_disposeString(spelling);
    }
    char *text = ddc_xmalloc(length + 1), *end = text;
    for (unsigned i = 0; i < count; i++) {
        CXString spelling = clang_getTokenSpelling(unit, tokens[i]);
        size_t piece = strlen(clang_getCString(spelling));
        memcpy(end, clang_getCString(spelling), piece);
        end += piece;
        *end++ = ' ';
        clang_disposeString(spelling);
    }
    *end = '\0';
    clang_disposeTokens(unit, tokens, count);
    return text;
}

CXCursor ddc_function_body(CXCursor function)
{
    unsigned count = ddc_child_count(function);
    CXCursor body = count ? ddc_child(function, count - 1) : clang_getNullCursor();
    return clang_getCursorKind(body) == CXCursor_CompoundStmt ? body : clang_getNullCursor();
}

bool ddc_is_stack_variable(CXCursor declaration)
{
    enum CXCursorKind kind = clang_getCursorKind(declaration);
    if (kind == CXCursor_ParmDecl)
        return true;
    if (kind != CXCursor_VarDecl)
        return false;
    if (clang_Cursor_getStorageClass(declaration) == CX_SC_Static ||
        clang_Cursor_getStorageClass(declaration) == CX_SC_Extern)
        return false;
    enum CXCursorKind parent = clang_getCursorKind(clang_getCursorSemanticParent(declaration));
    return parent == CXCursor_FunctionDecl;
}

bool ddc_member_is_arrow(CXCursor member_ref)
{
    CXCursor base = ddc_child(member_ref, 0);
    if (clang_Cursor_isNull(base))
        return false;
    CXType type = clang_getCanonicalType(clang_getCursorType(base));
    return type.kind == CXType_Pointer;
}

unsigned ddc_offset(CXSourceLocation location)
{
    unsigned offset = 0;
    clang_getExpansionLocation(location, NULL, NULL, NULL, &offset);
    return offset;
}

bool ddc_same_declaration(CXCursor a, CXCursor b)
{
    if (clang_Cursor_isNull(a) || clang_Cursor_isNull(b))
        return false;
    return clang_equalCursors(clang_getCanonicalCursor(a), clang_getCanonicalCursor(b));
}

bool ddc_is_own_code(CXSourceLocation location)
{
    if (clang_Location_isFromMainFile(location))
        return true;
    CXFile file = NULL;
    clang_getSpellingLocation(location, &file, NULL, NULL, NULL); /* where the text is, not a macro's use */
    if (!file)
        return false;
    CXString name = clang_getFileName(file);
    const char *text = clang_getCString(name);
    static const char *const source_suffixes[] = {".c", ".cc", ".cpp", ".cxx"};
    bool source = false;
    for (size_t i = 0; text && i < sizeof source_suffixes / sizeof source_suffixes[0]; i++)
        source |= ddc_ends_with_nocase(text, source_suffixes[i]);
    clang_disposeString(name);
    return source;
}
