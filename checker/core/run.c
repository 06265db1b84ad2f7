/* Parse and analyse each unit (workers, facts cache), then link. */
#include "run.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <clang-c/Index.h>

#include "config.h"
#include "content_hash.h"
#include "facts_cache.h"
#include "header_search.h"
#include "parse.h"
#include "unit_result.h"
#include "workers.h"

#ifndef DDC_VERSION
#define DDC_VERSION "0.1.0"
#endif

/* What the workers share (copied into each by fork). */
typedef struct run_state {
    const ddc_compile_jobs *jobs;
    const ddc_header_index *headers;
    const ddc_contracts *contracts;
    const ddc_run_options *options;
    ddc_facts_cache *cache;
    CXIndex index; /* one per worker process, made on its first task */
} run_state;

static void add_parse_errors(CXTranslationUnit unit, ddc_strings *messages)
{
    unsigned count = clang_getNumDiagnostics(unit);
    for (unsigned i = 0; i < count; i++) {
        CXDiagnostic diagnostic = clang_getDiagnostic(unit, i);
        if (clang_getDiagnosticSeverity(diagnostic) >= CXDiagnostic_Error) {
            CXString text = clang_formatDiagnostic(diagnostic, clang_defaultDiagnosticDisplayOptions());
            ddc_strings_add(messages, clang_getCString(text));
            clang_disposeString(text);
        }
        clang_disposeDiagnostic(diagnostic);
    }
}

static void add_inclusion(CXFile included, CXSourceLocation *stack, unsigned depth, CXClientData data)
{
    (void)stack;
    (void)depth;
    CXString real = clang_File_tryGetRealPathName(included);
    const char *path = clang_getCString(real);
    if (!path || !*path) {
        clang_disposeString(real);
        real = clang_getFileName(included);
        path = clang_getCString(real);
    }
    if (path && *path && !ddc_strings_contains(data, path))
        ddc_strings_add(data, path);
    clang_disposeString(real);
}

/* Parses and analyses one job into a unit result; stores it in the cache. */
static char *analyse_task(size_t task, void *user)
{
    run_state *state = user;
    const ddc_compile_job *job = &state->jobs->items[task];
    const ddc_run_options *options = state->options;
    if (!state->index)
        state->index = clang_createIndex(0, 0);
    ddc_unit_result result = {.file = job->file};
    result.stats.files = 1;
    ddc_parsed_unit parsed = ddc_parse(state->index, job, state->headers);
    if (!parsed.unit) {
        result.unparsed = true;
        result.stats.files_unparsed = 1;
        char *text = ddc_unit_result_to_text(&result);
        ddc_unit_result_free(&result);
        return text;
    }
    if (parsed.error_count) {
        result.stats.files_with_errors = 1;
        result.stats.parse_errors = parsed.error_count;
        if (!options->quiet)
            ddc_strings_take(&result.messages,
                             ddc_format("ddicheck: note: '%s' parsed with %u errors; findings there may be missing "
                                        "(first: %s)", job->file, parsed.error_count, parsed.first_error));
    }
    result.clean = parsed.error_count == 0;
    if (options->print_parse_errors)
        add_parse_errors(parsed.unit, &result.messages);
    ddc_analyze_unit(parsed.unit, job, state->contracts, options->enabled, &result.findings, &result.facts,
                     &result.stats);
    char *text = ddc_unit_result_to_text(&result);
    if (state->cache) {
        ddc_strings dependencies = {0};
        clang_getInclusions(parsed.unit, add_inclusion, &dependencies);
        ddc_facts_cache_store(state->cache, job, &dependencies, text);
        ddc_strings_free(&dependencies);
    }
    ddc_unit_result_free(&result);
    ddc_parsed_unit_free(&parsed);
    return text;
}

static const char *describe_task(size_t task, void *user)
{
    return ((run_state *)user)->jobs->items[task].file;
}

/* What every unit of the run shares, for the cache key: the version, the
 * contract tables, the configurations' contracts and the enabled checks. */
static void context_hash(const ddc_data_paths *paths, const ddc_run_options *options, char out[DDC_HASH_HEX])
{
    static const char *const tables[] = {"ddis.tsv", "ddi-irql.tsv", "role-types.tsv"};
    ddc_hasher *hasher = ddc_hasher_new();
    ddc_hasher_add_string(hasher, DDC_VERSION);
    for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++) {
        char *path = ddc_format("%s/%s", paths->contracts, tables[i]);
        char hash[DDC_HASH_HEX];
        ddc_hash_file(path, hash);
        ddc_hasher_add_string(hasher, hash);
        free(path);
    }
    if (options->configs)
        ddc_configs_hash_contracts(options->configs, hasher);
    for (size_t i = 0; i < ddc_check_count; i++)
        ddc_hasher_add(hasher, &options->enabled[i], sizeof options->enabled[i]);
    ddc_hasher_finish(hasher, out);
}

int ddc_run_units(const ddc_compile_jobs *jobs, const size_t *selected, size_t count, const ddc_data_paths *paths,
                  const ddc_contracts *contracts, const ddc_run_options *options, json_object **results,
                  ddc_stats *stats)
{
    int status = -1;
    ddc_header_index headers = {0};
    run_state state = {jobs, &headers, contracts, options, NULL, NULL};
    size_t *misses = ddc_xcalloc(count + 1, sizeof *misses);
    size_t *miss_slots = ddc_xcalloc(count + 1, sizeof *miss_slots);
    char **analysed = ddc_xcalloc(count + 1, sizeof *analysed);
    size_t miss_count = 0;
    if (options->use_cache) {
        char context[DDC_HASH_HEX];
        context_hash(paths, options, context);
        state.cache = ddc_facts_cache_open(options->cache_folder, context);
    }
    for (size_t i = 0; i < count; i++) {
        json_object *cached = state.cache ? ddc_facts_cache_lookup(state.cache, &jobs->items[selected[i]]) : NULL;
        if (cached) {
            results[i] = cached;
            stats->from_cache++;
        } else {
            results[i] = NULL;
            miss_slots[miss_count] = i;
            misses[miss_count++] = selected[i];
        }
    }
    if (miss_count) {
        for (size_t i = 0; i < jobs->search_roots.count; i++)
            ddc_header_index_add_tree(&headers, jobs->search_roots.items[i]);
        ddc_header_index_add_tree(&headers, paths->include);
        ddc_header_index_add_tree(&headers, paths->mingw_include);
        if (ddc_header_index_write_overlay(&headers) ||
            ddc_workers_run(misses, miss_count, options->workers, analyse_task, &state, describe_task, analysed))
            goto cleanup;
        for (size_t i = 0; i < miss_count; i++) {
            if (analysed[i] && !(results[miss_slots[i]] = json_tokener_parse(analysed[i]))) {
                fprintf(stderr, "ddicheck: error: the unit result of '%s' is malformed\n",
                        jobs->items[misses[i]].file);
                goto cleanup;
            }
        }
    }
    status = 0;

cleanup:
    if (state.index)
        clang_disposeIndex(state.index);
    ddc_facts_cache_close(state.cache);
    ddc_header_index_free(&headers);
    for (size_t i = 0; i < miss_count; i++)
        free(analysed[i]);
    if (status)
        for (size_t i = 0; i < count; i++) {
            json_object_put(results[i]);
            results[i] = NULL;
        }
    free(misses);
    free(miss_slots);
    free(analysed);
    return status;
}

long ddc_run_link(json_object *const *results, size_t count, bool whole_program, const ddc_run_options *options,
                  const char *source, ddc_findings *findings, ddc_stats *stats)
{
    ddc_program_facts program = {0};
    ddc_run_totals totals = {findings, &program, stats, options->clean_files, true};
    long analysed = 0;
    for (size_t i = 0; i < count; i++) {
        if (!results[i]) { /* its worker died: the program is incomplete */
            whole_program = false;
            stats->files++;
            stats->files_unparsed++;
            continue;
        }
        size_t unparsed_before = stats->files_unparsed;
        if (ddc_unit_result_add(results[i], &totals)) {
            fprintf(stderr, "ddicheck: error: a unit result in %s is malformed\n", source);
            ddc_program_facts_free(&program);
            return -1;
        }
        analysed += stats->files_unparsed == unparsed_before;
    }
    if (analysed) {
        /* A file that could not be parsed at all leaves the program incomplete. */
        ddc_link_program(options->enabled, whole_program && stats->files_unparsed == 0, &program, findings);
        ddc_findings_sort_unique(findings);
    }
    ddc_program_facts_free(&program);
    return analysed;
}

long ddc_run_analysis(const ddc_compile_jobs *jobs, const ddc_data_paths *paths, const ddc_contracts *contracts,
                      const ddc_run_options *options, ddc_findings *findings, ddc_stats *stats)
{
    size_t *all = ddc_xcalloc(jobs->count + 1, sizeof *all);
    json_object **results = ddc_xcalloc(jobs->count + 1, sizeof *results);
    for (size_t i = 0; i < jobs->count; i++)
        all[i] = i;
    long analysed = -1;
    if (ddc_run_units(jobs, all, jobs->count, paths, contracts, options, results, stats) == 0)
        analysed = ddc_run_link(results, jobs->count, jobs->whole_program, options, "this run", findings, stats);
    for (size_t i = 0; i < jobs->count; i++)
        json_object_put(results[i]);
    free(results);
    free(all);
    return analysed;
}
