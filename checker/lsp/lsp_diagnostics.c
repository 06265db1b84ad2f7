/* Findings to LSP diagnostics (see lsp_diagnostics.h). */
#include "lsp_diagnostics.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "../core/util.h"
#include "lsp_uri.h"

enum { SEVERITY_WARNING = 2 };

unsigned ddc_lsp_character(const char *line, size_t length, unsigned column, ddc_lsp_encoding encoding)
{
    size_t bytes = column > 0 ? column - 1 : 0;
    if (encoding == DDC_LSP_UTF8)
        return (unsigned)bytes;
    size_t inside = bytes < length ? bytes : length;
    unsigned units = 0;
    for (size_t i = 0; i < inside; i++) {
        unsigned char byte = (unsigned char)line[i];
        if ((byte & 0xC0) == 0x80)
            continue; /* a continuation byte: counted with its lead byte */
        units += byte >= 0xF0 && byte <= 0xF7 ? 2 : 1; /* outside the BMP: a surrogate pair */
    }
    return units + (unsigned)(bytes - inside);
}

/* The same file: equal names, or names that resolve to the same path.
 * `resolved` is the document's resolved path (or NULL). */
static bool same_file(const char *file, const char *path, const char *resolved)
{
    if (strcmp(file, path) == 0)
        return true;
    if (!resolved || !file[0])
        return false;
    char *other = realpath(file, NULL);
    bool same = other && strcmp(other, resolved) == 0;
    free(other);
    return same;
}

static json_object *position(unsigned line, unsigned character)
{
    json_object *result = json_object_new_object();
    json_object_object_add(result, "line", json_object_new_int64(line));
    json_object_object_add(result, "character", json_object_new_int64(character));
    return result;
}

static bool is_identifier_byte(char c)
{
    return isalnum((unsigned char)c) || c == '_';
}

/* The range of the identifier at `where` (read under `key`), or one
 * character when there is none; empty when the line cannot be read. */
static json_object *range_at(ddc_sources *sources, const char *key, const ddc_location *where,
                             ddc_lsp_encoding encoding)
{
    unsigned line = where->line > 0 ? where->line - 1 : 0;
    size_t length = 0;
    const char *text = where->line > 0 ? ddc_sources_line(sources, key, where->line, &length) : NULL;
    unsigned start, end;
    if (!text) {
        start = end = where->column > 0 ? where->column - 1 : 0;
    } else {
        size_t first = where->column > 0 ? where->column - 1 : 0, last = first;
        while (last < length && is_identifier_byte(text[last]))
            last++;
        if (last == first && last < length) /* one character: a lead byte and its continuation bytes */
            for (last++; last < length && ((unsigned char)text[last] & 0xC0) == 0x80;)
                last++;
        start = ddc_lsp_character(text, length, (unsigned)first + 1, encoding);
        end = ddc_lsp_character(text, length, (unsigned)last + 1, encoding);
    }
    json_object *range = json_object_new_object();
    json_object_object_add(range, "start", position(line, start));
    json_object_object_add(range, "end", position(line, end));
    return range;
}

/* A Location: the document's URI and lines for its own file, else the file's. */
static json_object *location(ddc_sources *sources, const ddc_location *where, const char *path,
                             const char *resolved, const char *uri, ddc_lsp_encoding encoding)
{
    bool in_document = same_file(where->file, path, resolved);
    json_object *result = json_object_new_object();
    if (in_document) {
        json_object_object_add(result, "uri", json_object_new_string(uri));
    } else {
        char *other = ddc_lsp_path_to_uri(where->file);
        json_object_object_add(result, "uri", json_object_new_string(other));
        free(other);
    }
    json_object_object_add(result, "range", range_at(sources, in_document ? path : where->file, where, encoding));
    return result;
}

static json_object *diagnostic(const ddc_finding *finding, ddc_sources *sources, const char *path,
                               const char *resolved, const char *uri, ddc_lsp_encoding encoding)
{
    json_object *result = json_object_new_object();
    json_object_object_add(result, "range", range_at(sources, path, &finding->where, encoding));
    json_object_object_add(result, "severity", json_object_new_int(SEVERITY_WARNING));
    json_object_object_add(result, "source", json_object_new_string("ddicheck"));
    json_object_object_add(result, "code", json_object_new_string(finding->check_id));
    json_object *description = json_object_new_object();
    char *href = ddc_format("%s/blob/main/rules/%s.md", DDC_HOMEPAGE, finding->check_id);
    json_object_object_add(description, "href", json_object_new_string(href));
    free(href);
    json_object_object_add(result, "codeDescription", description);
    json_object_object_add(result, "message", json_object_new_string(finding->message));
    json_object *related = json_object_new_array();
    for (size_t i = 0; i < finding->note_count; i++) {
        const ddc_note *note = &finding->notes[i];
        if (!note->where.file[0])
            continue; /* no location to show it at */
        json_object *information = json_object_new_object();
        json_object_object_add(information, "location",
                               location(sources, &note->where, path, resolved, uri, encoding));
        json_object_object_add(information, "message", json_object_new_string(note->message));
        json_object_array_add(related, information);
    }
    if (json_object_array_length(related) > 0)
        json_object_object_add(result, "relatedInformation", related);
    else
        json_object_put(related);
    return result;
}

json_object *ddc_lsp_diagnostics(const ddc_findings *findings, const char *path, const char *uri,
                                 ddc_sources *sources, ddc_lsp_encoding encoding)
{
    char *resolved = realpath(path, NULL);
    json_object *result = json_object_new_array();
    for (size_t i = 0; i < findings->count; i++)
        if (same_file(findings->items[i].where.file, path, resolved))
            json_object_array_add(result, diagnostic(&findings->items[i], sources, path, resolved, uri, encoding));
    free(resolved);
    return result;
}
