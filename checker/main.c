/* ddicheck: the command line.
 *
 *   ddicheck [options] <file-or-folder>... [-- <compiler flags>]
 *   ddicheck -p <build-dir> [files...] [-- <compiler flags>]
 *   ddicheck --lsp [-p <build-dir>] [-- <compiler flags>]
 *   ddicheck --shard K/N -o <shard-file> [options] <inputs...>
 *   ddicheck merge [report options] <shard-file>...
 *
 * Exit codes: 0 no findings, 1 findings, 2 usage error or nothing could be
 * analysed; ended by signal n (interrupt.h), 128 + n as a shell reports it. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "checks/check.h"
#include "core/baseline.h"
#include "core/check_globs.h"
#include "core/check_pages.h"
#include "core/compile_jobs.h"
#include "core/config.h"
#include "core/fingerprint.h"
#include "core/interrupt.h"
#include "core/output_file.h"
#include "core/run.h"
#include "core/sarif.h"
#include "core/shards.h"
#include "core/suppressions.h"
#include "core/util.h"
#include "core/workers.h"
#include "lsp/lsp_server.h"

#ifndef DDC_VERSION
#define DDC_VERSION "0.1.0"
#endif

enum { EXIT_CLEAN = 0, EXIT_FINDINGS = 1, EXIT_TOOL_ERROR = 2 };

typedef enum output_format { FORMAT_TEXT, FORMAT_JSON, FORMAT_SARIF } output_format;

typedef struct options {
    const char *database_dir;
    const char *checks;
    output_format format;
    const char *output;      /* -o: the report goes to this file */
    const char *source_root; /* SARIF URIs and fingerprints are relative to it */
    const char *baseline;    /* an earlier SARIF report: only new findings count */
    bool list_checks;
    bool stats;
    bool quiet;
    bool parse_errors;
    const char *explain; /* --explain: the check whose page to print */
    bool dump_config;
    const char *config_file;
    bool report_unused_suppressions;
    bool lsp;
    unsigned workers;        /* -j; 0: one per processor */
    const char *cache_dir;   /* --cache-dir */
    bool no_cache;           /* --no-cache */
    unsigned shard_k, shard_n; /* --shard K/N; 0: not a shard */
    bool merge;              /* ddicheck merge <shard files> */
    char **inputs;
    size_t input_count;
    char **extra;
    size_t extra_count;
} options;

static void print_help(FILE *out)
{
    fputs("Usage: ddicheck [options] <file-or-folder>... [-- <compiler flags>]\n"
          "       ddicheck -p <build-dir> [files...] [-- <compiler flags>]\n"
          "       ddicheck --lsp [-p <build-dir>] [-- <compiler flags>]\n"
          "\n"
          "Finds misuse of Windows driver DDIs in C sources.\n"
          "\n"
          "Options:\n"
          "  -p <build-dir>      read compile_commands.json from <build-dir>; without files,\n"
          "                      analyse every entry\n"
          "  --checks=<globs>    comma-separated globs of checks to enable; a leading '-'\n"
          "                      disables (e.g. -*,irql-*); all checks are on by default\n"
          "  --list-checks       list the enabled checks with their summaries and exit\n"
          "  --dump-config       print the configuration for the current folder (or the\n"
          "                      first input) as YAML and exit\n"
          "  --config-file=<f>   use <f> instead of the .ddicheck.yaml files above each file\n"
          "  --format=<format>   text (the default), json, or sarif (SARIF 2.1.0)\n"
          "  -o, --output=<file> write the report to <file>, replacing it only once complete\n"
          "  --source-root=<dir> SARIF file URIs and fingerprints are relative to <dir>\n"
          "                      (default: the current folder)\n"
          "  --baseline=<file>   report only findings that are not in <file>, an earlier\n"
          "                      SARIF report of ddicheck\n"
          "  --stats             print files, parse errors, functions and DDI calls\n"
          "                      analysed, and the time, on stderr\n"
          "  --quiet             do not report files that parsed with errors\n"
          "  --parse-errors      print every parse error (to see why a file does not parse)\n"
          "  --explain <check-id>\n"
          "                      print the check's page (what it finds, why, the fix) and exit\n"
          "  --report-unused-suppressions\n"
          "                      report NOLINT comments and warning pragmas that suppress\n"
          "                      no finding, as findings [unused-suppression]\n"
          "  --lsp               run as a language server (LSP) on stdin/stdout for editors\n"
          "  -j <n>, --jobs=<n>  analyse with <n> worker processes (default: one per processor)\n"
          "  --cache-dir=<dir>   keep the facts cache in <dir> (default:\n"
          "                      $XDG_CACHE_HOME/ddicheck, else ~/.cache/ddicheck)\n"
          "  --no-cache          neither read nor write the facts cache\n"
          "  --shard K/N         analyse only every N-th file (the K-th of N shards) and write\n"
          "                      its facts (-o) for 'ddicheck merge' instead of a report\n"
          "  merge <files>       (as the first argument) join the shard files of one run and\n"
          "                      report exactly what one run over every file would\n"
          "  --version           print the version and exit\n"
          "  --help              print this help and exit\n"
          "\n"
          "Each file's settings come from the nearest .ddicheck.yaml in its folder or above\n"
          "(Checks, Exclude, Contracts, WdkInclude; see README.md); --checks applies after.\n"
          "Without -p, each file's compile_commands.json is found by walking up from it\n"
          "(a folder above, or its build/ subfolder).\n"
          "Without a compilation database, files are parsed with Debian's mingw-w64 DDK\n"
          "headers and ddicheck's overlay headers, or with the WDK named by WdkInclude.\n"
          "Exit status: 0 no findings, 1 findings, 2 usage error or nothing analysed,\n"
          "128+n ended by signal n (130: Ctrl-C).\n",
          out);
}

static int usage_error(const char *message, const char *detail)
{
    fprintf(stderr, "ddicheck: error: %s%s%s\nRun 'ddicheck --help' for usage.\n", message, detail ? " " : "",
            detail ? detail : "");
    return EXIT_TOOL_ERROR;
}

/* The value of option `name` (e.g. "--baseline") in "--name=value" or
 * "--name value" form, advancing *i over a separate value; NULL when `arg` is
 * another option.  *missing is set when the value is absent. */
static const char *option_value(int argc, char **argv, int *i, const char *name, bool *missing)
{
    size_t length = strlen(name);
    const char *arg = argv[*i];
    if (strncmp(arg, name, length) != 0)
        return NULL;
    if (arg[length] == '=')
        return arg + length + 1;
    if (arg[length] != '\0')
        return NULL;
    if (*i + 1 >= argc) {
        *missing = true;
        return NULL;
    }
    return argv[++*i];
}

/* Returns -1 to continue, or an exit code. */
static int parse_options(int argc, char **argv, options *opts)
{
    opts->inputs = ddc_xcalloc((size_t)argc, sizeof *opts->inputs);
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        const char *value = NULL;
        bool missing = false;
        if (strcmp(arg, "--") == 0) {
            opts->extra = argv + i + 1;
            opts->extra_count = (size_t)(argc - i - 1);
            break;
        }
        if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
            print_help(stdout);
            return EXIT_CLEAN;
        }
        if (strcmp(arg, "--version") == 0) {
            printf("ddicheck %s\n", DDC_VERSION);
            return EXIT_CLEAN;
        }
        if (strcmp(arg, "-p") == 0) {
            if (++i >= argc)
                return usage_error("-p needs a build folder", NULL);
            opts->database_dir = argv[i];
        } else if (strncmp(arg, "-p=", 3) == 0) {
            opts->database_dir = arg + 3;
        } else if (strncmp(arg, "--checks=", 9) == 0) {
            opts->checks = arg + 9;
        } else if (strcmp(arg, "--list-checks") == 0) {
            opts->list_checks = true;
        } else if (strcmp(arg, "--dump-config") == 0) {
            opts->dump_config = true;
        } else if (strncmp(arg, "--config-file=", 14) == 0 && arg[14]) {
            opts->config_file = arg + 14;
        } else if (strcmp(arg, "--format=text") == 0) {
            opts->format = FORMAT_TEXT;
        } else if (strcmp(arg, "--format=json") == 0) {
            opts->format = FORMAT_JSON;
        } else if (strcmp(arg, "--format=sarif") == 0) {
            opts->format = FORMAT_SARIF;
        } else if ((value = option_value(argc, argv, &i, "-o", &missing)) ||
                   (value = option_value(argc, argv, &i, "--output", &missing))) {
            opts->output = value;
        } else if ((value = option_value(argc, argv, &i, "--source-root", &missing))) {
            opts->source_root = value;
        } else if ((value = option_value(argc, argv, &i, "--baseline", &missing))) {
            opts->baseline = value;
        } else if (missing) {
            return usage_error("missing value for", arg);
        } else if (i == 1 && strcmp(arg, "merge") == 0) {
            opts->merge = true;
        } else if (strncmp(arg, "--format=", 9) == 0) {
            return usage_error("unknown output format", arg + 9);
        } else if (strcmp(arg, "--stats") == 0) {
            opts->stats = true;
        } else if (strcmp(arg, "--quiet") == 0) {
            opts->quiet = true;
        } else if (strcmp(arg, "--lsp") == 0) {
            opts->lsp = true;
        } else if (strcmp(arg, "--parse-errors") == 0) {
            opts->parse_errors = true;
        } else if (strcmp(arg, "--explain") == 0) {
            if (++i >= argc)
                return usage_error("--explain needs a check id (see --list-checks)", NULL);
            opts->explain = argv[i];
        } else if (strncmp(arg, "--explain=", 10) == 0) {
            opts->explain = arg + 10;
        } else if (strcmp(arg, "--report-unused-suppressions") == 0) {
            opts->report_unused_suppressions = true;
        } else if ((value = option_value(argc, argv, &i, "-j", &missing)) ||
                   (value = option_value(argc, argv, &i, "--jobs", &missing)) ||
                   (strncmp(arg, "-j", 2) == 0 && arg[2] >= '0' && arg[2] <= '9' && (value = arg + 2))) {
            char *end = NULL;
            unsigned long count = strtoul(value, &end, 10);
            if (end == value || *end || count < 1 || count > 1024)
                return usage_error("-j needs a number of workers from 1 to 1024, not", value);
            opts->workers = (unsigned)count;
        } else if ((value = option_value(argc, argv, &i, "--cache-dir", &missing))) {
            opts->cache_dir = value;
        } else if (strcmp(arg, "--no-cache") == 0) {
            opts->no_cache = true;
        } else if ((value = option_value(argc, argv, &i, "--shard", &missing))) {
            if (ddc_shard_parse(value, &opts->shard_k, &opts->shard_n))
                return usage_error("--shard needs K/N with 1 <= K <= N, not", value);
        } else if (arg[0] == '-' && arg[1] != '\0') {
            return usage_error("unknown option", arg);
        } else {
            opts->inputs[opts->input_count++] = argv[i];
        }
    }
    if (opts->lsp && opts->input_count)
        return usage_error("--lsp takes no files (the editor names them)", opts->inputs[0]);
    if (opts->merge && (opts->input_count == 0 || opts->shard_n || opts->database_dir))
        return usage_error("'ddicheck merge' takes the shard files of one run (and report options)", NULL);
    if (opts->shard_n && !opts->output)
        return usage_error("--shard writes a shard file: give it with -o", NULL);
    if (!opts->list_checks && !opts->explain && !opts->dump_config && !opts->lsp && opts->input_count == 0 &&
        !opts->database_dir)
        return usage_error("no input files or folders", NULL);
    return -1;
}

/* --list-checks and --dump-config: like clang-tidy, for the configuration of
 * the current folder, or of the first input. */
static int show_configuration(const options *opts, ddc_configs *configs)
{
    const char *here = opts->input_count ? opts->inputs[0] : ".";
    const ddc_config *config = ddc_configs_for(configs, here);
    if (!config)
        return EXIT_TOOL_ERROR;
    for (size_t i = 0; opts->list_checks && i < ddc_check_count; i++)
        if (config->enabled[i])
            printf("%s\t%s\n", ddc_checks[i]->id, ddc_checks[i]->summary);
    if (!opts->dump_config)
        return EXIT_CLEAN;
    char *folder = realpath(here, NULL);
    if (!folder)
        return usage_error("cannot find", here);
    if (!ddc_is_directory(folder)) {
        char *parent = ddc_dirname(folder);
        free(folder);
        folder = parent;
    }
    int status = ddc_config_dump(config, folder, stdout) == 0 ? EXIT_CLEAN : EXIT_TOOL_ERROR;
    free(folder);
    return status;
}

static double seconds_since(const struct timespec *start)
{
    struct timespec now;
    clock_gettime(CLOCK_MONOTONIC, &now);
    return (double)(now.tv_sec - start->tv_sec) + (double)(now.tv_nsec - start->tv_nsec) / 1e9;
}

static void print_stats(const ddc_stats *stats, size_t findings, double seconds)
{
    fprintf(stderr,
            "ddicheck: files: %zu (%zu parsed with zero errors, %zu with errors, %zu not parsed)\n"
            "ddicheck: parse errors: %zu\n"
            "ddicheck: functions analysed: %zu\n"
            "ddicheck: target DDI calls analysed: %zu (%zu in functions with parse errors)\n"
            "ddicheck: findings: %zu\n"
            "ddicheck: units from the facts cache: %zu\n"
            "ddicheck: time: %.2f s\n",
            stats->files, stats->files - stats->files_with_errors - stats->files_unparsed, stats->files_with_errors,
            stats->files_unparsed, stats->parse_errors, stats->functions, stats->target_calls,
            stats->target_calls_in_error_functions, findings, stats->from_cache, seconds);
}

/* Writes the report in the chosen format to stdout or, with -o, to the file
 * (atomically: output_file.h).  Returns 0, or -1 after a message. */
static int write_report(const options *opts, const ddc_findings *findings, const ddc_sarif_options *sarif)
{
    ddc_output_file file = {0};
    FILE *out = stdout;
    if (opts->output) {
        if (ddc_output_file_open(&file, opts->output))
            return -1;
        out = file.stream;
    }
    int status = 0;
    if (opts->format == FORMAT_SARIF)
        status = ddc_sarif_print(findings, sarif, out);
    else if (opts->format == FORMAT_JSON)
        status = ddc_findings_print_json(findings, out);
    else
        ddc_findings_print_text(findings, out);
    if (status)
        fprintf(stderr, "ddicheck: error: the JSON library could not serialise the report\n");
    if (!opts->output)
        return status;
    if (status) {
        ddc_output_file_abort(&file);
        return -1;
    }
    return ddc_output_file_commit(&file);
}

/* --shard K/N: analyses the shard's jobs and writes their unit results to
 * the -o file for `ddicheck merge`.  Returns the exit status. */
static int write_shard(const options *opts, const ddc_compile_jobs *jobs, const ddc_data_paths *paths,
                       const ddc_contracts *contracts, const ddc_run_options *run)
{
    size_t *selected = ddc_xcalloc(jobs->count + 1, sizeof *selected);
    size_t count = ddc_shard_select(opts->shard_k, opts->shard_n, jobs->count, selected);
    json_object **results = ddc_xcalloc(count + 1, sizeof *results);
    int status = EXIT_TOOL_ERROR;
    ddc_output_file file = {0};
    ddc_stats stats = {0};
    if (ddc_run_units(jobs, selected, count, paths, contracts, run, results, &stats) == 0 &&
        ddc_output_file_open(&file, opts->output) == 0) {
        if (ddc_shard_write(file.stream, opts->shard_k, opts->shard_n, jobs->count, jobs->whole_program, run->enabled,
                            selected, results, count) == 0)
            status = ddc_output_file_commit(&file) == 0 ? EXIT_CLEAN : EXIT_TOOL_ERROR;
        else
            ddc_output_file_abort(&file);
    }
    for (size_t i = 0; i < count; i++)
        json_object_put(results[i]);
    free(results);
    free(selected);
    return status;
}

/* -o never replaces a file being analysed (a slip such as -o driver.c). */
static bool output_is_analysed(const char *output, const ddc_compile_jobs *jobs)
{
    struct stat target, source;
    if (stat(output, &target) != 0)
        return false;
    for (size_t i = 0; i < jobs->count; i++)
        if (stat(jobs->items[i].file, &source) == 0 && source.st_dev == target.st_dev &&
            source.st_ino == target.st_ino) {
            fprintf(stderr, "ddicheck: error: -o '%s' is a file being analysed; it is left as it is\n", output);
            return true;
        }
    return false;
}

int main(int argc, char **argv)
{
    ddc_interrupt_install(); /* a signal leaves no temporary file or worker behind */
    struct timespec start;
    clock_gettime(CLOCK_MONOTONIC, &start);
    options opts = {0};
    int early = parse_options(argc, argv, &opts);
    if (early >= 0) {
        free(opts.inputs);
        return early;
    }
    if (opts.explain) {
        ddc_data_paths pages = {0};
        bool explained = ddc_data_paths_find(&pages) == 0 && ddc_check_page_print(opts.explain, pages.pages, stdout) == 0;
        ddc_data_paths_free(&pages);
        free(opts.inputs);
        return explained ? EXIT_CLEAN : EXIT_TOOL_ERROR;
    }
    bool *enabled = ddc_xcalloc(ddc_check_count, sizeof *enabled);
    char *unmatched = NULL;
    for (size_t i = 0; i < ddc_check_count; i++)
        enabled[i] = true;
    if (!ddc_check_globs_apply(opts.checks, enabled, &unmatched)) {
        fprintf(stderr, "ddicheck: error: '%s' in --checks matches no check (see --list-checks)\n", unmatched);
        free(unmatched);
        free(enabled);
        free(opts.inputs);
        return EXIT_TOOL_ERROR;
    }
    if (opts.lsp && !opts.list_checks && !opts.dump_config) {
        ddc_lsp_options lsp = {enabled, opts.checks, opts.database_dir, opts.extra, opts.extra_count};
        int lsp_status = ddc_lsp_serve(&lsp);
        free(enabled);
        free(opts.inputs);
        return lsp_status;
    }

    int status = EXIT_TOOL_ERROR;
    ddc_configs *configs = ddc_configs_new(opts.config_file, opts.checks);
    if (opts.list_checks || opts.dump_config) {
        status = show_configuration(&opts, configs);
        ddc_configs_free(configs);
        free(enabled);
        free(opts.inputs);
        return status;
    }

    ddc_data_paths paths = {0};
    ddc_contracts contracts = {0};
    ddc_compile_jobs jobs = {0};
    ddc_findings findings = {0};
    ddc_stats stats = {0};
    ddc_strings clean_files = {0};
    ddc_source_root root = {0};
    ddc_baseline baseline = {0};
    ddc_sources *sources = ddc_sources_new();
    if (opts.output && ddc_output_file_check(opts.output)) /* before the analysis, not after */
        goto cleanup;
    if (ddc_data_paths_find(&paths) || ddc_contracts_load(&contracts, paths.contracts))
        goto cleanup;
    if (ddc_source_root_init(&root, opts.source_root) || (opts.baseline && ddc_baseline_load(&baseline, opts.baseline)))
        goto cleanup;
    ddc_run_options run = {.enabled = enabled, .quiet = opts.quiet, .print_parse_errors = opts.parse_errors,
                           .clean_files = &clean_files,
                           .workers = opts.workers ? opts.workers : ddc_workers_default_count(),
                           .use_cache = !opts.no_cache, .cache_folder = opts.cache_dir, .configs = configs};
    long analysed = -1;
    if (opts.merge) {
        /* The shards' checks ran: the whole-program step is theirs. */
        ddc_merged_shards merged = {0};
        if (ddc_shards_read(opts.inputs, opts.input_count, &merged))
            goto cleanup;
        memcpy(enabled, merged.enabled, ddc_check_count * sizeof *enabled);
        analysed = ddc_run_link(merged.results, merged.job_count, merged.whole_program, &run, "a shard file",
                                &findings, &stats);
        ddc_merged_shards_free(&merged);
    } else {
        if (ddc_compile_jobs_build_configured(&jobs, &paths, configs, opts.database_dir, opts.inputs,
                                              opts.input_count, opts.extra, opts.extra_count) ||
            ddc_configs_enabled_for_jobs(configs, &jobs, enabled) ||
            (opts.output && output_is_analysed(opts.output, &jobs)))
            goto cleanup;
        ddc_configs_add_contracts(configs, &contracts);
        if (jobs.count == 0 && jobs.excluded > 0) {
            status = EXIT_CLEAN; /* every file given is excluded (a pre-commit hook's list) */
            goto cleanup;
        }
        if (opts.shard_n) {
            status = write_shard(&opts, &jobs, &paths, &contracts, &run);
            goto cleanup;
        }
        analysed = ddc_run_analysis(&jobs, &paths, &contracts, &run, &findings, &stats);
    }
    if (analysed < 0)
        goto cleanup;
    if (analysed == 0) {
        fprintf(stderr, "ddicheck: error: nothing could be analysed\n");
        goto cleanup;
    }
    /* What is reported: the findings, less those the configuration, a
     * suppression or the baseline takes out (in that order). */
    if (ddc_configs_filter_findings(configs, &findings))
        goto cleanup;
    ddc_suppressions_apply(&findings, sources, enabled, (const char *const *)clean_files.items, clean_files.count,
                           opts.report_unused_suppressions);
    /* SARIF reports them, and the baseline matches by them. */
    ddc_fingerprints_compute(&findings, &root, sources);
    if (opts.baseline)
        ddc_baseline_filter(&baseline, &findings);
    ddc_sarif_options sarif = {.root = &root, .pages = paths.pages, .sources = sources};
    if (write_report(&opts, &findings, &sarif))
        goto cleanup;
    fflush(stdout); /* findings first, then the statistics on stderr */
    if (opts.stats)
        print_stats(&stats, findings.count, seconds_since(&start));
    status = findings.count ? EXIT_FINDINGS : EXIT_CLEAN;

cleanup:
    ddc_sources_free(sources);
    ddc_strings_free(&clean_files);
    ddc_baseline_free(&baseline);
    ddc_source_root_free(&root);
    ddc_findings_free(&findings);
    ddc_compile_jobs_free(&jobs);
    ddc_contracts_free(&contracts);
    ddc_data_paths_free(&paths);
    ddc_configs_free(configs);
    free(enabled);
    free(opts.inputs);
    return status;
}
