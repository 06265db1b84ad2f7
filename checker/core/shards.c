/* Writing and merging shard files. */
#include "shards.h"

#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

#include "../checks/check.h"
#include "util.h"

#ifndef DDC_VERSION
#define DDC_VERSION "0.1.0"
#endif

#define SHARD_FORMAT 1

int ddc_shard_parse(const char *text, unsigned *k, unsigned *n)
{
    char *end = NULL;
    unsigned long first = strtoul(text, &end, 10);
    if (end == text || *end != '/')
        return -1;
    const char *second_text = end + 1;
    unsigned long second = strtoul(second_text, &end, 10);
    if (end == second_text || *end != '\0' || first < 1 || second < 1 || first > second || second > 100000)
        return -1;
    *k = (unsigned)first;
    *n = (unsigned)second;
    return 0;
}

size_t ddc_shard_select(unsigned k, unsigned n, size_t job_count, size_t *selected)
{
    size_t count = 0;
    for (size_t job = k - 1; job < job_count; job += n)
        selected[count++] = job;
    return count;
}

int ddc_shard_write(FILE *out, unsigned k, unsigned n, size_t job_count, bool whole_program, const bool *enabled,
                    const size_t *selected, json_object *const *results, size_t count)
{
    json_object *version = json_object_new_string(DDC_VERSION);
    fprintf(out, "{\"format\":%d,\"version\":%s,\"shard\":[%u,%u],\"jobs\":%zu,\"whole_program\":%s,\"checks\":[",
            SHARD_FORMAT, json_object_to_json_string(version), k, n, job_count, whole_program ? "true" : "false");
    json_object_put(version);
    bool first = true;
    for (size_t i = 0; i < ddc_check_count; i++)
        if (enabled[i]) {
            fprintf(out, "%s\"%s\"", first ? "" : ",", ddc_checks[i]->id);
            first = false;
        }
    fputs("],\"units\":[", out);
    for (size_t i = 0; i < count; i++)
        fprintf(out, "%s\n{\"job\":%zu,\"result\":%s}", i ? "," : "", selected[i],
                results[i] ? json_object_to_json_string_ext(results[i], JSON_C_TO_STRING_PLAIN) : "null");
    fputs("]}\n", out);
    return ferror(out) ? -1 : 0;
}

static bool get(json_object *object, const char *key, json_type type, json_object **value)
{
    return json_object_object_get_ex(object, key, value) && json_object_is_type(*value, type);
}

static int shard_error(const char *path, const char *what)
{
    fprintf(stderr, "ddicheck: error: '%s' %s\n", path, what);
    return -1;
}

/* Reads the checks list into enabled[] (zeroed); false when an id is unknown. */
static bool read_checks(json_object *checks, bool *enabled)
{
    memset(enabled, 0, ddc_check_count * sizeof *enabled);
    size_t count = json_object_array_length(checks);
    for (size_t i = 0; i < count; i++) {
        const char *id = json_object_get_string(json_object_array_get_idx(checks, i));
        size_t c = 0;
        while (c < ddc_check_count && (!id || strcmp(ddc_checks[c]->id, id) != 0))
            c++;
        if (c == ddc_check_count)
            return false;
        enabled[c] = true;
    }
    return true;
}

static int read_one(const char *path, json_object *shard, ddc_merged_shards *merged, unsigned *n, bool *seen_shards,
                    bool *have_job, bool *checks_scratch)
{
    json_object *format, *version, *numbers, *jobs, *whole, *checks, *units;
    if (!shard)
        return shard_error(path, "cannot be read as JSON (is it a shard file of 'ddicheck --shard'?)");
    if (!get(shard, "format", json_type_int, &format) || json_object_get_int(format) != SHARD_FORMAT ||
        !get(shard, "version", json_type_string, &version) || !get(shard, "shard", json_type_array, &numbers) ||
        json_object_array_length(numbers) != 2 || !get(shard, "jobs", json_type_int, &jobs) ||
        !get(shard, "whole_program", json_type_boolean, &whole) || !get(shard, "checks", json_type_array, &checks) ||
        !get(shard, "units", json_type_array, &units))
        return shard_error(path, "is not a shard file of this ddicheck");
    if (strcmp(json_object_get_string(version), DDC_VERSION) != 0)
        return shard_error(path, "was written by another version of ddicheck");
    int k = json_object_get_int(json_object_array_get_idx(numbers, 0));
    int count = json_object_get_int(json_object_array_get_idx(numbers, 1));
    int64_t job_count = json_object_get_int64(jobs);
    if (count < 1 || k < 1 || k > count || job_count < 0 || !read_checks(checks, checks_scratch))
        return shard_error(path, "is not a shard file of this ddicheck");
    if (!merged->results) { /* the first file sets what the others must match */
        *n = (unsigned)count;
        merged->job_count = (size_t)job_count;
        merged->results = ddc_xcalloc(merged->job_count + 1, sizeof *merged->results);
        merged->whole_program = json_object_get_boolean(whole);
        memcpy(merged->enabled, checks_scratch, ddc_check_count * sizeof *merged->enabled);
    } else if ((unsigned)count != *n || (size_t)job_count != merged->job_count ||
               merged->whole_program != json_object_get_boolean(whole) ||
               memcmp(merged->enabled, checks_scratch, ddc_check_count * sizeof *merged->enabled) != 0) {
        return shard_error(path, "belongs to another run (its shard count, jobs, inputs or checks differ)");
    }
    if (seen_shards[k - 1])
        return shard_error(path, "is a shard given twice");
    seen_shards[k - 1] = true;
    size_t unit_count = json_object_array_length(units);
    for (size_t i = 0; i < unit_count; i++) {
        json_object *unit = json_object_array_get_idx(units, i), *job, *result;
        if (!get(unit, "job", json_type_int, &job) || !json_object_object_get_ex(unit, "result", &result))
            return shard_error(path, "has a malformed unit");
        int64_t number = json_object_get_int64(job);
        if (number < 0 || (size_t)number >= merged->job_count || (size_t)number % *n != (size_t)(k - 1) ||
            have_job[number])
            return shard_error(path, "has a unit that is not its shard's");
        have_job[number] = true;
        if (result && !json_object_is_type(result, json_type_null))
            merged->results[number] = json_object_get(result);
    }
    return 0;
}

int ddc_shards_read(char *const *paths, size_t count, ddc_merged_shards *merged)
{
    memset(merged, 0, sizeof *merged);
    merged->enabled = ddc_xcalloc(ddc_check_count, sizeof *merged->enabled);
    bool *checks = ddc_xcalloc(ddc_check_count, sizeof *checks);
    bool *seen_shards = NULL, *have_job = NULL;
    unsigned n = 0;
    int status = 0;
    for (size_t i = 0; i < count && status == 0; i++) {
        json_object *shard = json_object_from_file(paths[i]);
        if (shard && !merged->results) {
            json_object *numbers, *jobs;
            if (get(shard, "shard", json_type_array, &numbers) && get(shard, "jobs", json_type_int, &jobs)) {
                int total = json_object_get_int(json_object_array_get_idx(numbers, 1));
                seen_shards = ddc_xcalloc(total > 0 ? (size_t)total : 1, sizeof *seen_shards);
                int64_t job_total = json_object_get_int64(jobs);
                have_job = ddc_xcalloc(job_total > 0 ? (size_t)job_total : 1, sizeof *have_job);
            }
        }
        status = seen_shards && have_job ? read_one(paths[i], shard, merged, &n, seen_shards, have_job, checks)
                                         : shard_error(paths[i], "is not a shard file of this ddicheck");
        json_object_put(shard);
    }
    for (unsigned k = 0; status == 0 && k < n; k++)
        if (!seen_shards[k]) {
            fprintf(stderr, "ddicheck: error: shard %u/%u is missing from the files given to 'ddicheck merge'\n",
                    k + 1, n);
            status = -1;
        }
    free(seen_shards);
    free(have_job);
    free(checks);
    if (status)
        ddc_merged_shards_free(merged);
    return status;
}

void ddc_merged_shards_free(ddc_merged_shards *merged)
{
    for (size_t i = 0; merged->results && i < merged->job_count; i++)
        json_object_put(merged->results[i]);
    free(merged->results);
    free(merged->enabled);
    memset(merged, 0, sizeof *merged);
}
