/* Finding ASSERT-style macros in a function body (see assert_macros.h). */
#include "assert_macros.h"

#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "util.h"

static const struct {
    const char *name;
    const char *free_build;
} assert_macros[] = {
    {"ASSERT", "is compiled out of free builds"},
    {"ASSERTMSG", "is compiled out of free builds"},
    {"NT_ASSERT", "is compiled out of free builds"},
    {"NT_ASSERTMSG", "is compiled out of free builds"},
    {"NT_ASSERTMSGW", "is compiled out of free builds"},
    {"NT_ASSERT_ASSUME", "is compiled out of free builds"},
    {"RTL_SOFT_ASSERT", "is compiled out of free builds"},
    {"RTL_SOFT_ASSERTMSG", "is compiled out of free builds"},
    {"assert", "is compiled out of release builds"},
    {"NT_VERIFY", "does not stop execution when it fails in free builds"},
    {"NT_VERIFYMSG", "does not stop execution when it fails in free builds"},
    {"NT_VERIFYMSGW", "does not stop execution when it fails in free builds"},
    {"RTL_VERIFY", "does not stop execution when it fails in free builds"},
    {"WDFVERIFY", "does not stop execution when it fails without the KMDF verifier"},
    {"_Analysis_assume_", NULL},
    {"__analysis_assume", NULL},
};

static int assert_macro(const char *name)
{
    for (size_t i = 0; i < sizeof assert_macros / sizeof assert_macros[0]; i++)
        if (strcmp(name, assert_macros[i].name) == 0)
            return (int)i;
    return -1;
}

void ddc_asserts_find(ddc_asserts *asserts, CXTranslationUnit unit, CXCursor function)
{
    memset(asserts, 0, sizeof *asserts);
    CXCursor body = ddc_function_body(function);
    if (clang_Cursor_isNull(body))
        return;
    CXToken *tokens = NULL;
    unsigned count = 0;
    clang_tokenize(unit, clang_getCursorExtent(body), &tokens, &count);
    for (unsigned i = 0; i + 1 < count; i++) {
        if (clang_getTokenKind(tokens[i]) != CXToken_Identifier)
            continue;
        CXString spelling = clang_getTokenSpelling(unit, tokens[i]);
        int macro = assert_macro(clang_getCString(spelling));
        clang_disposeString(spelling);
        if (macro < 0)
            continue;
        int depth = 0;
        unsigned last = i + 1;
        for (unsigned j = i + 1; j < count; j++) {
            CXString piece = clang_getTokenSpelling(unit, tokens[j]);
            const char *text = clang_getCString(piece);
            depth += strcmp(text, "(") == 0;
            depth -= strcmp(text, ")") == 0;
            clang_disposeString(piece);
            last = j;
            if (depth <= 0)
                break;
        }
        CXSourceRange range = clang_getRange(clang_getTokenLocation(unit, tokens[i]),
                                             clang_getRangeEnd(clang_getTokenExtent(unit, tokens[last])));
        ddc_assert_use use = {.start = ddc_offset(clang_getRangeStart(range)),
                              .end = ddc_offset(clang_getRangeEnd(range)),
                              .where = clang_getTokenLocation(unit, tokens[i]),
                              .macro = assert_macros[macro].name,
                              .free_build = assert_macros[macro].free_build,
                              .text = ddc_spaced_token_text(unit, range)};
        asserts->items = ddc_xrealloc(asserts->items, (asserts->count + 1) * sizeof *asserts->items);
        asserts->items[asserts->count++] = use;
        i = last;
    }
    clang_disposeTokens(unit, tokens, count);
}

bool ddc_asserts_contain(const ddc_asserts *asserts, unsigned offset)
{
    for (size_t i = 0; i < asserts->count; i++)
        if (offset >= asserts->items[i].start && offset < asserts->items[i].end)
            return true;
    return false;
}

static bool starts_with(const char *text, const char *prefix) { return strncmp(text, prefix, strlen(prefix)) == 0; }

/* Does `text` (tokens separated by single spaces) contain the tokens of
 * `name` as a value of its own, not followed by a member access and not
 * itself a member? */
static bool tests_itself(const char *text, const char *name)
{
    size_t length = strlen(name);
    for (const char *at = strstr(text, name); at; at = strstr(at + 1, name)) {
        bool token_start = at == text || at[-1] == ' ';
        bool token_end = at[length] == ' ' || at[length] == '\0';
        if (!token_start || !token_end)
            continue;
        const char *next = at[length] ? at + length + 1 : "";
        bool member_follows = starts_with(next, "-> ") || starts_with(next, ". ") || starts_with(next, "[ ");
        bool is_member = (at - text >= 3 && starts_with(at - 3, "-> ")) || (at - text >= 2 && starts_with(at - 2, ". "));
        if (!member_follows && !is_member)
            return true;
    }
    return false;
}

const ddc_assert_use *ddc_asserts_testing(const ddc_asserts *asserts, const char *spaced_name, unsigned from,
                                          unsigned to, bool assumptions)
{
    for (size_t i = 0; i < asserts->count; i++) {
        const ddc_assert_use *use = &asserts->items[i];
        if ((use->free_build == NULL) == assumptions && use->start >= from && use->end <= to &&
            tests_itself(use->text, spaced_name))
            return use;
    }
    return NULL;
}

void ddc_asserts_free(ddc_asserts *asserts)
{
    for (size_t i = 0; i < asserts->count; i++)
        free(asserts->items[i].text);
    free(asserts->items);
    memset(asserts, 0, sizeof *asserts);
}
