/* ddicheck: the command line.
 *
 *   ddicheck [options] <file-or-folder>... [-- <compiler flags>]
 *   ddicheck -p <build-dir> [files...] [-- <compiler flags>]
 *   ddicheck --lsp [-p <build-dir>] [-- <compiler flags>]
 *
 * Exit codes: 0 no findings, 1 findings, 2 usage error or nothing could be
 * analysed. */
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "checks/check.h"
#include "core/compile_jobs.h"
#include "core/run.h"
#include "core/util.h"
#include "lsp/lsp_server.h"

#ifndef DDC_VERSION
#define DDC_VERSION "0.1.0"
#endif

enum { EXIT_CLEAN = 0, EXIT_FINDINGS = 1, EXIT_TOOL_ERROR = 2 };

typedef enum output_format { FORMAT_TEXT, FORMAT_JSON } output_format;

typedef struct options {
    const char *database_dir;
    const char *checks;
    output_format format;
    bool list_checks;
    bool stats;
    bool quiet;
    bool parse_errors;
    bool lsp;
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
          "  --format=text|json  output format (default text)\n"
          "  --stats             print files, parse errors, functions and DDI calls\n"
          "                      analysed, and the time, on stderr\n"
          "  --quiet             do not report files that parsed with errors\n"
          "  --parse-errors      print every parse error (to see why a file does not parse)\n"
          "  --lsp               run as a language server (LSP) on stdin/stdout for editors\n"
          "  --version           print the version and exit\n"
          "  --help              print this help and exit\n"
          "\n"
          "Without a compilation database, files are parsed with Debian's mingw-w64 DDK\n"
          "headers and ddicheck's overlay headers.\n"
          "Exit status: 0 no findings, 1 findings, 2 usage error or nothing analysed.\n",
          out);
}

static int usage_error(const char *message, const char *detail)
{
    fprintf(stderr, "ddicheck: error: %s%s%s\nRun 'ddicheck --help' for usage.\n", message, detail ? " " : "",
            detail ? detail : "");
    return EXIT_TOOL_ERROR;
}

/* Returns -1 to continue, or an exit code. */
static int parse_options(int argc, char **argv, options *opts)
{
    opts->inputs = ddc_xcalloc((size_t)argc, sizeof *opts->inputs);
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
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
        } else if (strcmp(arg, "--format=text") == 0) {
            opts->format = FORMAT_TEXT;
        } else if (strcmp(arg, "--format=json") == 0) {
            opts->format = FORMAT_JSON;
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
        } else if (arg[0] == '-' && arg[1] != '\0') {
            return usage_error("unknown option", arg);
        } else {
            opts->inputs[opts->input_count++] = argv[i];
        }
    }
    if (opts->lsp && opts->input_count)
        return usage_error("--lsp takes no files (the editor names them)", opts->inputs[0]);
    if (!opts->list_checks && !opts->lsp && opts->input_count == 0 && !opts->database_dir)
        return usage_error("no input files or folders", NULL);
    return -1;
}

/* Applies clang-tidy style globs: each enables, or with '-' disables, the
 * checks it matches, in order.  Returns false for a glob matching no check. */
static bool select_checks(const char *globs, bool *enabled)
{
    for (size_t i = 0; i < ddc_check_count; i++)
        enabled[i] = true;
    if (!globs)
        return true;
    char *copy = ddc_strdup(globs);
    bool ok = true;
    char *save = NULL;
    for (char *glob = strtok_r(copy, ",", &save); glob; glob = strtok_r(NULL, ",", &save)) {
        while (*glob == ' ')
            glob++;
        bool disable = glob[0] == '-';
        const char *pattern = disable ? glob + 1 : glob;
        bool matched = false;
        for (size_t i = 0; i < ddc_check_count; i++)
            if (fnmatch(pattern, ddc_checks[i]->id, 0) == 0) {
                enabled[i] = !disable;
                matched = true;
            }
        if (!matched && !disable) {
            fprintf(stderr, "ddicheck: error: '%s' in --checks matches no check (see --list-checks)\n", pattern);
            ok = false;
        }
    }
    free(copy);
    return ok;
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
            "ddicheck: time: %.2f s\n",
            stats->files, stats->files - stats->files_with_errors - stats->files_unparsed, stats->files_with_errors,
            stats->files_unparsed, stats->parse_errors, stats->functions, stats->target_calls,
            stats->target_calls_in_error_functions, findings, seconds);
}

int main(int argc, char **argv)
{
    struct timespec start;
    clock_gettime(CLOCK_MONOTONIC, &start);
    options opts = {0};
    int early = parse_options(argc, argv, &opts);
    if (early >= 0) {
        free(opts.inputs);
        return early;
    }
    bool *enabled = ddc_xcalloc(ddc_check_count, sizeof *enabled);
    if (!select_checks(opts.checks, enabled)) {
        free(enabled);
        free(opts.inputs);
        return EXIT_TOOL_ERROR;
    }
    if (opts.lsp && !opts.list_checks) {
        ddc_lsp_options lsp = {enabled, opts.database_dir, opts.extra, opts.extra_count};
        int lsp_status = ddc_lsp_serve(&lsp);
        free(enabled);
        free(opts.inputs);
        return lsp_status;
    }
    if (opts.list_checks) {
        for (size_t i = 0; i < ddc_check_count; i++)
            if (enabled[i])
                printf("%s\t%s\n", ddc_checks[i]->id, ddc_checks[i]->summary);
        free(enabled);
        free(opts.inputs);
        return EXIT_CLEAN;
    }

    int status = EXIT_TOOL_ERROR;
    ddc_data_paths paths = {0};
    ddc_contracts contracts = {0};
    ddc_compile_jobs jobs = {0};
    ddc_findings findings = {0};
    ddc_stats stats = {0};
    if (ddc_data_paths_find(&paths) || ddc_contracts_load(&contracts, paths.contracts))
        goto cleanup;
    if (ddc_compile_jobs_build(&jobs, &paths, opts.database_dir, opts.inputs, opts.input_count, opts.extra,
                               opts.extra_count))
        goto cleanup;
    ddc_run_options run = {.enabled = enabled, .quiet = opts.quiet, .print_parse_errors = opts.parse_errors};
    long analysed = ddc_run_analysis(&jobs, &paths, &contracts, &run, &findings, &stats);
    if (analysed < 0)
        goto cleanup;
    if (analysed == 0) {
        fprintf(stderr, "ddicheck: error: nothing could be analysed\n");
        goto cleanup;
    }
    /* What is reported: the findings, less those the configuration, a
     * suppression or the baseline takes out (in that order). */
    if (opts.format == FORMAT_JSON) {
        if (ddc_findings_print_json(&findings, stdout))
            goto cleanup;
    } else {
        ddc_findings_print_text(&findings, stdout);
    }
    fflush(stdout); /* findings first, then the statistics on stderr */
    if (opts.stats)
        print_stats(&stats, findings.count, seconds_since(&start));
    status = findings.count ? EXIT_FINDINGS : EXIT_CLEAN;

cleanup:
    ddc_findings_free(&findings);
    ddc_compile_jobs_free(&jobs);
    ddc_contracts_free(&contracts);
    ddc_data_paths_free(&paths);
    free(enabled);
    free(opts.inputs);
    return status;
}
