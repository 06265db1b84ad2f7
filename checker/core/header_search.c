/* Header index and the case-insensitive VFS overlay (see header_search.h). */
#define _XOPEN_SOURCE 700
#include "header_search.h"

#include <ftw.h>
#include <sys/stat.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "interrupt.h"

static const char *const header_suffixes[] = {".h", ".hpp", ".hxx", ".hh", ".inl", ".tmh", ".ver", ".rh"};

static bool is_header(const char *path)
{
    for (size_t i = 0; i < sizeof header_suffixes / sizeof header_suffixes[0]; i++)
        if (ddc_ends_with_nocase(path, header_suffixes[i]))
            return true;
    return false;
}

/* nftw has no user pointer: the index being filled is handed over here for
 * the duration of one ddc_header_index_add_tree call. */
static _Thread_local ddc_header_index *tree_target;

static int visit_path(const char *path, const struct stat *info, int type, struct FTW *where)
{
    (void)info;
    const char *base = path + where->base;
    if (type == FTW_D && where->level > 0 && base[0] == '.')
        return FTW_SKIP_SUBTREE;
    /* mingw-w64's include folder holds symbolic links to the headers. */
    struct stat target;
    bool file = type == FTW_F || (type == FTW_SL && stat(path, &target) == 0 && S_ISREG(target.st_mode));
    if (file && is_header(base))
        ddc_strings_add(&tree_target->paths, path);
    return FTW_CONTINUE;
}

void ddc_header_index_add_tree(ddc_header_index *index, const char *root)
{
    tree_target = index;
    nftw(root, visit_path, 32, FTW_PHYS | FTW_ACTIONRETVAL);
    tree_target = NULL;
}

static int compare_strings(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int ddc_header_index_write_overlay(ddc_header_index *index)
{
    /* Sort so that each folder's headers are adjacent, and drop duplicates
     * from trees that were added twice. */
    qsort(index->paths.items, index->paths.count, sizeof *index->paths.items, compare_strings);
    json_object *roots = json_object_new_array();
    json_object *contents = NULL;
    char *folder = NULL;
    const char *previous = NULL;
    for (size_t i = 0; i < index->paths.count; i++) {
        const char *path = index->paths.items[i];
        if (previous && strcmp(previous, path) == 0)
            continue;
        previous = path;
        char *this_folder = ddc_dirname(path);
        if (!folder || strcmp(folder, this_folder) != 0) {
            json_object *root = json_object_new_object();
            contents = json_object_new_array();
            json_object_object_add(root, "name", json_object_new_string(this_folder));
            json_object_object_add(root, "type", json_object_new_string("directory"));
            json_object_object_add(root, "contents", contents);
            json_object_array_add(roots, root);
            free(folder);
            folder = this_folder;
        } else {
            free(this_folder);
        }
        json_object *file = json_object_new_object();
        json_object_object_add(file, "name", json_object_new_string(strrchr(path, '/') + 1));
        json_object_object_add(file, "type", json_object_new_string("file"));
        json_object_object_add(file, "external-contents", json_object_new_string(path));
        json_object_array_add(contents, file);
    }
    free(folder);
    json_object *overlay = json_object_new_object();
    json_object_object_add(overlay, "version", json_object_new_int(0));
    json_object_object_add(overlay, "case-sensitive", json_object_new_string("false"));
    json_object_object_add(overlay, "roots", roots);

    const char *directory = getenv("TMPDIR");
    char *path = ddc_format("%s/ddicheck-vfs-XXXXXX", directory && *directory ? directory : "/tmp");
    int descriptor = ddc_temp_file_create(path);
    int status = -1;
    if (descriptor >= 0) {
        const char *text = json_object_to_json_string_ext(overlay, JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE);
        FILE *out = fdopen(descriptor, "w");
        if (out && fputs(text, out) >= 0 && fclose(out) == 0)
            status = 0;
        else if (!out)
            close(descriptor);
    }
    json_object_put(overlay);
    if (status) {
        fprintf(stderr, "ddicheck: error: cannot write the header overlay '%s'\n", path);
        ddc_temp_file_remove(path);
        free(path);
        return -1;
    }
    index->overlay_path = path;
    return 0;
}

/* Length of the common leading folder path of a and b. */
static size_t common_prefix(const char *a, const char *b)
{
    size_t length = 0, i = 0;
    while (a[i] && a[i] == b[i]) {
        if (a[i] == '/')
            length = i;
        i++;
    }
    return length;
}

char *ddc_header_index_find_folder(const ddc_header_index *index, const char *name, const char *includer)
{
    /* "..\inc\x.h" and "sys/x.h": match the last components, case-insensitively. */
    char *wanted = ddc_strdup(name);
    for (char *c = wanted; *c; c++)
        if (*c == '\\')
            *c = '/';
    const char *tail = wanted;
    while (strncmp(tail, "../", 3) == 0 || strncmp(tail, "./", 2) == 0)
        tail += tail[1] == '.' ? 3 : 2;
    size_t tail_length = strlen(tail);
    const char *best = NULL;
    size_t best_score = 0;
    for (size_t i = 0; i < index->paths.count; i++) {
        const char *path = index->paths.items[i];
        size_t length = strlen(path);
        if (length <= tail_length || path[length - tail_length - 1] != '/' ||
            strcasecmp(path + length - tail_length, tail) != 0)
            continue;
        size_t score = common_prefix(path, includer) + 1;
        if (score > best_score) {
            best = path;
            best_score = score;
        }
    }
    char *folder = best ? strndup(best, strlen(best) - tail_length - 1) : NULL;
    free(wanted);
    return folder;
}

void ddc_header_index_free(ddc_header_index *index)
{
    if (index->overlay_path) {
        ddc_temp_file_remove(index->overlay_path);
        free(index->overlay_path);
    }
    ddc_strings_free(&index->paths);
}
