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

/* Does glob[0..] match path[0..] or a folder above it?  Row by row from the
 * last glob segment (matches[p]: glob[g..] matches path[p..]), so that
 * "**" / "**" / ... costs glob x path steps, not a search of every split. */
static bool match_segments(char **glob, size_t glob_count, char **path, size_t path_count)
{
    bool *below = ddc_xcalloc(path_count + 1, sizeof *below), *row = ddc_xcalloc(path_count + 1, sizeof *row);
    for (size_t p = 0; p <= path_count; p++)
        below[p] = true; /* nothing left of the glob: it matched the path or a folder above it */
    for (size_t g = glob_count; g-- > 0;) {
        bool any = strcmp(glob[g], "**") == 0;
        for (size_t p = path_count + 1; p-- > 0;) {
            if (any)
                row[p] = below[p] || (p < path_count && row[p + 1]);
            else
                row[p] = p < path_count && below[p + 1] && fnmatch(glob[g], path[p], 0) == 0;
        }
        bool *swap = below;
        below = row;
        row = swap;
    }
    bool matched = below[0];
    free(below);
    free(row);
    return matched;
}

bool ddc_path_glob_match(const char *glob, const char *path)
{
    if ((glob[0] == '/') != (path[0] == '/'))
        return false;
    char *glob_copy = ddc_strdup(glob), *path_copy = ddc_strdup(path);
    char **glob_segments = NULL, **path_segments = NULL;
    size_t glob_count = split_segments(glob_copy, &glob_segments);
    size_t path_count = split_segments(path_copy, &path_segments);
    bool matched = glob_count > 0 && match_segments(glob_segments, glob_count, path_segments, path_count);
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
