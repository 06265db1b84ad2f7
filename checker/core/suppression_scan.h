/* A lexical scan of one C source file for what suppressions are written in:
 * its comments, its pragmas (`#pragma`, `__pragma(...)`, `_Pragma("...")`)
 * and the lines that hold code.
 *
 * It understands what decides where a comment or a pragma really is: string
 * and character literals, line continuations (backslash-newline), directive
 * lines, and C++14 digit separators (1'000).  Text that only looks like a
 * comment or a pragma inside a literal is never taken for one.  It does not
 * run the preprocessor: code under `#if 0` is scanned like any other. */
#ifndef DDC_SUPPRESSION_SCAN_H
#define DDC_SUPPRESSION_SCAN_H

#include <stddef.h>

/* A comment: the offsets of its first character ('/') and just past its end
 * (past the closing star-slash, or at the newline ending a line comment). */
typedef struct ddc_scanned_comment {
    size_t start;
    size_t end;
} ddc_scanned_comment;

/* How a pragma is written. */
typedef enum ddc_pragma_form {
    DDC_PRAGMA_DIRECTIVE, /* #pragma warning(...) */
    DDC_PRAGMA_OPERATOR,  /* __pragma(warning(...)), Microsoft's */
    DDC_PRAGMA_STRING,    /* _Pragma("warning(...)"), C99's */
} ddc_pragma_form;

/* A pragma outside any other directive (a `__pragma` in a #define body takes
 * effect where the macro is used, which a scan cannot see, so it is not one). */
typedef struct ddc_scanned_pragma {
    ddc_pragma_form form;
    size_t start; /* offset of the '#', of `__pragma` or of `_Pragma` */
    size_t end;   /* offset just past it: the newline ending the directive, or past the ')' */
    /* What the pragma says, e.g. "warning(suppress: 28121)": for #pragma the
     * text after the word `pragma`, for __pragma the text between its
     * parentheses, for _Pragma its string destringized.  Continuations are
     * removed, comments are replaced by a space.  Owned. */
    char *body;
} ddc_scanned_pragma;

/* The scan of one file. */
typedef struct ddc_scan {
    const char *text; /* not owned */
    size_t length;
    size_t *line_starts; /* offset of the first byte of each line */
    unsigned line_count;
    /* Per line (index line - 1): 1 + the offset where the last token of code
     * on that line starts, or 0 when the line holds no code (only blanks,
     * comments, directives or pragma operators). */
    size_t *last_code;
    ddc_scanned_comment *comments; /* in file order */
    size_t comment_count;
    ddc_scanned_pragma *pragmas; /* in file order */
    size_t pragma_count;
} ddc_scan;

/* Scans `text` (`length` bytes; it must outlive `scan`). */
void ddc_scan_source(ddc_scan *scan, const char *text, size_t length);

/* The 1-based line that holds `offset` (the last line for an offset past the
 * end). */
unsigned ddc_scan_line_of(const ddc_scan *scan, size_t offset);

/* The offset of (line, column), both 1-based, or (size_t)-1 when the file
 * has no such line. */
size_t ddc_scan_offset_of(const ddc_scan *scan, unsigned line, unsigned column);

/* The line of the first code after `offset`: the line of `offset` itself when
 * code follows on it, else the next line that holds code; 0 when none does. */
unsigned ddc_scan_next_code_line(const ddc_scan *scan, size_t offset);

void ddc_scan_free(ddc_scan *scan);

#endif
