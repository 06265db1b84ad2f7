/* Parsing one translation unit with libclang, the way a Windows build would
 * see it: missing WPP *.tmh headers are supplied empty (with the WPP macros
 * as no-ops, as the WPP preprocessor would leave them), and project headers
 * that only the Visual Studio project's include path finds are looked up in
 * the driver's tree.  A job's unsaved contents (an editor's buffer) are
 * parsed in place of its file on disk. */
#ifndef DDC_PARSE_H
#define DDC_PARSE_H

#include <clang-c/Index.h>

#include "compile_jobs.h"
#include "header_search.h"

/* The result of parsing one file. */
typedef struct ddc_parsed_unit {
    CXTranslationUnit unit;  /* NULL when libclang could not parse at all */
    unsigned error_count;    /* error and fatal diagnostics */
    char *first_error;       /* "file:line:col: message" of the first error, or NULL */
} ddc_parsed_unit;

/* Parses `job`.  On failure prints "ddicheck: error: ..." with the meaning of
 * libclang's error code and returns a unit with unit == NULL.  The caller
 * disposes the unit with ddc_parsed_unit_free. */
ddc_parsed_unit ddc_parse(CXIndex index, const ddc_compile_job *job, const ddc_header_index *headers);

void ddc_parsed_unit_free(ddc_parsed_unit *parsed);

#endif
