/* The text of source files, read once and shared by everything that looks at
 * source lines after the analysis: suppression comments and pragmas, and the
 * fingerprints of findings.  An editor's unsaved contents (the language
 * server) take the place of what is on disk. */
#ifndef DDC_SOURCES_H
#define DDC_SOURCES_H

#include <stddef.h>

typedef struct ddc_sources ddc_sources;

/* A new, empty cache.  Free it with ddc_sources_free. */
ddc_sources *ddc_sources_new(void);

/* Makes `text` (`length` bytes, copied) the contents of `path`, in place of
 * the file on disk. */
void ddc_sources_set_unsaved(ddc_sources *sources, const char *path, const char *text, size_t length);

/* The whole text of `path` and its length, or NULL when the file cannot be
 * read (the failure is remembered: the file is not read again).  The text is
 * owned by `sources`, NUL-terminated, and lives until ddc_sources_free. */
const char *ddc_sources_text(ddc_sources *sources, const char *path, size_t *length);

/* Line `line` (1-based) of `path`, without its line ending: a pointer into
 * the text and its length.  NULL when the file cannot be read or is shorter. */
const char *ddc_sources_line(ddc_sources *sources, const char *path, unsigned line, size_t *length);

/* The number of lines of `path` (0 when unreadable). */
unsigned ddc_sources_line_count(ddc_sources *sources, const char *path);

void ddc_sources_free(ddc_sources *sources);

#endif
