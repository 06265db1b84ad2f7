/* Writing a report to a file (-o FILE) atomically: the report goes to a
 * temporary file in the same folder, which is flushed to disk and renamed
 * over FILE only when complete.  FILE is never left truncated or half
 * written; on any failure the temporary file is removed, and a signal that
 * ends ddicheck removes it too (interrupt.h).  A device or a named pipe
 * (-o /dev/stdout) is written directly: it cannot be replaced. */
#ifndef DDC_OUTPUT_FILE_H
#define DDC_OUTPUT_FILE_H

#include <stdio.h>

typedef struct ddc_output_file {
    char *path;      /* the file asked for */
    char *temporary; /* the temporary file beside it; NULL when written directly */
    FILE *stream;    /* write the report here */
} ddc_output_file;

/* Creates the temporary file for `path`.  Returns 0, or -1 with a message
 * naming `path` on stderr (e.g. its folder does not exist or is read-only). */
int ddc_output_file_open(ddc_output_file *output, const char *path);

/* Checks, before a long analysis, that the report can be written to
 * `path`: it is not a folder, and a temporary file can be made beside it
 * (made and removed again).  Returns 0, or -1 with a message naming `path`
 * on stderr. */
int ddc_output_file_check(const char *path);

/* Flushes and syncs the temporary file and renames it to the file asked
 * for.  Returns 0, or -1 with a message naming the file on stderr, after
 * removing the temporary file.  Either way `output` is freed. */
int ddc_output_file_commit(ddc_output_file *output);

/* Closes and removes the temporary file, leaving the file asked for as it
 * was, and frees `output`.  Does nothing when it is not open (or was
 * committed). */
void ddc_output_file_abort(ddc_output_file *output);

#endif
