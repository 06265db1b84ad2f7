/* Rewriting MSVC extensions clang rejects (see msvc_rewrites.h). */
#include "msvc_rewrites.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char assignment_error[] = "assignment to cast is illegal, lvalue casts are not supported";
static const char address_error[] = "cannot take the address of an rvalue of type '";
static const char incomplete_enum_error[] = "field has incomplete type 'enum ";

void ddc_rewrites_start_from(ddc_rewrites *rewrites, const char *path, const char *text, size_t length)
{
    ddc_strings_add(&rewrites->paths, path);
    ddc_strings_take(&rewrites->contents, strndup(text, length));
}

/* The copy of `path` to edit: the one started from unsaved contents, else
 * read from disk the first time. */
static char *contents_for(ddc_rewrites *rewrites, const char *path)
{
    for (size_t i = 0; i < rewrites->paths.count; i++)
        if (strcmp(rewrites->paths.items[i], path) == 0)
            return rewrites->contents.items[i];
    FILE *file = fopen(path, "rb");
    if (!file)
        return NULL;
    char *text = NULL;
    size_t length = 0;
    FILE *memory = open_memstream(&text, &length);
    char buffer[65536];
    size_t got;
    while (memory && (got = fread(buffer, 1, sizeof buffer, file)) > 0)
        fwrite(buffer, 1, got, memory);
    fclose(file);
    if (!memory || fclose(memory) != 0 || memchr(text, '\0', length)) {
        free(text);
        return NULL;
    }
    ddc_strings_add(&rewrites->paths, path);
    ddc_strings_take(&rewrites->contents, text);
    return text;
}

/* Blanks the parenthesised group that starts at `open`; false if there is none. */
static bool blank_group(char *text, size_t open)
{
    if (text[open] != '(')
        return false;
    int depth = 0;
    for (size_t i = open; text[i] && text[i] != '\n'; i++) {
        depth += text[i] == '(';
        depth -= text[i] == ')';
        if (depth == 0) {
            memset(text + open, ' ', i - open + 1);
            return true;
        }
    }
    return false;
}

/* After `&` at `from`: the group "( TYPE )" on the same line. */
static bool blank_cast_to(char *text, size_t from, const char *type)
{
    size_t type_length = strlen(type);
    for (size_t i = from; text[i] && text[i] != '\n' && text[i] != ';'; i++) {
        if (text[i] != '(')
            continue;
        size_t j = i + 1;
        while (text[j] == ' ' || text[j] == '\t')
            j++;
        if (strncmp(text + j, type, type_length) != 0)
            continue;
        j += type_length;
        while (text[j] == ' ' || text[j] == '\t')
            j++;
        if (text[j] == ')') {
            memset(text + i, ' ', j - i + 1);
            return true;
        }
    }
    return false;
}

/* "enum NAME" before `field` on the same line becomes "int" and spaces. */
static bool replace_enum_type(char *text, size_t field, const char *name)
{
    size_t line_start = field;
    while (line_start > 0 && text[line_start - 1] != '\n')
        line_start--;
    size_t name_length = strlen(name);
    for (size_t i = line_start; i + 5 + name_length <= field; i++) {
        if (strncmp(text + i, "enum", 4) != 0 || (text[i + 4] != ' ' && text[i + 4] != '\t'))
            continue;
        size_t j = i + 4;
        while (text[j] == ' ' || text[j] == '\t')
            j++;
        if (strncmp(text + j, name, name_length) != 0)
            continue;
        size_t end = j + name_length;
        memset(text + i, ' ', end - i);
        memcpy(text + i, "int", 3);
        return true;
    }
    return false;
}

bool ddc_rewrite_msvc_extensions(CXTranslationUnit unit, ddc_rewrites *rewrites)
{
    bool changed = false;
    unsigned count = clang_getNumDiagnostics(unit);
    for (unsigned i = 0; i < count; i++) {
        CXDiagnostic diagnostic = clang_getDiagnostic(unit, i);
        CXString message = clang_getDiagnosticSpelling(diagnostic);
        const char *text = clang_getCString(message);
        bool assignment = strcmp(text, assignment_error) == 0;
        bool address = strncmp(text, address_error, sizeof address_error - 1) == 0;
        bool incomplete_enum = strncmp(text, incomplete_enum_error, sizeof incomplete_enum_error - 1) == 0;
        if (assignment || address || incomplete_enum) {
            CXFile file;
            unsigned offset;
            clang_getSpellingLocation(clang_getDiagnosticLocation(diagnostic), &file, NULL, NULL, &offset);
            CXString name = clang_getFileName(file);
            char *contents = clang_getCString(name) ? contents_for(rewrites, clang_getCString(name)) : NULL;
            if (contents && offset < strlen(contents)) {
                if (assignment) {
                    changed |= blank_group(contents, offset);
                } else if (incomplete_enum) {
                    char *name = ddc_strdup(text + sizeof incomplete_enum_error - 1);
                    name[strcspn(name, "'")] = '\0';
                    changed |= replace_enum_type(contents, offset, name);
                    free(name);
                } else {
                    /* The type ends where " (aka" or the closing quote starts. */
                    char *type = ddc_strdup(text + sizeof address_error - 1);
                    type[strcspn(type, "'")] = '\0';
                    changed |= blank_cast_to(contents, offset, type);
                    free(type);
                }
            }
            clang_disposeString(name);
        }
        clang_disposeString(message);
        clang_disposeDiagnostic(diagnostic);
    }
    return changed;
}

void ddc_rewrites_free(ddc_rewrites *rewrites)
{
    ddc_strings_free(&rewrites->paths);
    ddc_strings_free(&rewrites->contents);
}
