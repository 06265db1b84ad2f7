/* Reading a baseline SARIF file and dropping the findings it holds. */
#include "baseline.h"

#include <errno.h>
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fingerprint.h"
#include "util.h"

static int baseline_error(const char *path, const char *problem, const char *detail)
{
    fprintf(stderr, "ddicheck: error: baseline '%s' %s%s%s\n", path, problem, detail ? ": " : "",
            detail ? detail : "");
    return -1;
}

static int compare_strings(const void *left, const void *right)
{
    return strcmp(*(char *const *)left, *(char *const *)right);
}

static void add_fingerprint(ddc_baseline *baseline, const char *fingerprint)
{
    baseline->fingerprints =
        ddc_xrealloc(baseline->fingerprints, (baseline->count + 1) * sizeof *baseline->fingerprints);
    baseline->fingerprints[baseline->count++] = ddc_strdup(fingerprint);
}

/* Adds the fingerprints of one run's results; returns false for a result
 * without one. */
static bool read_run(ddc_baseline *baseline, json_object *run, size_t run_index, const char *path)
{
    json_object *results = NULL;
    if (!json_object_is_type(run, json_type_object))
        return baseline_error(path, "is not a SARIF log", "a run is not an object"), false;
    if (!json_object_object_get_ex(run, "results", &results))
        return true;
    if (!json_object_is_type(results, json_type_array))
        return baseline_error(path, "is not a SARIF log", "'results' is not an array"), false;
    for (size_t i = 0; i < json_object_array_length(results); i++) {
        json_object *result = json_object_array_get_idx(results, i);
        json_object *fingerprints = NULL, *fingerprint = NULL;
        if (!json_object_is_type(result, json_type_object) ||
            !json_object_object_get_ex(result, "partialFingerprints", &fingerprints) ||
            !json_object_object_get_ex(fingerprints, DDC_FINGERPRINT_KEY, &fingerprint) ||
            !json_object_is_type(fingerprint, json_type_string)) {
            char *where = ddc_format("result %zu of run %zu has no '%s' fingerprint (is it a ddicheck SARIF "
                                     "report?)", i + 1, run_index + 1, DDC_FINGERPRINT_KEY);
            baseline_error(path, "cannot be used", where);
            free(where);
            return false;
        }
        add_fingerprint(baseline, json_object_get_string(fingerprint));
    }
    return true;
}

int ddc_baseline_load(ddc_baseline *baseline, const char *path)
{
    memset(baseline, 0, sizeof *baseline);
    FILE *probe = fopen(path, "rb");
    if (!probe)
        return baseline_error(path, "cannot be read", strerror(errno));
    fclose(probe);
    json_object *root = json_object_from_file(path);
    if (!root)
        return baseline_error(path, "is not valid JSON", json_util_get_last_err());
    int status = 0;
    json_object *runs = NULL;
    if (!json_object_is_type(root, json_type_object) || !json_object_object_get_ex(root, "runs", &runs) ||
        !json_object_is_type(runs, json_type_array)) {
        status = baseline_error(path, "is not a SARIF log", "it has no 'runs' array");
    } else {
        for (size_t i = 0; i < json_object_array_length(runs) && status == 0; i++)
            if (!read_run(baseline, json_object_array_get_idx(runs, i), i, path))
                status = -1;
    }
    json_object_put(root);
    if (status) {
        ddc_baseline_free(baseline);
        return -1;
    }
    if (baseline->count)
        qsort(baseline->fingerprints, baseline->count, sizeof *baseline->fingerprints, compare_strings);
    return 0;
}

static bool not_in_baseline(const ddc_finding *finding, void *data)
{
    const ddc_baseline *baseline = data;
    const char *key = finding->fingerprint;
    return !baseline->count ||
           !bsearch(&key, baseline->fingerprints, baseline->count, sizeof *baseline->fingerprints, compare_strings);
}

size_t ddc_baseline_filter(const ddc_baseline *baseline, ddc_findings *list)
{
    return ddc_findings_keep_if(list, not_in_baseline, (void *)baseline);
}

void ddc_baseline_free(ddc_baseline *baseline)
{
    for (size_t i = 0; i < baseline->count; i++)
        free(baseline->fingerprints[i]);
    free(baseline->fingerprints);
    memset(baseline, 0, sizeof *baseline);
}
