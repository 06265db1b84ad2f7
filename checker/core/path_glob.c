/* Matching path globs with "**" segment by segment. */
#include "path_glob.h"

#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* Splits `text` (modified) at '/' into its non-empty segments other than ".". */
static size_t split_segments(char *text, char ***segments)
{
    size_t count = 0, capacity = 8;
    *segments = ddc_xcalloc(capacity, sizeof **segments);
    char *save = NULL;
    for (char *part = strtok_r(text, "/", &save); part; part = strtok_r(NULL, "/", &save)) {
        if (strcmp(part, ".") == 0)
            continue;
        if (count == capacity) {
            capacity *= 2;
            *segments = ddc_xrealloc(*segments, capacity * sizeof **segments);
        }
        (*segments)[count++] = part;
    }
    return count;
}

static bool match_from(char **glob, size_t glob_count, size_t g, char **path, size_t path_count, size_t p)
{
    if (g == glob_count)
        return true; /* the glob matched the path or a folder above it */
    if (strcmp(glob[g], "**") == 0)
        return match_from(glob, glob_count, g + 1, path, path_count, p) ||
               (p < path_count && match_from(glob, glob_count, g, path, path_count, p + 1));
    return p < path_count && fnmatch(glob[g], path[p], 0) == 0 &&
           match_from(glob, glob_count, g + 1, path, path_count, p + 1);
}

bool ddc_path_glob_match(const char *glob, const char *path)
{
    if ((glob[0] == '/') != (path[0] == '/'))
        return false;
    char *glob_copy = ddc_strdup(glob), *path_copy = ddc_strdup(path);
    char **glob_segments = NULL, **path_segments = NULL;
    size_t glob_count = split_segments(glob_copy, &glob_segments);
    size_t path_count = split_segments(path_copy, &path_segments);
    bool matched = glob_count > 0 && match_from(glob_segments, glob_count, 0, path_segments, path_count, 0);
    free(glob_segments);
    free(path_segments);
    free(glob_copy);
    free(path_copy);
    return matched;
}

bool ddc_path_glob_valid(const char *glob, const char **why)
{
    char *copy = ddc_strdup(glob);
    char **segments = NULL;
    size_t count = split_segments(copy, &segments);
    *why = NULL;
    if (count == 0)
        *why = "an empty glob would exclude the whole folder";
    for (size_t i = 0; i < count && !*why; i++) {
        if (strcmp(segments[i], "..") == 0)
            *why = "a glob may not leave its folder with '..'";
        /* An unclosed '[' makes fnmatch compare it literally: a typo. */
        const char *open = strchr(segments[i], '[');
        if (!*why && open && !strchr(open + 1, ']'))
            *why = "'[' without a closing ']'";
    }
    free(segments);
    free(copy);
    return *why == NULL;
}
