/* libFuzzer harness: arbitrary source text -> the whole analysis of one
 * translation unit, with every check on.
 *
 * The input is the unsaved contents (CXUnsavedFile, as the language server
 * gives an editor's buffer) of a .c file deep in a private scratch folder, whose
 * compile job is the one `ddicheck file.c` makes: Debian's mingw-w64 DDK
 * headers and the overlay headers of rules/include, with the header index
 * and its case-insensitive overlay of those folders.  Per input, as a worker
 * of run.c does: ddc_parse (with its missing-header and MSVC recovery
 * re-parses), ddc_analyze_unit, the unit result serialised to JSON; then, as
 * the parent process does, the JSON read back and linked (ddc_run_link: the
 * whole-program step of every check, the findings sorted), and the findings
 * printed as text and JSON.  The findings must survive the JSON round trip
 * unchanged, and a unit result ddicheck wrote must never be refused.
 *
 * One CXIndex serves the process.  Parsing <ntddk.h> takes most of an
 * input's time.  An input that cannot name a header (no "include", "import",
 * "embed" or "__has_" in it, once backslash-newlines are joined) is parsed
 * without the header overlay, whose reading would then be most of the time;
 * nothing else changes (the overlay only maps header names). */
#include <dlfcn.h>
#include <json-c/json.h>
#include <sanitizer/lsan_interface.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <clang-c/Index.h>

#include "../checker/checks/check.h"
#include "../checker/core/analyze.h"
#include "../checker/core/compile_jobs.h"
#include "../checker/core/contracts.h"
#include "../checker/core/findings.h"
#include "../checker/core/header_search.h"
#include "../checker/core/parse.h"
#include "../checker/core/run.h"
#include "../checker/core/unit_result.h"
#include "fuzz_common.h"

static ddc_data_paths paths;
static ddc_contracts contracts;
static ddc_compile_jobs jobs; /* one job: the scratch folder's input.c */
static ddc_header_index headers;
static CXIndex clang_index;
static bool *enabled;

/* libclang 19 leaks memory of its own while it parses some code: a
 * Microsoft pragma inside a struct (`struct G { #pragma alloc_text(PAGE, f) };`
 * loses 120 bytes allocated with operator new; a plain C program that only
 * parses that file and disposes the unit and the index loses the same).  So
 * that such a leak does not stop the fuzzer as if it were ddicheck's, the
 * harness puts itself between ddicheck and libclang's parse: libclang parses
 * on this thread (LIBCLANG_NOTHREADS, set at start-up) with LeakSanitizer
 * ignoring what it allocates meanwhile.  (Its crash recovery, which needs
 * the thread, is then off: a crash inside libclang stops the harness, where
 * ddicheck would report "libclang crashed while parsing it".)  What that
 * would hide of ours, a translation unit never disposed, is counted instead:
 * every unit parsed must be disposed by the end of the input.  Every other
 * allocation of ddicheck's, before, between and after the parses, is checked
 * for leaks as usual. */
static size_t live_units;

enum CXErrorCode clang_parseTranslationUnit2(CXIndex index, const char *source, const char *const *args, int arg_count,
                                             struct CXUnsavedFile *unsaved, unsigned unsaved_count, unsigned options,
                                             CXTranslationUnit *unit)
{
    static __typeof__(clang_parseTranslationUnit2) *libclang_parse;
    if (!libclang_parse && !(libclang_parse = (__typeof__(libclang_parse))dlsym(RTLD_NEXT, __func__)))
        abort();
    __lsan_disable();
    enum CXErrorCode code = libclang_parse(index, source, args, arg_count, unsaved, unsaved_count, options, unit);
    __lsan_enable();
    live_units += code == CXError_Success && *unit;
    return code;
}

void clang_disposeTranslationUnit(CXTranslationUnit unit)
{
    static __typeof__(clang_disposeTranslationUnit) *libclang_dispose;
    if (!libclang_dispose && !(libclang_dispose = (__typeof__(libclang_dispose))dlsym(RTLD_NEXT, __func__)))
        abort();
    libclang_dispose(unit);
    live_units -= unit != NULL;
}

static void clean_up(void)
{
    clang_disposeIndex(clang_index);
    ddc_header_index_free(&headers); /* removes the overlay file */
    ddc_compile_jobs_free(&jobs);
    ddc_contracts_free(&contracts);
    ddc_data_paths_free(&paths);
    free(enabled);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    setenv("LIBCLANG_NOTHREADS", "1", 1); /* see clang_parseTranslationUnit2 above */
    const char *folder = ddc_fuzz_folder("fuzz-analysis");
    char *above = ddc_dirname(folder);
    if (ddc_fuzz_found_above(above, "compile_commands.json")) {
        fprintf(stderr, "fuzz_analysis: a compile_commands.json above %s would give input.c its flags: set "
                        "TMPDIR to a folder without one above it\n", folder);
        exit(2);
    }
    free(above);
    /* Seven folders deep: every folder whose contents the job depends on
     * (the include folders probed up to five levels above the file, the
     * driver project looked for up to eight) is inside the scratch folder,
     * whatever else is in $TMPDIR. */
    ddc_fuzz_make_folder("1/2/3/4/5/6/7");
    char *file = ddc_fuzz_write_file("1/2/3/4/5/6/7/input.c", "", 0);
    if (ddc_data_paths_find(&paths) || ddc_contracts_load(&contracts, paths.contracts) ||
        ddc_compile_jobs_build(&jobs, &paths, NULL, &file, 1, NULL, 0) || jobs.count != 1)
        exit(2);
    free(file);
    /* The headers run.c indexes, less the trees of the scratch folder (its
     * parent is the whole $TMPDIR): no project headers are looked for. */
    ddc_header_index_add_tree(&headers, paths.include);
    ddc_header_index_add_tree(&headers, paths.mingw_include);
    if (ddc_header_index_write_overlay(&headers))
        exit(2);
    clang_index = clang_createIndex(0, 0);
    enabled = ddc_xcalloc(ddc_check_count, sizeof *enabled);
    for (size_t i = 0; i < ddc_check_count; i++)
        enabled[i] = true;
    atexit(clean_up);
    return 0;
}

/* Can `data` name a header?  Directives may be spelled with digraphs,
 * comments and line splices, but never without one of these words. */
static bool may_read_headers(const uint8_t *data, size_t size)
{
    static const char *const words[] = {"include", "import", "embed", "__has_"};
    char *joined = ddc_xmalloc(size + 1);
    size_t length = 0;
    for (size_t i = 0; i < size; i++) {
        if (data[i] == '\\') { /* a backslash, spaces, then a newline join two lines */
            size_t next = i + 1;
            while (next < size && (data[next] == ' ' || data[next] == '\t' || data[next] == '\r'))
                next++;
            if (next < size && data[next] == '\n') {
                i = next;
                continue;
            }
        }
        joined[length++] = data[i] ? (char)data[i] : ' ';
    }
    joined[length] = '\0';
    bool found = false;
    for (size_t w = 0; w < sizeof words / sizeof words[0] && !found; w++)
        found = strstr(joined, words[w]) != NULL;
    free(joined);
    return found;
}

/* Fails the input when the findings read back from a unit result differ
 * from those written. */
static void check_findings_round_trip(const ddc_findings *written, json_object *result)
{
    json_object *member = NULL;
    ddc_findings read = {0};
    if (!json_object_object_get_ex(result, "findings", &member) || ddc_findings_add_json(&read, member))
        abort();
    json_object *before = ddc_findings_to_json(written), *after = ddc_findings_to_json(&read);
    if (!json_object_equal(before, after)) {
        fprintf(stderr, "fuzz_analysis: findings changed in the JSON round trip:\n%s\n---\n%s\n",
                json_object_to_json_string(before), json_object_to_json_string(after));
        abort();
    }
    json_object_put(before);
    json_object_put(after);
    ddc_findings_free(&read);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ddc_fuzz_selftest(data, size);
    ddc_compile_job *job = &jobs.items[0];
    ddc_compile_job_set_contents(job, (const char *)data, size);

    /* The worker's part (run.c, analyse_task). */
    ddc_unit_result result = {.file = job->file};
    result.stats.files = 1;
    static const ddc_header_index no_headers = {0};
    ddc_parsed_unit parsed = ddc_parse(clang_index, job, may_read_headers(data, size) ? &headers : &no_headers);
    if (parsed.unit) {
        result.stats.files_with_errors = parsed.error_count > 0;
        result.stats.parse_errors = parsed.error_count;
        result.clean = parsed.error_count == 0;
        ddc_analyze_unit(parsed.unit, job, &contracts, enabled, &result.findings, &result.facts, &result.stats);
    } else {
        result.unparsed = true;
        result.stats.files_unparsed = 1;
    }
    char *text = ddc_unit_result_to_text(&result);
    json_object *json = json_tokener_parse(text);
    if (!json) {
        fprintf(stderr, "fuzz_analysis: a unit result is not JSON:\n%s\n", text);
        abort();
    }
    check_findings_round_trip(&result.findings, json);
    ddc_unit_result_free(&result);
    ddc_parsed_unit_free(&parsed);
    free(text);
    if (live_units) {
        fprintf(stderr, "fuzz_analysis: %zu translation unit(s) parsed and never disposed\n", live_units);
        abort();
    }

    /* The parent's part: link the one unit as a whole program. */
    ddc_run_options options = {.enabled = enabled, .quiet = true, .workers = 1};
    ddc_findings findings = {0};
    ddc_stats stats = {0};
    long analysed = ddc_run_link(&json, 1, true, &options, "the fuzzed unit", &findings, &stats);
    if (analysed < 0)
        abort(); /* a unit result ddicheck wrote itself must read back */
    FILE *out = fopen("/dev/null", "w");
    if (out) {
        ddc_findings_print_text(&findings, out);
        (void)ddc_findings_print_json(&findings, out);
        fclose(out);
    }
    ddc_findings_free(&findings);
    json_object_put(json);
    return 0;
}
