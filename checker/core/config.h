/* .ddicheck.yaml: the configuration of a source tree, found the way
 * clang-tidy finds .clang-tidy.
 *
 * For each analysed file, the nearest .ddicheck.yaml in its folder or a
 * folder above it applies; with "InheritParentConfig: true" it is merged
 * with the next one above (and so on), the nearer one's keys after the
 * farther one's.  Keys (README.md, "Configuration"):
 *
 *   Checks:              clang-tidy style globs (check_globs.h) for findings
 *                        whose primary location is in a file under the
 *                        configuration; joined farthest first, then --checks
 *   InheritParentConfig: true to merge with the configuration above
 *   WdkInclude:          the real WDK's Include/<version> folder, for files
 *                        without a compilation database (wdk_include.h)
 *   Exclude:             path globs (path_glob.h), relative to the
 *                        configuration's folder, of files not to analyse or
 *                        report
 *   Contracts:           contracts for the user's own functions, a list of
 *                        maps (Function, Facts, MaxIrql, MinIrql, MaybeNull,
 *                        Raises, Restores, NullOut, Source); their facts mean
 *                        what they mean in rules/contracts/ddis.tsv, and they
 *                        apply program-wide
 *
 * A malformed file stops ddicheck: "path:line:column: error: ..." on stderr,
 * and the callers exit with status 2. */
#ifndef DDC_CONFIG_H
#define DDC_CONFIG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "compile_jobs.h"
#include "contracts.h"
#include "findings.h"
#include "util.h"

/* The file name looked for in every folder. */
#define DDC_CONFIG_NAME ".ddicheck.yaml"

/* One entry of Contracts. */
typedef struct ddc_config_contract {
    char *function;
    /* The facts in ddis.tsv syntax: Facts, then the friendly keys translated
     * (MaxIrql: DISPATCH_LEVEL -> max_irql=DISPATCH_LEVEL).  May be empty. */
    char *facts;
    char *source;          /* Source, or "<file>:<line>" when not given */
    unsigned line, column; /* of the entry in its file */
} ddc_config_contract;

/* One .ddicheck.yaml as written. */
typedef struct ddc_config_file {
    char *path;            /* absolute */
    char *folder;          /* absolute; relative paths and globs start here */
    bool inherit_parent;
    char *checks;          /* NULL when not given */
    char *wdk_include;     /* absolute, NULL when not given */
    ddc_strings exclude;   /* globs as written */
    ddc_config_contract *contracts;
    size_t contract_count;
} ddc_config_file;

/* Reads and checks one file (config_yaml.c): YAML syntax, known keys, value
 * types, check globs, Exclude globs, that WdkInclude is a WDK include
 * folder, and every contract's facts.  `path` must be absolute.  Returns 0,
 * or -1 after printing "path:line:column: error: ..." (or "path: error:
 * cannot read ..." ) on stderr; `file` is then empty. */
int ddc_config_file_read(const char *path, ddc_config_file *file);

void ddc_config_file_free(ddc_config_file *file);

/* The configuration that applies in one folder. */
typedef struct ddc_config {
    /* The files merged, nearest first: the nearest one, then while a file
     * says InheritParentConfig, the next one above.  Empty when no file
     * applies. */
    const ddc_config_file **chain;
    size_t chain_length;
    /* The chain's Checks, farthest first, then --checks, joined with ','; NULL
     * when none was given (every check is on). */
    char *checks;
    bool *enabled;           /* enabled[i]: ddc_checks[i] is on here */
    const char *wdk_include; /* the nearest WdkInclude, or NULL */
} ddc_config;

/* The configurations found so far, each file read once. */
typedef struct ddc_configs ddc_configs;

/* `config_file`: NULL to search for .ddicheck.yaml, or a file that applies
 * everywhere instead (--config-file; with InheritParentConfig it is merged
 * with the .ddicheck.yaml found above its own folder).  `command_line_checks`:
 * --checks, applied after every file's Checks (already checked by the
 * caller), or NULL. */
ddc_configs *ddc_configs_new(const char *config_file, const char *command_line_checks);

/* The configuration for `path`, a file or a folder (a folder's own
 * .ddicheck.yaml applies to it).  NULL after printing an error when a file
 * that applies cannot be read or is malformed.  Owned by `configs`. */
const ddc_config *ddc_configs_for(ddc_configs *configs, const char *path);

/* True when `path` is matched by an Exclude glob of `config`'s chain (each
 * glob relative to the folder of the file it is written in). */
bool ddc_config_excludes(const ddc_config *config, const char *path);

/* Sets enabled[i] for every check that the configuration of any job's file
 * turns on (the checks to run: findings are filtered per file afterwards).
 * Returns 0, or -1 after printing an error. */
int ddc_configs_enabled_for_jobs(ddc_configs *configs, const ddc_compile_jobs *jobs, bool *enabled);

/* Adds the Contracts of every file read so far to `contracts` (replacing a
 * shipped row of the same name).  Two files that give one function
 * different facts were already refused when the second was read. */
void ddc_configs_add_contracts(const ddc_configs *configs, ddc_contracts *contracts);

/* Drops every finding whose primary location is in an excluded file or in
 * a file whose configuration turns its check off.  Returns 0, or -1 after
 * printing an error. */
int ddc_configs_filter_findings(ddc_configs *configs, ddc_findings *findings);

/* Adds to `hasher` the contracts of every file read so far (function and
 * facts), which is what the configuration contributes to the facts of a
 * unit (the facts cache's key; its Checks and WdkInclude are in the enabled
 * checks and the compile flags). */
struct ddc_hasher;
void ddc_configs_hash_contracts(const ddc_configs *configs, struct ddc_hasher *hasher);

void ddc_configs_free(ddc_configs *configs);

/* Prints `config` as a YAML document (config_dump.c), like clang-tidy's
 * --dump-config: the merged Checks, WdkInclude, Exclude and Contracts, so
 * that the output saved as `folder`/.ddicheck.yaml means the same.  Exclude
 * globs of a file in another folder than `folder` are written as absolute
 * paths.  Returns 0, or -1 when the YAML emitter fails. */
int ddc_config_dump(const ddc_config *config, const char *folder, FILE *out);

#endif
