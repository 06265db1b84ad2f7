/* Role types and SAL IRQL annotations of a translation unit's functions. */
#include "function_facts.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "irql.h"
#include "util.h"

/* The SAL annotations that bound the IRQL at a function's entry. */
typedef enum annotation_kind { SETS_BOTH, SETS_MIN, SETS_MAX, NAMES_CLASS } annotation_kind;

static const struct {
    const char *name;
    annotation_kind kind;
} irql_annotations[] = {
    {"_IRQL_requires_", SETS_BOTH},     {"__drv_requiresIRQL", SETS_BOTH},
    {"_IRQL_requires_min_", SETS_MIN},  {"__drv_minIRQL", SETS_MIN},
    {"_IRQL_requires_max_", SETS_MAX},  {"__drv_maxIRQL", SETS_MAX},
    {"_Function_class_", NAMES_CLASS},  {"__drv_functionClass", NAMES_CLASS},
};

/* Where the previous top-level declaration of each file ended, so that the
 * tokens between it and a function are that function's annotations. */
typedef struct file_end {
    CXFile file;
    unsigned offset;
} file_end;

typedef struct collector {
    CXTranslationUnit unit;
    const ddc_contracts *contracts;
    ddc_strings wanted; /* USRs of the functions the main file defines, sorted */
    ddc_function_facts *facts;
    size_t capacity;
    file_end *ends;
    size_t end_count;
} collector;

static unsigned *end_for(collector *c, CXFile file)
{
    for (size_t i = 0; i < c->end_count; i++)
        if (clang_File_isEqual(c->ends[i].file, file))
            return &c->ends[i].offset;
    c->ends = ddc_xrealloc(c->ends, (c->end_count + 1) * sizeof *c->ends);
    c->ends[c->end_count] = (file_end){.file = file, .offset = 0};
    return &c->ends[c->end_count++].offset;
}

static ddc_function_fact *fact_for(collector *c, const char *usr)
{
    for (size_t i = c->facts->count; i-- > 0;)
        if (strcmp(c->facts->items[i].usr, usr) == 0)
            return &c->facts->items[i];
    if (c->facts->count == c->capacity) {
        c->capacity = c->capacity ? c->capacity * 2 : 64;
        c->facts->items = ddc_xrealloc(c->facts->items, c->capacity * sizeof *c->facts->items);
    }
    ddc_function_fact *fact = &c->facts->items[c->facts->count++];
    memset(fact, 0, sizeof *fact);
    fact->usr = ddc_strdup(usr);
    fact->entry.min_irql = fact->entry.max_irql = DDC_IRQL_UNKNOWN;
    return fact;
}

/* Records that the function runs at [min, max]; the strongest statement wins:
 * an exact level over a bound, a higher minimum over a lower one. */
static void record(ddc_entry_irql *entry, int min, int max, bool exact, CXSourceLocation where,
                   const char *reason)
{
    bool better = false;
    if (exact && !entry->max_is_exact)
        better = true;
    else if (!entry->max_is_exact && min != DDC_IRQL_UNKNOWN && min > entry->min_irql)
        better = true;
    else if (!entry->max_is_exact && entry->min_irql == DDC_IRQL_UNKNOWN && max != DDC_IRQL_UNKNOWN &&
             (entry->max_irql == DDC_IRQL_UNKNOWN || max < entry->max_irql))
        better = true;
    if (!better)
        return;
    entry->min_irql = min;
    entry->max_irql = max;
    entry->max_is_exact = exact;
    entry->where = where;
    snprintf(entry->reason, sizeof entry->reason, "%s", reason);
}

static void record_role(collector *c, ddc_entry_irql *entry, const char *function, const char *role,
                        CXSourceLocation where)
{
    const ddc_role_contract *contract = ddc_contracts_find_role(c->contracts, role);
    if (!contract)
        return;
    char reason[200];
    snprintf(reason, sizeof reason, "'%s' is %s (%s), which %s %s", function, contract->what, role,
             contract->exact ? "runs at" : "may run at", ddc_irql_name(contract->irql));
    record(entry, contract->exact ? contract->irql : DDC_IRQL_UNKNOWN, contract->irql, contract->exact,
           where, reason);
}

static char *token_text(CXTranslationUnit unit, CXToken token)
{
    CXString spelling = clang_getTokenSpelling(unit, token);
    char *text = ddc_strdup(clang_getCString(spelling));
    clang_disposeString(spelling);
    return text;
}

/* Reads the IRQL annotations among `tokens` (the text in front of a
 * declaration of `function`). Annotations inside _When_(...) are conditional
 * and skipped. */
static void read_annotations(collector *c, ddc_entry_irql *entry, const char *function, CXToken *tokens,
                             unsigned count)
{
    unsigned when_depth = 0;
    int depth = 0;
    for (unsigned i = 0; i < count; i++) {
        char *text = token_text(c->unit, tokens[i]);
        if (strcmp(text, "(") == 0)
            depth++;
        else if (strcmp(text, ")") == 0) {
            depth--;
            if (when_depth && depth < (int)when_depth)
                when_depth = 0;
        } else if (strcmp(text, "_When_") == 0 || strcmp(text, "__drv_when") == 0) {
            if (!when_depth)
                when_depth = (unsigned)depth + 1;
        } else if (!when_depth && i + 3 < count) {
            for (size_t a = 0; a < sizeof irql_annotations / sizeof irql_annotations[0]; a++) {
                if (strcmp(text, irql_annotations[a].name) != 0)
                    continue;
                char *open = token_text(c->unit, tokens[i + 1]);
                char *argument = token_text(c->unit, tokens[i + 2]);
                char *close = token_text(c->unit, tokens[i + 3]);
                if (strcmp(open, "(") == 0 && strcmp(close, ")") == 0) {
                    CXSourceLocation where = clang_getTokenLocation(c->unit, tokens[i]);
                    annotation_kind kind = irql_annotations[a].kind;
                    if (kind == NAMES_CLASS) {
                        record_role(c, entry, function, argument, where);
                    } else {
                        int level = ddc_irql_parse(argument);
                        char reason[200];
                        snprintf(reason, sizeof reason, "'%s' is annotated %s(%s)", function, text, argument);
                        if (level != DDC_IRQL_UNKNOWN)
                            record(entry, kind == SETS_MAX ? DDC_IRQL_UNKNOWN : level,
                                   kind == SETS_MIN ? DDC_IRQL_UNKNOWN : level, kind == SETS_BOTH, where,
                                   reason);
                    }
                }
                free(open);
                free(argument);
                free(close);
            }
        }
        free(text);
    }
}

static int compare_strings(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Does the definition's body assert PAGED_CODE()? */
static bool has_paged_code(CXTranslationUnit unit, CXCursor definition)
{
    CXCursor body = ddc_function_body(definition);
    if (clang_Cursor_isNull(body))
        return false;
    CXToken *tokens = NULL;
    unsigned count = 0;
    clang_tokenize(unit, clang_getCursorExtent(body), &tokens, &count);
    bool found = false;
    for (unsigned i = 0; i < count && !found; i++) {
        if (clang_getTokenKind(tokens[i]) != CXToken_Identifier)
            continue;
        CXString spelling = clang_getTokenSpelling(unit, tokens[i]);
        found = strcmp(clang_getCString(spelling), "PAGED_CODE") == 0 ||
                strcmp(clang_getCString(spelling), "PAGED_CODE_LOCKED") == 0;
        clang_disposeString(spelling);
    }
    clang_disposeTokens(unit, tokens, count);
    return found;
}

static void collect_declaration(collector *c, CXCursor declaration, unsigned gap_start)
{
    CXString usr_string = clang_getCursorUSR(declaration);
    const char *usr = clang_getCString(usr_string);
    if (!usr || !*usr || !bsearch(&usr, c->wanted.items, c->wanted.count, sizeof *c->wanted.items, compare_strings)) {
        clang_disposeString(usr_string);
        return;
    }
    ddc_function_fact *fact = fact_for(c, usr);
    clang_disposeString(usr_string);
    if (clang_isCursorDefinition(declaration))
        fact->pageable |= has_paged_code(c->unit, declaration);
    char *function = ddc_spelling(declaration);

    /* Role type: "KDEFERRED_ROUTINE FooDpc;" declares with a function typedef. */
    CXType type = clang_getCursorType(declaration);
    if (type.kind == CXType_Elaborated || type.kind == CXType_Typedef) {
        CXString role = clang_getTypeSpelling(type);
        record_role(c, &fact->entry, function, clang_getCString(role), clang_getCursorLocation(declaration));
        clang_disposeString(role);
    }

    /* Annotations: the tokens from the end of the previous declaration up
     * to the function's name. */
    CXSourceLocation name = clang_getCursorLocation(declaration);
    CXFile file;
    unsigned name_offset;
    clang_getExpansionLocation(name, &file, NULL, NULL, &name_offset);
    if (file && gap_start < name_offset) {
        CXSourceRange gap = clang_getRange(clang_getLocationForOffset(c->unit, file, gap_start), name);
        CXToken *tokens = NULL;
        unsigned count = 0;
        clang_tokenize(c->unit, gap, &tokens, &count);
        read_annotations(c, &fact->entry, function, tokens, count);
        clang_disposeTokens(c->unit, tokens, count);
    }
    free(function);
}

static enum CXChildVisitResult visit_top_level(CXCursor cursor, CXCursor parent, CXClientData data)
{
    (void)parent;
    collector *c = data;
    CXSourceRange extent = clang_getCursorExtent(cursor);
    CXFile file;
    unsigned start, end;
    clang_getExpansionLocation(clang_getRangeStart(extent), &file, NULL, NULL, &start);
    clang_getExpansionLocation(clang_getRangeEnd(extent), NULL, NULL, NULL, &end);
    if (!file)
        return CXChildVisit_Continue;
    unsigned *previous_end = end_for(c, file);
    if (clang_getCursorKind(cursor) == CXCursor_FunctionDecl && !clang_Location_isInSystemHeader(clang_getRangeStart(extent)))
        collect_declaration(c, cursor, *previous_end <= start ? *previous_end : start);
    if (end > *previous_end)
        *previous_end = end;
    return CXChildVisit_Continue;
}

static int compare_facts(const void *a, const void *b)
{
    return strcmp(((const ddc_function_fact *)a)->usr, ((const ddc_function_fact *)b)->usr);
}

/* Only the functions the main file defines are analysed, so only their
 * declarations are read (a WDK header declares thousands of others). */
static enum CXChildVisitResult visit_definition(CXCursor cursor, CXCursor parent, CXClientData data)
{
    (void)parent;
    collector *c = data;
    if (clang_getCursorKind(cursor) == CXCursor_FunctionDecl && clang_isCursorDefinition(cursor) &&
        clang_Location_isFromMainFile(clang_getCursorLocation(cursor))) {
        CXString usr = clang_getCursorUSR(cursor);
        if (clang_getCString(usr) && *clang_getCString(usr))
            ddc_strings_add(&c->wanted, clang_getCString(usr));
        clang_disposeString(usr);
    }
    return CXChildVisit_Continue;
}

void ddc_function_facts_collect(ddc_function_facts *facts, CXTranslationUnit unit, const ddc_contracts *contracts)
{
    memset(facts, 0, sizeof *facts);
    collector c = {.unit = unit, .contracts = contracts, .facts = facts};
    CXCursor root = clang_getTranslationUnitCursor(unit);
    clang_visitChildren(root, visit_definition, &c);
    qsort(c.wanted.items, c.wanted.count, sizeof *c.wanted.items, compare_strings);
    clang_visitChildren(root, visit_top_level, &c);
    ddc_strings_free(&c.wanted);
    free(c.ends);
    /* Pageable code runs at or below APC_LEVEL: a role type that only says
     * it "may" run at DISPATCH_LEVEL (a KMDF timer created with
     * WdfExecutionLevelPassive) does not here. */
    for (size_t i = 0; i < facts->count; i++)
        if (facts->items[i].pageable && !facts->items[i].entry.max_is_exact &&
            facts->items[i].entry.min_irql == DDC_IRQL_UNKNOWN)
            facts->items[i].entry.max_irql = DDC_IRQL_UNKNOWN;
    qsort(facts->items, facts->count, sizeof *facts->items, compare_facts);
}

const ddc_entry_irql *ddc_function_facts_entry(const ddc_function_facts *facts, CXCursor function)
{
    CXString usr = clang_getCursorUSR(function);
    ddc_function_fact key = {.usr = (char *)clang_getCString(usr)};
    const ddc_function_fact *found =
        key.usr ? bsearch(&key, facts->items, facts->count, sizeof key, compare_facts) : NULL;
    clang_disposeString(usr);
    if (!found || (found->entry.min_irql == DDC_IRQL_UNKNOWN && found->entry.max_irql == DDC_IRQL_UNKNOWN))
        return NULL;
    return &found->entry;
}

void ddc_function_facts_free(ddc_function_facts *facts)
{
    for (size_t i = 0; i < facts->count; i++)
        free(facts->items[i].usr);
    free(facts->items);
    memset(facts, 0, sizeof *facts);
}
