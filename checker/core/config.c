/* Finding the .ddicheck.yaml that applies to a file, and merging (see config.h). */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "check_globs.h"
#include "content_hash.h"
#include "path_glob.h"

#include "../checks/check.h"

/* A folder looked at, and the nearest configuration file at or above it. */
typedef struct folder_entry {
    char *folder;
    long file; /* index into files, or -1 when none applies */
} folder_entry;

struct ddc_configs {
    char *forced_file;          /* --config-file, absolute, or NULL */
    const char *command_line_checks;
    ddc_config_file **files;    /* every file read, in reading order */
    size_t file_count;
    folder_entry *folders;
    size_t folder_count;
    ddc_config **effective;     /* effective[i] for files[i] as the nearest; NULL until asked */
    ddc_config *no_file;        /* for folders where no file applies */
};

ddc_configs *ddc_configs_new(const char *config_file, const char *command_line_checks)
{
    ddc_configs *configs = ddc_xcalloc(1, sizeof *configs);
    if (config_file) {
        char *absolute = realpath(config_file, NULL);
        configs->forced_file = absolute ? absolute : ddc_strdup(config_file);
    }
    configs->command_line_checks = command_line_checks;
    return configs;
}

/* `folder` made absolute, or `path`'s folder when it is not a folder. */
static char *folder_of(const char *path)
{
    char *absolute = realpath(path, NULL);
    if (absolute && ddc_is_directory(absolute))
        return absolute;
    char *folder = ddc_dirname(absolute ? absolute : path);
    free(absolute);
    char *resolved = realpath(folder, NULL);
    if (resolved) {
        free(folder);
        return resolved;
    }
    return folder;
}

static int compare_texts(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The facts of `text`, sorted, joined with single spaces: two texts that
 * list the same facts in another order or spacing give the same result. */
static char *canonical_facts(const char *text)
{
    char *copy = ddc_strdup(text);
    ddc_strings facts = {0};
    char *save = NULL;
    for (char *fact = strtok_r(copy, " \t\n", &save); fact; fact = strtok_r(NULL, " \t\n", &save))
        ddc_strings_add(&facts, fact);
    if (facts.count) /* qsort must not be given NULL, which no facts leave */
        qsort(facts.items, facts.count, sizeof *facts.items, compare_texts);
    char *joined = ddc_strdup("");
    for (size_t i = 0; i < facts.count; i++) {
        char *next = ddc_format("%s%s%s", joined, i ? " " : "", facts.items[i]);
        free(joined);
        joined = next;
    }
    ddc_strings_free(&facts);
    free(copy);
    return joined;
}

static bool same_facts(const char *a, const char *b)
{
    char *first = canonical_facts(a), *second = canonical_facts(b);
    bool same = strcmp(first, second) == 0;
    free(first);
    free(second);
    return same;
}

/* Refuses a contract for a function that a file read before gives other facts. */
static int check_contracts_agree(const ddc_configs *configs, const ddc_config_file *file)
{
    for (size_t c = 0; c < file->contract_count; c++) {
        const ddc_config_contract *contract = &file->contracts[c];
        for (size_t f = 0; f < configs->file_count; f++) {
            const ddc_config_file *other = configs->files[f];
            for (size_t o = 0; o < other->contract_count; o++) {
                const ddc_config_contract *before = &other->contracts[o];
                if (strcmp(before->function, contract->function) == 0 && !same_facts(before->facts, contract->facts)) {
                    fprintf(stderr, "%s:%u:%u: error: contract for '%s' gives other facts than the one at %s:%u:%u "
                                    "(contracts apply to the whole program)\n",
                            file->path, contract->line, contract->column, contract->function, other->path,
                            before->line, before->column);
                    return -1;
                }
            }
        }
    }
    return 0;
}

/* Reads `path` once; returns its index in configs->files, or -1 on error. */
static long load_file(ddc_configs *configs, const char *path)
{
    for (size_t i = 0; i < configs->file_count; i++)
        if (strcmp(configs->files[i]->path, path) == 0)
            return (long)i;
    ddc_config_file *file = ddc_xcalloc(1, sizeof *file);
    if (ddc_config_file_read(path, file) || check_contracts_agree(configs, file)) {
        ddc_config_file_free(file);
        free(file);
        return -1;
    }
    configs->files = ddc_xrealloc(configs->files, (configs->file_count + 1) * sizeof *configs->files);
    configs->effective = ddc_xrealloc(configs->effective, (configs->file_count + 1) * sizeof *configs->effective);
    configs->files[configs->file_count] = file;
    configs->effective[configs->file_count] = NULL;
    return (long)configs->file_count++;
}

static void remember_folder(ddc_configs *configs, const char *folder, long file)
{
    configs->folders = ddc_xrealloc(configs->folders, (configs->folder_count + 1) * sizeof *configs->folders);
    configs->folders[configs->folder_count++] = (folder_entry){.folder = ddc_strdup(folder), .file = file};
}

/* The nearest file at or above the absolute `folder`: an index, -1 when
 * there is none, -2 on error. */
static long nearest_file(ddc_configs *configs, const char *folder)
{
    ddc_strings walked = {0};
    char *probe = ddc_strdup(folder);
    long found = -1;
    for (;;) {
        bool known = false;
        for (size_t i = 0; i < configs->folder_count && !known; i++)
            if (strcmp(configs->folders[i].folder, probe) == 0) {
                found = configs->folders[i].file;
                known = true;
            }
        if (known)
            break;
        ddc_strings_add(&walked, probe);
        char *candidate = ddc_format("%s%s%s", probe, strcmp(probe, "/") == 0 ? "" : "/", DDC_CONFIG_NAME);
        bool exists = access(candidate, F_OK) == 0;
        if (exists)
            found = load_file(configs, candidate);
        free(candidate);
        if (exists) {
            if (found < 0) {
                found = -2;
                break;
            }
            break;
        }
        if (strcmp(probe, "/") == 0 || strcmp(probe, ".") == 0)
            break;
        char *up = ddc_dirname(probe);
        free(probe);
        probe = up;
    }
    if (found != -2)
        for (size_t i = 0; i < walked.count; i++)
            remember_folder(configs, walked.items[i], found);
    free(probe);
    ddc_strings_free(&walked);
    return found;
}

static void append_checks(char **merged, const char *checks)
{
    if (ddc_check_globs_empty(checks))
        return;
    char *next = *merged ? ddc_format("%s,%s", *merged, checks) : ddc_strdup(checks);
    free(*merged);
    *merged = next;
}

/* Merges the chain that starts at file `first` (-1: none). */
static ddc_config *build_config(ddc_configs *configs, long first)
{
    ddc_config *config = ddc_xcalloc(1, sizeof *config);
    for (long index = first; index >= 0;) {
        const ddc_config_file *file = configs->files[index];
        bool seen = false;
        for (size_t i = 0; i < config->chain_length; i++)
            seen |= config->chain[i] == file;
        if (seen)
            break; /* --config-file that inherits from itself */
        config->chain = ddc_xrealloc(config->chain, (config->chain_length + 1) * sizeof *config->chain);
        config->chain[config->chain_length++] = file;
        if (!file->inherit_parent)
            break;
        char *above = ddc_dirname(file->folder);
        index = strcmp(above, file->folder) == 0 ? -1 : nearest_file(configs, above);
        free(above);
        if (index == -2) {
            free(config->chain);
            free(config);
            return NULL;
        }
    }
    for (size_t i = config->chain_length; i-- > 0;) {
        append_checks(&config->checks, config->chain[i]->checks);
        if (config->chain[i]->wdk_include)
            config->wdk_include = config->chain[i]->wdk_include;
    }
    append_checks(&config->checks, configs->command_line_checks);
    config->enabled = ddc_xcalloc(ddc_check_count, sizeof *config->enabled);
    for (size_t i = 0; i < ddc_check_count; i++)
        config->enabled[i] = true;
    /* Every glob was checked when its file (or the command line) was read. */
    ddc_check_globs_apply(config->checks, config->enabled, NULL);
    return config;
}

const ddc_config *ddc_configs_for(ddc_configs *configs, const char *path)
{
    long first;
    if (configs->forced_file) {
        first = load_file(configs, configs->forced_file);
        if (first < 0)
            return NULL;
    } else if (!*path) {
        first = -1; /* a finding without a location: the command line alone */
    } else {
        char *folder = folder_of(path);
        first = nearest_file(configs, folder);
        free(folder);
        if (first == -2)
            return NULL;
    }
    ddc_config *known = first >= 0 ? configs->effective[first] : configs->no_file;
    if (known)
        return known;
    /* Building may read more files, which moves configs->effective. */
    ddc_config *built = build_config(configs, first);
    if (first >= 0)
        configs->effective[first] = built;
    else
        configs->no_file = built;
    return built;
}

/* `path` relative to `folder`, or NULL when it is not below it. */
static const char *below(const char *path, const char *folder)
{
    size_t length = strlen(folder);
    if (strcmp(folder, "/") == 0)
        return path + 1;
    if (strncmp(path, folder, length) != 0 || path[length] != '/')
        return NULL;
    return path + length + 1;
}

bool ddc_config_excludes(const ddc_config *config, const char *path)
{
    if (!config->chain_length)
        return false;
    char *absolute = realpath(path, NULL);
    const char *full = absolute ? absolute : path;
    bool excluded = false;
    for (size_t f = 0; f < config->chain_length && !excluded; f++) {
        const ddc_config_file *file = config->chain[f];
        const char *relative = below(full, file->folder);
        for (size_t i = 0; i < file->exclude.count && !excluded; i++) {
            const char *glob = file->exclude.items[i];
            excluded = glob[0] == '/' ? ddc_path_glob_match(glob, full)
                                      : relative && ddc_path_glob_match(glob, relative);
        }
    }
    free(absolute);
    return excluded;
}

int ddc_configs_enabled_for_jobs(ddc_configs *configs, const ddc_compile_jobs *jobs, bool *enabled)
{
    for (size_t i = 0; i < ddc_check_count; i++)
        enabled[i] = false;
    for (size_t j = 0; j < jobs->count; j++) {
        const ddc_config *config = ddc_configs_for(configs, jobs->items[j].file);
        if (!config)
            return -1;
        for (size_t i = 0; i < ddc_check_count; i++)
            enabled[i] |= config->enabled[i];
    }
    return 0;
}

void ddc_configs_add_contracts(const ddc_configs *configs, ddc_contracts *contracts)
{
    for (size_t f = 0; f < configs->file_count; f++) {
        const ddc_config_file *file = configs->files[f];
        for (size_t c = 0; c < file->contract_count; c++) {
            const ddc_config_contract *entry = &file->contracts[c];
            ddc_ddi_contract contract = ddc_ddi_contract_empty(entry->function, entry->source);
            ddc_text_mark where = {.path = file->path, .line = entry->line, .column = entry->column};
            /* Already read once without error: cannot fail now. */
            if (ddc_ddi_contract_apply_facts(&contract, entry->facts, &where) == 0)
                ddc_contracts_put(contracts, contract);
            else
                ddc_ddi_contract_free(&contract);
        }
    }
}

static long check_index(const char *check_id)
{
    for (size_t i = 0; i < ddc_check_count; i++)
        if (strcmp(ddc_checks[i]->id, check_id) == 0)
            return (long)i;
    return -1;
}

typedef struct filter_state {
    ddc_configs *configs;
    int status; /* -1 once a configuration could not be read: nothing is kept */
} filter_state;

static bool keeps(const ddc_finding *finding, void *data)
{
    filter_state *state = data;
    const ddc_config *config = state->status ? NULL : ddc_configs_for(state->configs, finding->where.file);
    if (!config) {
        state->status = -1;
        return false;
    }
    long check = check_index(finding->check_id);
    return (check < 0 || config->enabled[check]) && !ddc_config_excludes(config, finding->where.file);
}

int ddc_configs_filter_findings(ddc_configs *configs, ddc_findings *findings)
{
    filter_state state = {configs, 0};
    ddc_findings_keep_if(findings, keeps, &state);
    return state.status;
}

void ddc_configs_hash_contracts(const ddc_configs *configs, ddc_hasher *hasher)
{
    for (size_t f = 0; f < configs->file_count; f++)
        for (size_t c = 0; c < configs->files[f]->contract_count; c++) {
            ddc_hasher_add_string(hasher, configs->files[f]->contracts[c].function);
            ddc_hasher_add_string(hasher, configs->files[f]->contracts[c].facts);
        }
}

static void free_config(ddc_config *config)
{
    if (!config)
        return;
    free(config->chain);
    free(config->checks);
    free(config->enabled);
    free(config);
}

void ddc_configs_free(ddc_configs *configs)
{
    if (!configs)
        return;
    for (size_t i = 0; i < configs->file_count; i++) {
        free_config(configs->effective[i]);
        ddc_config_file_free(configs->files[i]);
        free(configs->files[i]);
    }
    for (size_t i = 0; i < configs->folder_count; i++)
        free(configs->folders[i].folder);
    free_config(configs->no_file);
    free(configs->files);
    free(configs->effective);
    free(configs->folders);
    free(configs->forced_file);
    free(configs);
}
