/* The facts cache: what analysing one translation unit gave (its unit
 * result, unit_result.h), kept on disk so that a run where nothing changed
 * parses nothing.
 *
 * An entry is found by a key made of everything that decides the result
 * before parsing: the ddicheck version, the contracts and the enabled checks
 * (the run's context), the file's path, compile flags, driver project and
 * mode.  The entry lists every file the unit read (the main file and every
 * header) with the hash of its content; it is used only when each still
 * hashes the same.  Entries are JSON files written to a temporary file in
 * the cache's tmp/ folder, synced and renamed into place, so concurrent runs,
 * a signal or a crash never leave half an entry where readers look; an entry
 * that cannot be read or parsed is ignored (and rewritten by the next
 * analysis).  A signal removes the temporary file being written
 * (interrupt.h); what a killed process leaves in tmp/ is removed by the next
 * run that opens the cache once it is an hour old. */
#ifndef DDC_FACTS_CACHE_H
#define DDC_FACTS_CACHE_H

#include <stdbool.h>
#include <json-c/json.h>

#include "compile_jobs.h"
#include "content_hash.h"
#include "util.h"

typedef struct ddc_facts_cache ddc_facts_cache;

/* Opens the cache in `folder` (created when missing), or by default in
 * $XDG_CACHE_HOME/ddicheck (~/.cache/ddicheck).  `context` is the hash of
 * what every unit of the run shares (ddc_facts_cache_context).  Returns NULL
 * with a warning on stderr when the folder cannot be created: the run goes
 * on without a cache. */
ddc_facts_cache *ddc_facts_cache_open(const char *folder, const char *context);

/* The folder the cache lives in. */
const char *ddc_facts_cache_folder(const ddc_facts_cache *cache);

/* The cached unit result for `job` (a new reference), or NULL when there is
 * none, it is damaged, or a file it read has changed since.  File hashes are
 * remembered for the rest of the run. */
json_object *ddc_facts_cache_lookup(ddc_facts_cache *cache, const ddc_compile_job *job);

/* Stores `result` (a unit result's JSON text) for `job`, with the files the
 * unit read (`dependencies`: paths).  Returns 0, or -1 when it could not be
 * written (the run goes on; the next one analyses the file again).  Safe
 * from several processes at once. */
int ddc_facts_cache_store(ddc_facts_cache *cache, const ddc_compile_job *job, const ddc_strings *dependencies,
                          const char *result);

void ddc_facts_cache_close(ddc_facts_cache *cache);

#endif
