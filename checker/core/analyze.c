/* The per-unit walk that hands functions and DDI calls to the checks. */
#include "analyze.h"

#include <stdlib.h>
#include <string.h>

#include "ast.h"
#include "irql.h"
#include "util.h"

/* An error diagnostic's position, to tell which functions have errors. */
typedef struct error_position {
    CXFile file;
    unsigned offset;
} error_position;

typedef struct unit_walk {
    ddc_unit_context context;
    const bool *enabled;
    ddc_stats *stats;
    error_position *errors;
    size_t error_count;
    bool function_has_errors;
} unit_walk;

/* Does the contract give a check something to look at? */
static bool is_target(const ddc_ddi_contract *contract)
{
    return contract->max_irql != DDC_IRQL_UNKNOWN || contract->max_irql_when_count > 0 || contract->maybe_null ||
           contract->key_arg != DDC_NO_ARG || contract->forbidden_member || contract->null_out_arg != DDC_NO_ARG;
}

static enum CXChildVisitResult visit_body(CXCursor cursor, CXCursor parent, CXClientData data)
{
    (void)parent;
    unit_walk *walk = data;
    if (clang_getCursorKind(cursor) == CXCursor_CallExpr) {
        const ddc_ddi_contract *contract = ddc_call_contract(&walk->context, cursor);
        if (contract) {
            if (is_target(contract)) {
                walk->stats->target_calls++;
                walk->stats->target_calls_in_error_functions += walk->function_has_errors;
            }
            for (size_t i = 0; i < ddc_check_count; i++)
                if (walk->enabled[i] && ddc_checks[i]->on_call)
                    ddc_checks[i]->on_call(&walk->context, cursor, contract);
        }
    }
    return CXChildVisit_Recurse;
}

static bool has_errors_inside(const unit_walk *walk, CXCursor function)
{
    CXSourceRange extent = clang_getCursorExtent(function);
    CXFile file;
    unsigned start, end;
    clang_getExpansionLocation(clang_getRangeStart(extent), &file, NULL, NULL, &start);
    clang_getExpansionLocation(clang_getRangeEnd(extent), NULL, NULL, NULL, &end);
    for (size_t i = 0; i < walk->error_count; i++)
        if (clang_File_isEqual(walk->errors[i].file, file) && walk->errors[i].offset >= start &&
            walk->errors[i].offset <= end)
            return true;
    return false;
}

static enum CXChildVisitResult visit_top_level(CXCursor cursor, CXCursor parent, CXClientData data)
{
    (void)parent;
    unit_walk *walk = data;
    if (clang_getCursorKind(cursor) != CXCursor_FunctionDecl || !clang_isCursorDefinition(cursor) ||
        !ddc_is_own_code(clang_getCursorLocation(cursor)))
        return CXChildVisit_Continue;
    walk->stats->functions++;
    walk->function_has_errors = has_errors_inside(walk, cursor);
    for (size_t i = 0; i < ddc_check_count; i++)
        if (walk->enabled[i] && ddc_checks[i]->on_function)
            ddc_checks[i]->on_function(&walk->context, cursor);
    clang_visitChildren(cursor, visit_body, walk);
    return CXChildVisit_Continue;
}

static void collect_errors(unit_walk *walk, CXTranslationUnit unit)
{
    unsigned count = clang_getNumDiagnostics(unit);
    for (unsigned i = 0; i < count; i++) {
        CXDiagnostic diagnostic = clang_getDiagnostic(unit, i);
        if (clang_getDiagnosticSeverity(diagnostic) >= CXDiagnostic_Error) {
            error_position position = {0};
            clang_getExpansionLocation(clang_getDiagnosticLocation(diagnostic), &position.file, NULL, NULL,
                                      &position.offset);
            walk->errors = ddc_xrealloc(walk->errors, (walk->error_count + 1) * sizeof *walk->errors);
            walk->errors[walk->error_count++] = position;
        }
        clang_disposeDiagnostic(diagnostic);
    }
}

void ddc_analyze_unit(CXTranslationUnit unit, const ddc_compile_job *job, const ddc_contracts *contracts,
                      const bool *enabled, ddc_findings *findings, ddc_program_facts *program, ddc_stats *stats)
{
    ddc_function_facts functions;
    ddc_function_facts_collect(&functions, unit, contracts);
    unit_walk walk = {
        .context = {.unit = unit, .project = job->project, .user_mode = job->user_mode, .contracts = contracts,
                    .functions = &functions, .findings = findings, .program = program},
        .enabled = enabled,
        .stats = stats,
    };
    collect_errors(&walk, unit);
    ddc_cfg_cache graphs = {0};
    walk.context.has_parse_errors = walk.error_count > 0;
    walk.context.graphs = &graphs;
    for (size_t i = 0; i < ddc_check_count; i++)
        if (enabled[i] && ddc_checks[i]->on_unit)
            ddc_checks[i]->on_unit(&walk.context);
    clang_visitChildren(clang_getTranslationUnitCursor(unit), visit_top_level, &walk);
    free(walk.errors);
    ddc_cfg_cache_free(&graphs);
    ddc_function_facts_free(&functions);
}

void ddc_link_program(const bool *enabled, bool whole_program, ddc_program_facts *program, ddc_findings *findings)
{
    ddc_link_context context = {.program = program, .findings = findings, .whole_program = whole_program};
    for (size_t i = 0; i < ddc_check_count; i++)
        if (enabled[i] && ddc_checks[i]->on_link)
            ddc_checks[i]->on_link(&context);
}

void ddc_program_facts_free(ddc_program_facts *program)
{
    ddc_irql_graph_free(&program->irql);
    for (size_t i = 0; i < ddc_check_count; i++)
        if (ddc_checks[i]->free_facts)
            ddc_checks[i]->free_facts(program);
    memset(program, 0, sizeof *program);
}
