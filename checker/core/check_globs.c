/* Applying clang-tidy style check globs. */
#include "check_globs.h"

#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>

#include "../checks/check.h"
#include "util.h"

static const char separators[] = ", \t\r\n";

bool ddc_check_globs_apply(const char *globs, bool *enabled, char **unmatched)
{
    if (unmatched)
        *unmatched = NULL;
    if (!globs)
        return true;
    char *copy = ddc_strdup(globs);
    bool ok = true;
    char *save = NULL;
    /* Separating at spaces as well as commas: a check id has none. */
    for (char *glob = strtok_r(copy, separators, &save); glob; glob = strtok_r(NULL, separators, &save)) {
        bool disable = glob[0] == '-';
        const char *pattern = disable ? glob + 1 : glob;
        bool matched = false;
        for (size_t i = 0; i < ddc_check_count; i++)
            if (fnmatch(pattern, ddc_checks[i]->id, 0) == 0) {
                enabled[i] = !disable;
                matched = true;
            }
        if (!matched && !disable && ok) {
            ok = false;
            if (unmatched)
                *unmatched = ddc_strdup(pattern);
        }
    }
    free(copy);
    return ok;
}

bool ddc_check_globs_empty(const char *globs)
{
    return !globs || globs[strspn(globs, separators)] == '\0';
}
