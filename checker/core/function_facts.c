/* Role types and SAL IRQL annotations of a translation unit's functions. */
#include "function_facts.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "irql.h"
#include "string_index.h"
#include "util.h"

/* The SAL annotations that bound the IRQL at a function's entry. */
typedef enum annotation_kind {
    SETS_BOTH, SETS_MIN, SETS_MAX, NAMES_CLASS, /* IRQL at entry */
    RAISES,                                     /* _IRQL_raises_(L): the call leaves the IRQL at L */
    SAVES_GLOBAL, RESTORES_GLOBAL,              /* (kind, parameter): the lock a raise pairs on */
    SAVES_PARAMETER, RESTORES_PARAMETER,        /* on a parameter, no argument list */
} annotation_kind;

static const struct {
    const char *name;
    annotation_kind kind;
} irql_annotations[] = {
    {"_IRQL_requires_", SETS_BOTH},     {"__drv_requiresIRQL", SETS_BOTH},
    {"_IRQL_requires_min_", SETS_MIN},  {"__drv_minIRQL", SETS_MIN},
    {"_IRQL_requires_max_", SETS_MAX},  {"__drv_maxIRQL", SETS_MAX},
    {"_Function_class_", NAMES_CLASS},  {"__drv_functionClass", NAMES_CLASS},
    {"_IRQL_raises_", RAISES},          {"__drv_raisesIRQL", RAISES},
    {"_IRQL_saves_global_", SAVES_GLOBAL}, {"__drv_savesIRQLGlobal", SAVES_GLOBAL},
    {"_IRQL_restores_global_", RESTORES_GLOBAL}, {"__drv_restoresIRQLGlobal", RESTORES_GLOBAL},
    {"_IRQL_saves_", SAVES_PARAMETER},  {"__drv_savesIRQL", SAVES_PARAMETER},
    {"_IRQL_restores_", RESTORES_PARAMETER}, {"__drv_restoresIRQL", RESTORES_PARAMETER},
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
    ddc_strings pageable_names; /* functions named by #pragma alloc_text(PAGE...) in the main file */
    CXSourceLocation *pageable_wheres;
    ddc_function_facts *facts;
    size_t capacity;
    ddc_string_index by_usr; /* facts->items by usr */
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

static ddc_function_fact *fact_for(collector *c, const char *usr, const char *name)
{
    size_t found;
    if (ddc_string_index_find(&c->by_usr, usr, &found))
        return &c->facts->items[found];
    if (c->facts->count == c->capacity) {
        c->capacity = c->capacity ? c->capacity * 2 : 64;
        c->facts->items = ddc_xrealloc(c->facts->items, c->capacity * sizeof *c->facts->items);
    }
    ddc_function_fact *fact = &c->facts->items[c->facts->count++];
    memset(fact, 0, sizeof *fact);
    fact->usr = ddc_strdup(usr);
    fact->name = ddc_strdup(name);
    ddc_string_index_put(&c->by_usr, fact->usr, c->facts->count - 1);
    fact->entry.min_irql = fact->entry.max_irql = DDC_IRQL_UNKNOWN;
    fact->limit.max_irql = DDC_IRQL_UNKNOWN;
    return fact;
}

/* Records that the function runs at [min, max]; the strongest statement wins:
 * an exact level over a bound, a higher minimum over a lower one. */
static bool record(ddc_entry_irql *entry, int min, int max, bool exact, CXSourceLocation where,
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
        return false;
    entry->min_irql = min;
    entry->max_irql = max;
    entry->max_is_exact = exact;
    entry->role = NULL;
    entry->where = where;
    snprintf(entry->reason, sizeof entry->reason, "%s", reason);
    return true;
}

/* A lower limit is the stronger statement. */
static void record_limit(ddc_irql_limit *limit, int max, CXSourceLocation where, const char *reason)
{
    if (max == DDC_IRQL_UNKNOWN || (limit->max_irql != DDC_IRQL_UNKNOWN && limit->max_irql <= max))
        return;
    limit->max_irql = max;
    limit->where = where;
    snprintf(limit->reason, sizeof limit->reason, "%s", reason);
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
    if (record(entry, contract->exact ? contract->irql : DDC_IRQL_UNKNOWN, contract->irql, contract->exact, where,
               reason))
        entry->role = contract;
}

static char *token_text(CXTranslationUnit unit, CXToken token)
{
    CXString spelling = clang_getTokenSpelling(unit, token);
    char *text = ddc_strdup(clang_getCString(spelling));
    clang_disposeString(spelling);
    return text;
}

static ddc_ddi_contract *contract_of(ddc_function_fact *fact)
{
    if (!fact->contract) {
        fact->contract = ddc_xcalloc(1, sizeof *fact->contract);
        *fact->contract = ddc_ddi_contract_empty(fact->name, "SAL annotations in the driver's sources");
    }
    return fact->contract;
}

/* The index of the parameter of `declaration` named `name`, or DDC_NO_ARG. */
static int parameter_index(CXCursor declaration, const char *name)
{
    int count = clang_Cursor_getNumArguments(declaration);
    for (int i = 0; i < count; i++) {
        char *spelled = ddc_spelling(clang_Cursor_getArgument(declaration, (unsigned)i));
        bool same = strcmp(spelled, name) == 0;
        free(spelled);
        if (same)
            return i;
    }
    return DDC_NO_ARG;
}

/* What one annotation with its argument(s) says. `first`/`second` are the
 * annotation's arguments ("" when absent); `parameter` is the parameter the
 * annotation is written on, or DDC_NO_ARG. */
static void apply_annotation(collector *c, ddc_function_fact *fact, CXCursor declaration, const char *annotation,
                             annotation_kind kind, const char *first, const char *second, int parameter,
                             CXSourceLocation where)
{
    const char *function = fact->name;
    char reason[200];
    snprintf(reason, sizeof reason, "'%s' is annotated %s(%s)", function, annotation, first);
    int level = ddc_irql_parse(first);
    switch (kind) {
    case NAMES_CLASS:
        record_role(c, &fact->entry, function, first, where);
        break;
    case SETS_BOTH:
    case SETS_MIN:
    case SETS_MAX:
        if (level == DDC_IRQL_UNKNOWN)
            break;
        record(&fact->entry, kind == SETS_MAX ? DDC_IRQL_UNKNOWN : level, kind == SETS_MIN ? DDC_IRQL_UNKNOWN : level,
               kind == SETS_BOTH, where, reason);
        if (kind != SETS_MIN)
            record_limit(&fact->limit, level, where, reason);
        break;
    case RAISES:
        if (level != DDC_IRQL_UNKNOWN)
            contract_of(fact)->raises_to = level;
        break;
    case SAVES_GLOBAL:
    case RESTORES_GLOBAL: {
        int index = parameter_index(declaration, second);
        ddc_ddi_contract *contract = contract_of(fact);
        if (index != DDC_NO_ARG)
            contract->lock_arg = index; /* the lock names the raise better than a saved IRQL */
        contract->restores |= kind == RESTORES_GLOBAL;
        break;
    }
    case SAVES_PARAMETER:
    case RESTORES_PARAMETER: {
        ddc_ddi_contract *contract = contract_of(fact);
        if (contract->lock_arg == DDC_NO_ARG)
            contract->lock_arg = parameter;
        contract->restores |= kind == RESTORES_PARAMETER;
        break;
    }
    }
}

/* The return-value annotations that say the result may be NULL. */
static bool is_ret_maybenull(const char *token)
{
    static const char *const names[] = {"_Ret_maybenull_", "_Ret_maybenull_z_", "_Ret_writes_maybenull_",
                                        "_Ret_writes_maybenull_z_", "_Ret_writes_bytes_maybenull_",
                                        "_Ret_writes_to_maybenull_", "_Ret_writes_bytes_to_maybenull_"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(token, names[i]) == 0)
            return true;
    return false;
}

/* Reads the IRQL annotations among `tokens`, the text of one declaration of
 * the function up to its body.  Annotations inside _When_(...) are
 * conditional and skipped; those inside the parameter list apply to the
 * parameter they are written on. */
static void read_annotations(collector *c, ddc_function_fact *fact, CXCursor declaration, CXToken *tokens,
                             unsigned count, unsigned name_offset)
{
    unsigned when_depth = 0;
    int depth = 0;
    int parameter = DDC_NO_ARG; /* inside the parameter list: the parameter's index */
    bool after_name = false;
    for (unsigned i = 0; i < count; i++) {
        unsigned offset;
        clang_getExpansionLocation(clang_getTokenLocation(c->unit, tokens[i]), NULL, NULL, NULL, &offset);
        after_name |= offset >= name_offset;
        char *text = token_text(c->unit, tokens[i]);
        if (strcmp(text, "(") == 0) {
            depth++;
            if (after_name && depth == 1 && parameter == DDC_NO_ARG)
                parameter = 0;
        } else if (strcmp(text, ")") == 0) {
            depth--;
            if (when_depth && depth < (int)when_depth)
                when_depth = 0;
            if (depth == 0 && parameter != DDC_NO_ARG)
                parameter = DDC_NO_ARG - 1; /* past the parameter list */
        } else if (strcmp(text, ",") == 0 && depth == 1 && parameter >= 0) {
            parameter++;
        } else if (strcmp(text, "_When_") == 0 || strcmp(text, "__drv_when") == 0) {
            if (!when_depth)
                when_depth = (unsigned)depth + 1;
        } else if (!when_depth && parameter == DDC_NO_ARG && is_ret_maybenull(text)) {
            contract_of(fact)->maybe_null = true; /* the result may be NULL: callers must check it */
        } else if (!when_depth) {
            for (size_t a = 0; a < sizeof irql_annotations / sizeof irql_annotations[0]; a++) {
                if (strcmp(text, irql_annotations[a].name) != 0)
                    continue;
                annotation_kind kind = irql_annotations[a].kind;
                CXSourceLocation where = clang_getTokenLocation(c->unit, tokens[i]);
                if (kind == SAVES_PARAMETER || kind == RESTORES_PARAMETER) {
                    if (parameter >= 0)
                        apply_annotation(c, fact, declaration, text, kind, "", "", parameter, where);
                    continue;
                }
                /* name ( first [, second] ) */
                char *part[5] = {0};
                for (unsigned k = 0; k < 5 && i + 1 + k < count; k++)
                    part[k] = token_text(c->unit, tokens[i + 1 + k]);
                bool one = part[2] && strcmp(part[0], "(") == 0 && strcmp(part[2], ")") == 0;
                bool two = part[4] && strcmp(part[0], "(") == 0 && strcmp(part[2], ",") == 0 &&
                           strcmp(part[4], ")") == 0;
                if (one)
                    apply_annotation(c, fact, declaration, text, kind, part[1], "", parameter, where);
                else if (two)
                    apply_annotation(c, fact, declaration, text, kind, part[1], part[3], parameter, where);
                for (unsigned k = 0; k < 5; k++)
                    free(part[k]);
            }
        }
        free(text);
    }
}

/* Where the definition's body asserts PAGED_CODE(), or a null location. */
static CXSourceLocation paged_code_location(CXTranslationUnit unit, CXCursor definition)
{
    CXSourceLocation where = clang_getNullLocation();
    CXCursor body = ddc_function_body(definition);
    if (clang_Cursor_isNull(body))
        return where;
    CXToken *tokens = NULL;
    unsigned count = 0;
    clang_tokenize(unit, clang_getCursorExtent(body), &tokens, &count);
    for (unsigned i = 0; i < count; i++) {
        if (clang_getTokenKind(tokens[i]) != CXToken_Identifier)
            continue;
        CXString spelling = clang_getTokenSpelling(unit, tokens[i]);
        bool found = strcmp(clang_getCString(spelling), "PAGED_CODE") == 0 ||
                     strcmp(clang_getCString(spelling), "PAGED_CODE_LOCKED") == 0;
        clang_disposeString(spelling);
        if (found) {
            where = clang_getTokenLocation(unit, tokens[i]);
            break;
        }
    }
    clang_disposeTokens(unit, tokens, count);
    return where;
}

static void record_pageable(ddc_function_fact *fact, CXSourceLocation where, const char *how)
{
    char reason[200];
    snprintf(reason, sizeof reason, "'%s' is pageable: %s here", fact->name, how);
    fact->pageable = true;
    record_limit(&fact->limit, DDC_IRQL_APC, where, reason);
}

/* Where the declaration's own text ends: before the body of a definition. */
static CXSourceLocation declaration_end(CXCursor declaration)
{
    CXCursor body = ddc_function_body(declaration);
    if (!clang_Cursor_isNull(body))
        return clang_getRangeStart(clang_getCursorExtent(body));
    return clang_getRangeEnd(clang_getCursorExtent(declaration));
}

static void collect_declaration(collector *c, CXCursor declaration, unsigned gap_start)
{
    CXString usr_string = clang_getCursorUSR(declaration);
    const char *usr = clang_getCString(usr_string);
    if (!usr || !*usr) {
        clang_disposeString(usr_string);
        return;
    }
    char *function = ddc_spelling(declaration);
    ddc_function_fact *fact = fact_for(c, usr, function);
    clang_disposeString(usr_string);
    if (clang_isCursorDefinition(declaration)) {
        CXSourceLocation paged = paged_code_location(c->unit, declaration);
        if (!clang_equalLocations(paged, clang_getNullLocation()))
            record_pageable(fact, paged, "PAGED_CODE()");
        if (ddc_is_own_code(clang_getCursorLocation(declaration)))
            for (size_t i = 0; i < c->pageable_names.count; i++)
                if (strcmp(c->pageable_names.items[i], function) == 0)
                    record_pageable(fact, c->pageable_wheres[i], "#pragma alloc_text(PAGE, ...)");
    }

    /* Role type: "KDEFERRED_ROUTINE FooDpc;" declares with a function typedef. */
    CXType type = clang_getCursorType(declaration);
    if (type.kind == CXType_Elaborated || type.kind == CXType_Typedef) {
        CXString role = clang_getTypeSpelling(type);
        record_role(c, &fact->entry, function, clang_getCString(role), clang_getCursorLocation(declaration));
        clang_disposeString(role);
    }

    /* Annotations: the tokens from the end of the previous declaration to
     * the end of this one's parameter list. */
    CXSourceLocation name = clang_getCursorLocation(declaration);
    CXFile file;
    unsigned name_offset, end_offset;
    clang_getExpansionLocation(name, &file, NULL, NULL, &name_offset);
    CXSourceLocation end = declaration_end(declaration);
    CXFile end_file;
    clang_getExpansionLocation(end, &end_file, NULL, NULL, &end_offset);
    if (file && gap_start < name_offset) {
        if (!clang_File_isEqual(file, end_file) || end_offset < name_offset)
            end_offset = name_offset;
        CXSourceRange text = clang_getRange(clang_getLocationForOffset(c->unit, file, gap_start),
                                            clang_getLocationForOffset(c->unit, file, end_offset));
        CXToken *tokens = NULL;
        unsigned count = 0;
        clang_tokenize(c->unit, text, &tokens, &count);
        read_annotations(c, fact, declaration, tokens, count, name_offset);
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

/* `#pragma alloc_text(PAGE, FooRead, FooWrite)` in the main file: those
 * functions live in pageable memory (any section whose name starts with PAGE). */
static void read_alloc_text(collector *c)
{
    CXString spelling = clang_getTranslationUnitSpelling(c->unit);
    CXFile main_file = clang_getFile(c->unit, clang_getCString(spelling));
    clang_disposeString(spelling);
    size_t size = 0;
    if (!main_file || !clang_getFileContents(c->unit, main_file, &size))
        return;
    CXSourceRange whole = clang_getRange(clang_getLocationForOffset(c->unit, main_file, 0),
                                         clang_getLocationForOffset(c->unit, main_file, (unsigned)size));
    CXToken *tokens = NULL;
    unsigned count = 0;
    clang_tokenize(c->unit, whole, &tokens, &count);
    for (unsigned i = 0; i + 4 < count; i++) {
        char *word = token_text(c->unit, tokens[i]);
        bool pragma = strcmp(word, "alloc_text") == 0;
        free(word);
        if (!pragma)
            continue;
        char *open = token_text(c->unit, tokens[i + 1]);
        char *section = token_text(c->unit, tokens[i + 2]);
        bool paged = strcmp(open, "(") == 0 && (strncmp(section, "PAGE", 4) == 0 || strncmp(section, "\"PAGE", 5) == 0);
        free(open);
        free(section);
        CXSourceLocation where = clang_getTokenLocation(c->unit, tokens[i]);
        unsigned line = 0;
        clang_getExpansionLocation(where, NULL, &line, NULL, NULL);
        for (unsigned k = i + 3; paged && k < count; k++) {
            unsigned token_line = 0;
            clang_getExpansionLocation(clang_getTokenLocation(c->unit, tokens[k]), NULL, &token_line, NULL, NULL);
            char *text = token_text(c->unit, tokens[k]);
            bool done = strcmp(text, ")") == 0 || token_line != line;
            if (!done && clang_getTokenKind(tokens[k]) == CXToken_Identifier) {
                ddc_strings_add(&c->pageable_names, text);
                c->pageable_wheres = ddc_xrealloc(c->pageable_wheres, c->pageable_names.count * sizeof *c->pageable_wheres);
                c->pageable_wheres[c->pageable_names.count - 1] = where;
            }
            free(text);
            if (done)
                break;
        }
    }
    clang_disposeTokens(c->unit, tokens, count);
}

void ddc_function_facts_collect(ddc_function_facts *facts, CXTranslationUnit unit, const ddc_contracts *contracts)
{
    memset(facts, 0, sizeof *facts);
    collector c = {.unit = unit, .contracts = contracts, .facts = facts};
    read_alloc_text(&c);
    clang_visitChildren(clang_getTranslationUnitCursor(unit), visit_top_level, &c);
    ddc_strings_free(&c.pageable_names);
    free(c.pageable_wheres);
    free(c.ends);
    ddc_string_index_free(&c.by_usr);
    /* Pageable code runs at or below APC_LEVEL: a role type that only says
     * it "may" run at DISPATCH_LEVEL (a KMDF timer created with
     * WdfExecutionLevelPassive) does not here. */
    for (size_t i = 0; i < facts->count; i++)
        if (facts->items[i].pageable && !facts->items[i].entry.max_is_exact &&
            facts->items[i].entry.min_irql == DDC_IRQL_UNKNOWN)
            facts->items[i].entry.max_irql = DDC_IRQL_UNKNOWN;
    if (facts->count)
        qsort(facts->items, facts->count, sizeof *facts->items, compare_facts);
}

const ddc_function_fact *ddc_function_facts_find(const ddc_function_facts *facts, CXCursor function)
{
    CXString usr = clang_getCursorUSR(function);
    ddc_function_fact key = {.usr = (char *)clang_getCString(usr)};
    const ddc_function_fact *found =
        key.usr && *key.usr ? bsearch(&key, facts->items, facts->count, sizeof key, compare_facts) : NULL;
    clang_disposeString(usr);
    return found;
}

void ddc_function_facts_free(ddc_function_facts *facts)
{
    for (size_t i = 0; i < facts->count; i++) {
        ddc_function_fact *fact = &facts->items[i];
        free(fact->usr);
        free(fact->name);
        if (fact->contract) {
            free(fact->contract->name);
            free(fact->contract->source);
            free(fact->contract);
        }
    }
    free(facts->items);
    memset(facts, 0, sizeof *facts);
}
