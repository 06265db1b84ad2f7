/* Facts cache entries: <folder>/<key[0..1]>/<key>.json holding
 * {"format": 1, "dependencies": [[path, hash], ...], "result": {...}},
 * written as <folder>/tmp/entry-XXXXXX and renamed. */
#include "facts_cache.h"

#include <errno.h>
#include <search.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "interrupt.h"

#define ENTRY_FORMAT 1
#define MEMO_SIZE (1u << 18) /* distinct files hashed in one run, at most */
/* A temporary file older than this was left by a process killed while
 * writing an entry (writing one takes milliseconds). */
#define STALE_TEMPORARY_SECONDS (60 * 60)

struct ddc_facts_cache {
    char *folder;
    char *context;
    struct hsearch_data memo; /* path -> hash of its content, for this run */
    size_t memo_count;
    ddc_strings memo_keys;    /* owned keys and values of `memo` */
    ddc_strings memo_values;
};

static int make_folder(const char *path)
{
    char *copy = ddc_strdup(path);
    for (char *slash = strchr(copy + 1, '/');; slash = strchr(slash + 1, '/')) {
        if (slash)
            *slash = '\0';
        if (mkdir(copy, 0777) != 0 && errno != EEXIST) {
            free(copy);
            return -1;
        }
        if (!slash)
            break;
        *slash = '/';
    }
    free(copy);
    return ddc_is_directory(path) ? 0 : -1;
}

static char *default_folder(void)
{
    const char *xdg = getenv("XDG_CACHE_HOME");
    if (xdg && xdg[0] == '/')
        return ddc_format("%s/ddicheck", xdg);
    const char *home = getenv("HOME");
    return home && home[0] ? ddc_format("%s/.cache/ddicheck", home) : NULL;
}

/* Removes what processes killed (SIGKILL, a crash, a power cut) while
 * writing an entry left in <folder>/tmp; readers never look there. */
static void remove_stale_temporaries(const char *folder)
{
    DIR *directory = opendir(folder);
    if (!directory)
        return;
    time_t now = time(NULL);
    for (struct dirent *entry; (entry = readdir(directory));) {
        if (strncmp(entry->d_name, "entry-", 6) != 0)
            continue;
        struct stat status;
        if (fstatat(dirfd(directory), entry->d_name, &status, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(status.st_mode) &&
            now - status.st_mtime > STALE_TEMPORARY_SECONDS)
            unlinkat(dirfd(directory), entry->d_name, 0);
    }
    closedir(directory);
}

ddc_facts_cache *ddc_facts_cache_open(const char *folder, const char *context)
{
    char *path = folder ? ddc_strdup(folder) : default_folder();
    if (!path || make_folder(path) != 0) {
        fprintf(stderr, "ddicheck: warning: cannot use the cache folder '%s' (%s); analysing without a cache\n",
                path ? path : "$HOME/.cache/ddicheck", path ? strerror(errno) : "HOME is not set");
        free(path);
        return NULL;
    }
    char *temporaries = ddc_format("%s/tmp", path);
    if (make_folder(temporaries) == 0)
        remove_stale_temporaries(temporaries);
    free(temporaries);
    ddc_facts_cache *cache = ddc_xcalloc(1, sizeof *cache);
    cache->folder = path;
    cache->context = ddc_strdup(context);
    if (!hcreate_r(MEMO_SIZE, &cache->memo)) {
        free(cache->folder);
        free(cache->context);
        free(cache);
        return NULL;
    }
    return cache;
}

const char *ddc_facts_cache_folder(const ddc_facts_cache *cache)
{
    return cache->folder;
}

static char *entry_path(const ddc_facts_cache *cache, const ddc_compile_job *job)
{
    ddc_hasher *hasher = ddc_hasher_new();
    ddc_hasher_add_string(hasher, cache->context);
    ddc_hasher_add_string(hasher, job->file);
    for (size_t i = 0; i < job->args.count; i++)
        ddc_hasher_add_string(hasher, job->args.items[i]);
    ddc_hasher_add_string(hasher, job->project);
    ddc_hasher_add(hasher, &job->user_mode, sizeof job->user_mode);
    char key[DDC_HASH_HEX];
    ddc_hasher_finish(hasher, key);
    return ddc_format("%s/%.2s/%s.json", cache->folder, key, key + 2);
}

/* The hash of `path`'s content, computed once per run. */
static const char *file_hash(ddc_facts_cache *cache, const char *path)
{
    ENTRY query = {(char *)path, NULL}, *found = NULL;
    if (hsearch_r(query, FIND, &found, &cache->memo) && found)
        return found->data;
    char hash[DDC_HASH_HEX];
    ddc_hash_file(path, hash);
    if (cache->memo_count + 1 >= MEMO_SIZE) /* full: compute without remembering */
        return NULL;
    ddc_strings_add(&cache->memo_keys, path);
    ddc_strings_add(&cache->memo_values, hash);
    ENTRY item = {cache->memo_keys.items[cache->memo_keys.count - 1],
                  cache->memo_values.items[cache->memo_values.count - 1]};
    if (!hsearch_r(item, ENTER, &found, &cache->memo))
        return NULL;
    cache->memo_count++;
    return found->data;
}

static bool unchanged(ddc_facts_cache *cache, json_object *dependencies)
{
    if (!json_object_is_type(dependencies, json_type_array))
        return false;
    size_t count = json_object_array_length(dependencies);
    for (size_t i = 0; i < count; i++) {
        json_object *pair = json_object_array_get_idx(dependencies, i);
        if (!json_object_is_type(pair, json_type_array) || json_object_array_length(pair) != 2)
            return false;
        const char *path = json_object_get_string(json_object_array_get_idx(pair, 0));
        const char *hash = json_object_get_string(json_object_array_get_idx(pair, 1));
        if (!path || !hash)
            return false;
        const char *now = file_hash(cache, path);
        char computed[DDC_HASH_HEX];
        if (!now) {
            ddc_hash_file(path, computed);
            now = computed;
        }
        if (strcmp(now, hash) != 0)
            return false;
    }
    return true;
}

json_object *ddc_facts_cache_lookup(ddc_facts_cache *cache, const ddc_compile_job *job)
{
    if (job->contents) /* an editor's unsaved text is not what the file holds */
        return NULL;
    char *path = entry_path(cache, job);
    json_object *entry = json_object_from_file(path);
    free(path);
    json_object *format = NULL, *dependencies = NULL, *result = NULL;
    json_object *found = NULL;
    if (entry && json_object_object_get_ex(entry, "format", &format) &&
        json_object_get_int(format) == ENTRY_FORMAT && json_object_object_get_ex(entry, "dependencies", &dependencies) &&
        json_object_object_get_ex(entry, "result", &result) && json_object_is_type(result, json_type_object) &&
        unchanged(cache, dependencies))
        found = json_object_get(result);
    json_object_put(entry);
    return found;
}

/* Writes `text` to `path` through a temporary file in <folder>/tmp (on the
 * same file system), synced, and a rename: a reader sees the whole entry or
 * none, even after a crash.  A signal removes the temporary file. */
static int write_atomically(const ddc_facts_cache *cache, const char *path, const char *text)
{
    char *temporaries = ddc_format("%s/tmp", cache->folder);
    char *temporary = ddc_format("%s/entry-XXXXXX", temporaries);
    int descriptor = ddc_temp_file_create(temporary);
    if (descriptor < 0 && errno == ENOENT && make_folder(temporaries) == 0) { /* removed since the cache was opened */
        strcpy(temporary + strlen(temporary) - 6, "XXXXXX");
        descriptor = ddc_temp_file_create(temporary);
    }
    free(temporaries);
    if (descriptor < 0) {
        free(temporary);
        return -1;
    }
    FILE *stream = fdopen(descriptor, "w");
    if (!stream) {
        close(descriptor);
        ddc_temp_file_remove(temporary);
        free(temporary);
        return -1;
    }
    bool written = fputs(text, stream) >= 0 && fflush(stream) == 0 && fdatasync(descriptor) == 0;
    written &= fclose(stream) == 0;
    int status = -1;
    if (written) {
        status = ddc_temp_file_rename(temporary, path);
        if (status != 0 && errno == ENOENT) { /* the entry's folder is new */
            char *folder = ddc_dirname(path);
            if (make_folder(folder) == 0)
                status = ddc_temp_file_rename(temporary, path);
            free(folder);
        }
    }
    if (status)
        ddc_temp_file_remove(temporary);
    free(temporary);
    return status;
}

int ddc_facts_cache_store(ddc_facts_cache *cache, const ddc_compile_job *job, const ddc_strings *dependencies,
                          const char *result)
{
    if (job->contents)
        return 0;
    /* The entry is built as text around the result's text: the result is
     * not parsed again only to be written. */
    json_object *pairs = json_object_new_array();
    for (size_t i = 0; i < dependencies->count; i++) {
        char hash[DDC_HASH_HEX];
        ddc_hash_file(dependencies->items[i], hash);
        json_object *pair = json_object_new_array();
        json_object_array_add(pair, json_object_new_string(dependencies->items[i]));
        json_object_array_add(pair, json_object_new_string(hash));
        json_object_array_add(pairs, pair);
    }
    char *text = ddc_format("{\"format\":%d,\"dependencies\":%s,\"result\":%s}\n", ENTRY_FORMAT,
                            json_object_to_json_string_ext(pairs, JSON_C_TO_STRING_PLAIN), result);
    json_object_put(pairs);
    char *path = entry_path(cache, job);
    int status = write_atomically(cache, path, text);
    free(path);
    free(text);
    return status;
}

void ddc_facts_cache_close(ddc_facts_cache *cache)
{
    if (!cache)
        return;
    hdestroy_r(&cache->memo);
    ddc_strings_free(&cache->memo_keys);
    ddc_strings_free(&cache->memo_values);
    free(cache->folder);
    free(cache->context);
    free(cache);
}
