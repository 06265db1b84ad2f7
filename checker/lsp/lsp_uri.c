/* file:// URIs to paths and back (see lsp_uri.h). */
#include "lsp_uri.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "../core/util.h"

static int hex_value(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

char *ddc_lsp_uri_to_path(const char *uri)
{
    static const char scheme[] = "file://";
    if (strncasecmp(uri, scheme, sizeof scheme - 1) != 0)
        return NULL;
    const char *rest = uri + sizeof scheme - 1;
    if (strncasecmp(rest, "localhost/", 10) == 0)
        rest += 9;
    if (rest[0] != '/')
        return NULL; /* another host, or not a path */
    size_t length = strcspn(rest, "?#");
    char *path = ddc_xmalloc(length + 1);
    size_t out = 0;
    for (size_t i = 0; i < length; i++) {
        int high, low;
        if (rest[i] == '%' && i + 2 < length && (high = hex_value(rest[i + 1])) >= 0 &&
            (low = hex_value(rest[i + 2])) >= 0) {
            char decoded = (char)(high * 16 + low);
            if (decoded == '\0') {
                free(path);
                return NULL;
            }
            path[out++] = decoded;
            i += 2;
        } else {
            path[out++] = rest[i];
        }
    }
    path[out] = '\0';
    return path;
}

char *ddc_lsp_path_to_uri(const char *path)
{
    char *absolute = NULL;
    if (path[0] != '/') {
        char *cwd = getcwd(NULL, 0);
        absolute = ddc_format("%s/%s", cwd ? cwd : "", path);
        free(cwd);
        path = absolute;
    }
    size_t length = strlen(path);
    char *uri = ddc_xmalloc(sizeof "file://" + length * 3);
    size_t out = (size_t)sprintf(uri, "file://");
    for (const unsigned char *c = (const unsigned char *)path; *c; c++) {
        if (isalnum(*c) || strchr("-._~/", *c))
            uri[out++] = (char)*c;
        else
            out += (size_t)sprintf(uri + out, "%%%02X", *c);
    }
    uri[out] = '\0';
    free(absolute);
    return uri;
}
