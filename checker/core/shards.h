/* Shards: `ddicheck --shard K/N` analyses every N-th compile job (those
 * whose number is K-1 modulo N, in the order of the jobs, which is the
 * sorted order of the inputs or the database's) and writes their unit
 * results instead of a report; `ddicheck merge` reads the N shard files,
 * adds the results in job order and runs the whole-program step, which gives
 * exactly the result of one run over every job.  A CI matrix or a build
 * system's remote execution can so spread a large tree over many machines
 * (each with the same checkout, flags and ddicheck).
 *
 * A shard file is JSON: {"format": 1, "version": "<ddicheck>", "shard":
 * [K, N], "jobs": <count>, "whole_program": bool, "checks": [ids that ran],
 * "units": [{"job": i, "result": <unit result> | null}, ...]}. */
#ifndef DDC_SHARDS_H
#define DDC_SHARDS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include <json-c/json.h>

/* Parses "K/N" (1 <= K <= N).  Returns 0, or -1 when malformed. */
int ddc_shard_parse(const char *text, unsigned *k, unsigned *n);

/* The numbers of the jobs of shard K/N among `job_count` jobs, into
 * `selected` (room for job_count); returns how many. */
size_t ddc_shard_select(unsigned k, unsigned n, size_t job_count, size_t *selected);

/* Writes a shard file: `results[i]` (a unit result, or NULL) is job
 * selected[i]'s.  `enabled` is the checks that ran.  Returns 0, or -1 when
 * writing fails. */
int ddc_shard_write(FILE *out, unsigned k, unsigned n, size_t job_count, bool whole_program, const bool *enabled,
                    const size_t *selected, json_object *const *results, size_t count);

/* What the shard files of one run hold, together. */
typedef struct ddc_merged_shards {
    size_t job_count;
    json_object **results; /* results[job]: its unit result, NULL when its worker died */
    bool whole_program;
    bool *enabled;      /* the checks that ran (ddc_check_count) */
} ddc_merged_shards;

/* Reads `paths[0..count)`: they must be shards 1..N of one run (same
 * version, job count, N and checks), each exactly once.  Returns 0, or -1
 * with a message naming the file and what is wrong. */
int ddc_shards_read(char *const *paths, size_t count, ddc_merged_shards *merged);

void ddc_merged_shards_free(ddc_merged_shards *merged);

#endif
