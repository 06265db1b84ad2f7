/* Source text cache: one entry per file, with the offsets of its lines. */
#include "sources.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

typedef struct source_file {
    char *path;
    char *text;        /* NULL: unreadable */
    size_t length;
    size_t *line_starts; /* offsets of the first byte of each line */
    unsigned line_count;
} source_file;

struct ddc_sources {
    source_file *files;
    size_t count;
};

ddc_sources *ddc_sources_new(void)
{
    return ddc_xcalloc(1, sizeof(ddc_sources));
}

static void index_lines(source_file *file)
{
    if (!file->text)
        return;
    size_t capacity = 64;
    file->line_starts = ddc_xmalloc(capacity * sizeof *file->line_starts);
    file->line_starts[file->line_count++] = 0;
    for (size_t i = 0; i < file->length; i++) {
        if (file->text[i] != '\n' || i + 1 == file->length)
            continue;
        if (file->line_count == capacity) {
            capacity *= 2;
            file->line_starts = ddc_xrealloc(file->line_starts, capacity * sizeof *file->line_starts);
        }
        file->line_starts[file->line_count++] = i + 1;
    }
}

static char *read_whole_file(const char *path, size_t *length)
{
    FILE *stream = fopen(path, "rb");
    if (!stream)
        return NULL;
    size_t capacity = 4096, used = 0;
    char *text = ddc_xmalloc(capacity);
    for (;;) {
        if (capacity - used < 4096) {
            capacity *= 2;
            text = ddc_xrealloc(text, capacity);
        }
        size_t got = fread(text + used, 1, capacity - used - 1, stream);
        used += got;
        if (got == 0)
            break;
    }
    bool failed = ferror(stream);
    fclose(stream);
    if (failed) {
        free(text);
        return NULL;
    }
    text[used] = '\0';
    *length = used;
    return text;
}

static source_file *find(ddc_sources *sources, const char *path)
{
    for (size_t i = 0; i < sources->count; i++)
        if (strcmp(sources->files[i].path, path) == 0)
            return &sources->files[i];
    return NULL;
}

static source_file *add(ddc_sources *sources, const char *path)
{
    sources->files = ddc_xrealloc(sources->files, (sources->count + 1) * sizeof *sources->files);
    source_file *file = &sources->files[sources->count++];
    memset(file, 0, sizeof *file);
    file->path = ddc_strdup(path);
    return file;
}

void ddc_sources_set_unsaved(ddc_sources *sources, const char *path, const char *text, size_t length)
{
    source_file *file = find(sources, path);
    if (file) {
        free(file->text);
        free(file->line_starts);
        file->line_starts = NULL;
        file->line_count = 0;
    } else {
        file = add(sources, path);
    }
    file->text = ddc_xmalloc(length + 1);
    memcpy(file->text, text, length);
    file->text[length] = '\0';
    file->length = length;
    index_lines(file);
}

static source_file *load(ddc_sources *sources, const char *path)
{
    source_file *file = find(sources, path);
    if (!file) {
        file = add(sources, path);
        file->text = read_whole_file(path, &file->length);
        index_lines(file);
    }
    return file;
}

const char *ddc_sources_text(ddc_sources *sources, const char *path, size_t *length)
{
    source_file *file = load(sources, path);
    if (length)
        *length = file->length;
    return file->text;
}

const char *ddc_sources_line(ddc_sources *sources, const char *path, unsigned line, size_t *length)
{
    source_file *file = load(sources, path);
    if (!file->text || line == 0 || line > file->line_count)
        return NULL;
    size_t start = file->line_starts[line - 1];
    size_t end = line < file->line_count ? file->line_starts[line] : file->length;
    while (end > start && (file->text[end - 1] == '\n' || file->text[end - 1] == '\r'))
        end--;
    *length = end - start;
    return file->text + start;
}

unsigned ddc_sources_line_count(ddc_sources *sources, const char *path)
{
    return load(sources, path)->line_count;
}

void ddc_sources_free(ddc_sources *sources)
{
    if (!sources)
        return;
    for (size_t i = 0; i < sources->count; i++) {
        free(sources->files[i].path);
        free(sources->files[i].text);
        free(sources->files[i].line_starts);
    }
    free(sources->files);
    free(sources);
}
