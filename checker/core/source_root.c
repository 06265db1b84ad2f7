/* Absolute and root-relative paths, and their URI form. */
#include "source_root.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util.h"

/* Joins `path` to the current directory when it is relative, and removes
 * "." and ".." components and repeated slashes. */
static char *lexical_absolute(const char *path)
{
    char *joined;
    if (path[0] == '/') {
        joined = ddc_strdup(path);
    } else {
        char *cwd = getcwd(NULL, 0);
        joined = ddc_format("%s/%s", cwd ? cwd : "", path);
        free(cwd);
    }
    size_t length = strlen(joined);
    char *result = ddc_xmalloc(length + 2);
    size_t used = 0;
    char *save = NULL;
    for (char *part = strtok_r(joined, "/", &save); part; part = strtok_r(NULL, "/", &save)) {
        if (strcmp(part, ".") == 0)
            continue;
        if (strcmp(part, "..") == 0) {
            while (used > 0 && result[used - 1] != '/')
                used--;
            if (used > 0)
                used--; /* the slash before the dropped component */
            continue;
        }
        result[used++] = '/';
        size_t part_length = strlen(part);
        memcpy(result + used, part, part_length);
        used += part_length;
    }
    if (used == 0)
        result[used++] = '/';
    result[used] = '\0';
    free(joined);
    return result;
}

char *ddc_absolute_path(const char *path)
{
    char *resolved = realpath(path, NULL);
    return resolved ? resolved : lexical_absolute(path);
}

int ddc_source_root_init(ddc_source_root *root, const char *folder)
{
    root->path = NULL;
    root->uri = NULL;
    const char *shown = folder ? folder : ".";
    char *resolved = realpath(shown, NULL);
    if (!resolved || !ddc_is_directory(resolved)) {
        fprintf(stderr, "ddicheck: error: source root '%s' is not a folder: %s\n", shown,
                resolved ? strerror(ENOTDIR) : strerror(errno));
        free(resolved);
        return -1;
    }
    root->path = resolved;
    char *encoded = ddc_uri_encode_path(resolved);
    bool slash = encoded[strlen(encoded) - 1] == '/';
    root->uri = ddc_format("file://%s%s", encoded, slash ? "" : "/");
    free(encoded);
    return 0;
}

char *ddc_source_root_relative(const ddc_source_root *root, const char *path)
{
    char *absolute = ddc_absolute_path(path);
    size_t root_length = strlen(root->path);
    char *result = NULL;
    if (strcmp(root->path, "/") == 0)
        result = ddc_strdup(absolute + 1);
    else if (strncmp(absolute, root->path, root_length) == 0 && absolute[root_length] == '/')
        result = ddc_strdup(absolute + root_length + 1);
    free(absolute);
    return result;
}

static bool is_unreserved(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
           c == '_' || c == '~' || c == '/';
}

char *ddc_uri_encode_path(const char *path)
{
    static const char hex[] = "0123456789ABCDEF";
    char *result = ddc_xmalloc(strlen(path) * 3 + 1);
    size_t used = 0;
    for (const unsigned char *c = (const unsigned char *)path; *c; c++) {
        if (is_unreserved(*c)) {
            result[used++] = (char)*c;
        } else {
            result[used++] = '%';
            result[used++] = hex[*c >> 4];
            result[used++] = hex[*c & 15];
        }
    }
    result[used] = '\0';
    return result;
}

void ddc_source_root_free(ddc_source_root *root)
{
    free(root->path);
    free(root->uri);
    root->path = NULL;
    root->uri = NULL;
}
