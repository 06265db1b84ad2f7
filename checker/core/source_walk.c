/* Finding the C files below a folder (see source_walk.h). */
#include "source_walk.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int compare_strings(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool is_dot_or_dot_dot(const char *name)
{
    return name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0'));
}

/* Looks at one entry of a folder: a C file is added, a folder is pushed on
 * `pending` (the walk's stack), a symbolic link is followed only to a file. */
static void visit_entry(const char *path, const char *name, ddc_strings *found, ddc_strings *pending)
{
    struct stat info;
    if (lstat(path, &info) != 0) {
        fprintf(stderr, "ddicheck: warning: skipping '%s': %s\n", path, strerror(errno));
        return;
    }
    if (S_ISDIR(info.st_mode)) {
        if (name[0] != '.') /* .git, .vs: not sources */
            ddc_strings_add(pending, path);
        return;
    }
    if (!ddc_ends_with_nocase(name, ".c"))
        return;
    if (S_ISLNK(info.st_mode)) {
        struct stat target;
        if (stat(path, &target) != 0) {
            fprintf(stderr, "ddicheck: warning: skipping '%s': %s\n", path, strerror(errno));
            return;
        }
        if (!S_ISREG(target.st_mode))
            return;
    } else if (!S_ISREG(info.st_mode)) {
        return; /* a fifo or a device named *.c: reading it could block */
    }
    ddc_strings_add(found, path);
}

size_t ddc_find_sources(const char *folder, ddc_strings *sources)
{
    ddc_strings found = {0}, pending = {0};
    ddc_strings_add(&pending, folder);
    while (pending.count) {
        char *current = pending.items[--pending.count];
        DIR *directory = opendir(current);
        if (!directory) {
            fprintf(stderr, "ddicheck: error: cannot read '%s': %s\n", current, strerror(errno));
            free(current);
            continue;
        }
        bool slash = current[0] && current[strlen(current) - 1] == '/';
        for (struct dirent *entry; (entry = readdir(directory)) != NULL;) {
            if (is_dot_or_dot_dot(entry->d_name))
                continue;
            char *path = ddc_format("%s%s%s", current, slash ? "" : "/", entry->d_name);
            visit_entry(path, entry->d_name, &found, &pending);
            free(path);
        }
        closedir(directory);
        free(current);
    }
    ddc_strings_free(&pending);
    if (found.count)
        qsort(found.items, found.count, sizeof *found.items, compare_strings);
    for (size_t i = 0; i < found.count; i++)
        ddc_strings_take(sources, found.items[i]);
    size_t count = found.count;
    free(found.items);
    return count;
}

typedef struct file_identity {
    dev_t device;
    ino_t inode;
    size_t index;
} file_identity;

static int compare_identities(const void *a, const void *b)
{
    const file_identity *x = a, *y = b;
    if (x->device != y->device)
        return x->device < y->device ? -1 : 1;
    if (x->inode != y->inode)
        return x->inode < y->inode ? -1 : 1;
    return x->index < y->index ? -1 : x->index > y->index;
}

void ddc_sources_drop_duplicates(ddc_strings *sources)
{
    if (sources->count < 2)
        return;
    file_identity *identities = ddc_xcalloc(sources->count, sizeof *identities);
    bool *dropped = ddc_xcalloc(sources->count, sizeof *dropped);
    size_t known = 0;
    for (size_t i = 0; i < sources->count; i++) {
        struct stat info;
        if (stat(sources->items[i], &info) == 0)
            identities[known++] = (file_identity){info.st_dev, info.st_ino, i};
    }
    qsort(identities, known, sizeof *identities, compare_identities);
    for (size_t i = 1; i < known; i++)
        if (identities[i].device == identities[i - 1].device && identities[i].inode == identities[i - 1].inode)
            dropped[identities[i].index] = true;
    size_t kept = 0;
    for (size_t i = 0; i < sources->count; i++) {
        if (dropped[i])
            free(sources->items[i]);
        else
            sources->items[kept++] = sources->items[i];
    }
    sources->count = kept;
    free(dropped);
    free(identities);
}
