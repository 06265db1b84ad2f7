/* Parse, analyse each unit, link. */
#include "run.h"

#include <stdio.h>

#include <clang-c/Index.h>

#include "header_search.h"
#include "parse.h"

static void print_parse_errors(CXTranslationUnit unit)
{
    unsigned count = clang_getNumDiagnostics(unit);
    for (unsigned i = 0; i < count; i++) {
        CXDiagnostic diagnostic = clang_getDiagnostic(unit, i);
        if (clang_getDiagnosticSeverity(diagnostic) >= CXDiagnostic_Error) {
            CXString text = clang_formatDiagnostic(diagnostic, clang_defaultDiagnosticDisplayOptions());
            fprintf(stderr, "%s\n", clang_getCString(text));
            clang_disposeString(text);
        }
        clang_disposeDiagnostic(diagnostic);
    }
}

/* Parses and analyses every job; returns the number of files analysed. */
static size_t analyse_jobs(const ddc_compile_jobs *jobs, const ddc_header_index *headers,
                           const ddc_contracts *contracts, const ddc_run_options *options, ddc_findings *findings,
                           ddc_program_facts *program, ddc_stats *stats)
{
    CXIndex index = clang_createIndex(0, 0);
    size_t analysed = 0;
    for (size_t i = 0; i < jobs->count; i++) {
        stats->files++;
        ddc_parsed_unit parsed = ddc_parse(index, &jobs->items[i], headers);
        if (!parsed.unit) {
            stats->files_unparsed++;
            continue;
        }
        if (parsed.error_count) {
            stats->files_with_errors++;
            stats->parse_errors += parsed.error_count;
            if (!options->quiet)
                fprintf(stderr, "ddicheck: note: '%s' parsed with %u errors; findings there may be missing (first: %s)\n",
                        jobs->items[i].file, parsed.error_count, parsed.first_error);
        } else if (options->clean_files) {
            ddc_strings_add(options->clean_files, jobs->items[i].file);
        }
        if (options->print_parse_errors)
            print_parse_errors(parsed.unit);
        ddc_analyze_unit(parsed.unit, &jobs->items[i], contracts, options->enabled, findings, program, stats);
        analysed++;
        ddc_parsed_unit_free(&parsed);
    }
    clang_disposeIndex(index);
    return analysed;
}

long ddc_run_analysis(const ddc_compile_jobs *jobs, const ddc_data_paths *paths, const ddc_contracts *contracts,
                      const ddc_run_options *options, ddc_findings *findings, ddc_stats *stats)
{
    long result = -1;
    ddc_header_index headers = {0};
    ddc_program_facts program = {0};
    for (size_t i = 0; i < jobs->search_roots.count; i++)
        ddc_header_index_add_tree(&headers, jobs->search_roots.items[i]);
    ddc_header_index_add_tree(&headers, paths->include);
    ddc_header_index_add_tree(&headers, paths->mingw_include);
    if (ddc_header_index_write_overlay(&headers))
        goto cleanup;
    size_t analysed = analyse_jobs(jobs, &headers, contracts, options, findings, &program, stats);
    if (analysed) {
        /* A file that could not be parsed at all leaves the program incomplete. */
        ddc_link_program(options->enabled, jobs->whole_program && stats->files_unparsed == 0, &program, findings);
        ddc_findings_sort_unique(findings);
    }
    result = (long)analysed;

cleanup:
    ddc_program_facts_free(&program);
    ddc_header_index_free(&headers);
    return result;
}
