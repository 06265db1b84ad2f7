/* Parsing with missing-header recovery (see parse.h). */
#include "parse.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* What a WPP-generated *.tmh leaves behind for a source tree without its
 * build output: the tracing macros compile to nothing. */
static const char wpp_tmh_contents[] =
    "/* supplied by ddicheck: the WPP preprocessor did not run */\n"
    "#ifndef WPP_INIT_TRACING\n#define WPP_INIT_TRACING(...)\n#endif\n"
    "#ifndef WPP_CLEANUP\n#define WPP_CLEANUP(...)\n#endif\n"
    "#ifndef WPP_RECORDER_INITIALIZE\n#define WPP_RECORDER_INITIALIZE(...)\n#endif\n"
    "#ifndef DoTraceMessage\n#define DoTraceMessage(...)\n#endif\n"
    "#ifndef TraceEvents\n#define TraceEvents(...)\n#endif\n"
    "#ifndef DoTraceLevelMessage\n#define DoTraceLevelMessage(...)\n#endif\n"
    "#ifndef TraceEvent\n#define TraceEvent(...)\n#endif\n"
    /* The trace levels evntrace.h gives a WPP build (TRACE_LEVEL_ERROR...). */
    "#ifndef TRACE_LEVEL_NONE\n#define TRACE_LEVEL_NONE 0\n#define TRACE_LEVEL_CRITICAL 1\n#define TRACE_LEVEL_FATAL 1\n"
    "#define TRACE_LEVEL_ERROR 2\n#define TRACE_LEVEL_WARNING 3\n#define TRACE_LEVEL_INFORMATION 4\n"
    "#define TRACE_LEVEL_VERBOSE 5\n#endif\n";

enum { MAX_RECOVERY_ROUNDS = 4, PARSE_OPTIONS = CXTranslationUnit_KeepGoing | CXTranslationUnit_IgnoreNonErrorsFromIncludedFiles };

static const char *describe_error(enum CXErrorCode code)
{
    switch (code) {
    case CXError_Failure:
        return "libclang failed to parse it";
    case CXError_Crashed:
        return "libclang crashed while parsing it";
    case CXError_InvalidArguments:
        return "the compiler arguments are invalid";
    case CXError_ASTReadError:
        return "libclang could not read its AST";
    default:
        return "unknown libclang error";
    }
}

/* Extracts X from the message "'X' file not found". */
static char *missing_header(const char *message)
{
    const char *suffix = "' file not found";
    size_t length = strlen(message), suffix_length = strlen(suffix);
    if (message[0] != '\'' || length <= suffix_length + 1 || strcmp(message + length - suffix_length, suffix) != 0)
        return NULL;
    return strndup(message + 1, length - suffix_length - 1);
}

typedef struct recovery {
    ddc_strings extra_args;
    ddc_strings unsaved_names;
} recovery;

/* Looks at the "file not found" errors and adds what would resolve them.
 * Returns true when something was added (so a new parse may do better). */
static bool recover_missing_headers(CXTranslationUnit unit, const ddc_compile_job *job,
                                    const ddc_header_index *headers, recovery *r)
{
    bool changed = false;
    unsigned count = clang_getNumDiagnostics(unit);
    for (unsigned i = 0; i < count; i++) {
        CXDiagnostic diagnostic = clang_getDiagnostic(unit, i);
        CXString text = clang_getDiagnosticSpelling(diagnostic);
        char *name = missing_header(clang_getCString(text));
        clang_disposeString(text);
        if (name) {
            CXFile file;
            clang_getSpellingLocation(clang_getDiagnosticLocation(diagnostic), &file, NULL, NULL, NULL);
            CXString includer = clang_getFileName(file);
            const char *includer_path = clang_getCString(includer) ? clang_getCString(includer) : job->file;
            if (ddc_ends_with_nocase(name, ".tmh")) {
                char *folder = ddc_dirname(includer_path);
                char *path = ddc_format("%s/%s", folder, name);
                if (!ddc_strings_contains(&r->unsaved_names, path)) {
                    ddc_strings_add(&r->unsaved_names, path);
                    changed = true;
                }
                free(path);
                free(folder);
            } else if (!job->from_database) {
                char *folder = ddc_header_index_find_folder(headers, name, includer_path);
                if (folder) {
                    char *flag = ddc_format("-I%s", folder);
                    if (!ddc_strings_contains(&r->extra_args, flag)) {
                        ddc_strings_take(&r->extra_args, flag);
                        changed = true;
                    } else {
                        free(flag);
                    }
                    free(folder);
                }
            }
            clang_disposeString(includer);
            free(name);
        }
        clang_disposeDiagnostic(diagnostic);
    }
    return changed;
}

static void count_errors(ddc_parsed_unit *parsed)
{
    unsigned count = clang_getNumDiagnostics(parsed->unit);
    for (unsigned i = 0; i < count; i++) {
        CXDiagnostic diagnostic = clang_getDiagnostic(parsed->unit, i);
        if (clang_getDiagnosticSeverity(diagnostic) >= CXDiagnostic_Error) {
            if (parsed->error_count++ == 0) {
                CXString text = clang_formatDiagnostic(diagnostic, CXDiagnostic_DisplaySourceLocation |
                                                                       CXDiagnostic_DisplayColumn);
                parsed->first_error = ddc_strdup(clang_getCString(text));
                clang_disposeString(text);
            }
        }
        clang_disposeDiagnostic(diagnostic);
    }
}

ddc_parsed_unit ddc_parse(CXIndex index, const ddc_compile_job *job, const ddc_header_index *headers)
{
    ddc_parsed_unit parsed = {0};
    recovery r = {0};
    for (unsigned round = 0; round <= MAX_RECOVERY_ROUNDS; round++) {
        ddc_strings args = {0};
        for (size_t i = 0; i < job->args.count; i++)
            ddc_strings_add(&args, job->args.items[i]);
        for (size_t i = 0; i < r.extra_args.count; i++)
            ddc_strings_add(&args, r.extra_args.items[i]);
        if (headers->overlay_path)
            ddc_strings_take(&args, ddc_format("-ivfsoverlay%s", headers->overlay_path));
        struct CXUnsavedFile *unsaved = ddc_xcalloc(r.unsaved_names.count + 1, sizeof *unsaved);
        for (size_t i = 0; i < r.unsaved_names.count; i++)
            unsaved[i] = (struct CXUnsavedFile){r.unsaved_names.items[i], wpp_tmh_contents, sizeof wpp_tmh_contents - 1};
        CXTranslationUnit unit = NULL;
        enum CXErrorCode code = clang_parseTranslationUnit2(index, job->file, (const char *const *)args.items,
                                                            (int)args.count, unsaved, (unsigned)r.unsaved_names.count,
                                                            PARSE_OPTIONS, &unit);
        free(unsaved);
        ddc_strings_free(&args);
        if (code != CXError_Success) {
            fprintf(stderr, "ddicheck: error: cannot parse '%s': %s\n", job->file, describe_error(code));
            break;
        }
        if (round < MAX_RECOVERY_ROUNDS && recover_missing_headers(unit, job, headers, &r)) {
            clang_disposeTranslationUnit(unit);
            continue;
        }
        parsed.unit = unit;
        count_errors(&parsed);
        break;
    }
    ddc_strings_free(&r.extra_args);
    ddc_strings_free(&r.unsaved_names);
    return parsed;
}

void ddc_parsed_unit_free(ddc_parsed_unit *parsed)
{
    if (parsed->unit)
        clang_disposeTranslationUnit(parsed->unit);
    free(parsed->first_error);
    memset(parsed, 0, sizeof *parsed);
}
