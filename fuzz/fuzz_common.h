/* What the libFuzzer harnesses share: a private scratch folder for inputs
 * that ddicheck reads from disk (.ddicheck.yaml, the contract tables,
 * compile_commands.json), and the self-test crash that proves scripts/fuzz
 * notices a crashing harness.
 *
 * Header-only (static functions): each harness is one C file plus this. */
#ifndef DDC_FUZZ_COMMON_H
#define DDC_FUZZ_COMMON_H

#include <errno.h>
#include <ftw.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../checker/core/util.h"

/* With DDICHECK_FUZZ_SELFTEST=1 in the environment, an input that starts with
 * this makes every harness abort(): `scripts/fuzz --selftest` feeds it to
 * check that a crash is caught, saved and reported.  Without the variable the
 * magic is an input like any other. */
#define DDC_FUZZ_SELFTEST_MAGIC "DDICHECK-FUZZ-SELFTEST-CRASH"

static inline void ddc_fuzz_selftest(const uint8_t *data, size_t size)
{
    static int enabled = -1;
    if (enabled < 0) {
        const char *value = getenv("DDICHECK_FUZZ_SELFTEST");
        enabled = value && strcmp(value, "1") == 0;
    }
    size_t magic = sizeof DDC_FUZZ_SELFTEST_MAGIC - 1;
    if (enabled && size >= magic && memcmp(data, DDC_FUZZ_SELFTEST_MAGIC, magic) == 0) {
        fprintf(stderr, "ddicheck fuzz self-test: aborting on the self-test input, as asked\n");
        abort();
    }
}

/* The harness's scratch folder, made on first use below $TMPDIR (or /tmp)
 * and removed with what is in it when the process exits normally.  Aborts
 * when it cannot be made: the harness cannot run without it. */
static char ddc_fuzz_folder_path[4096];

static int ddc_fuzz_remove_entry(const char *path, const struct stat *info, int type, struct FTW *where)
{
    (void)info;
    (void)type;
    (void)where;
    remove(path);
    return 0;
}

static void ddc_fuzz_remove_folder(void)
{
    nftw(ddc_fuzz_folder_path, ddc_fuzz_remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

static inline const char *ddc_fuzz_folder(const char *harness)
{
    if (ddc_fuzz_folder_path[0])
        return ddc_fuzz_folder_path;
    const char *tmp = getenv("TMPDIR");
    snprintf(ddc_fuzz_folder_path, sizeof ddc_fuzz_folder_path, "%s/ddicheck-%s.XXXXXX", tmp && *tmp ? tmp : "/tmp",
             harness);
    if (!mkdtemp(ddc_fuzz_folder_path)) {
        perror(ddc_fuzz_folder_path);
        abort();
    }
    /* A real path, as ddicheck resolves them (TMPDIR may be a symbolic link). */
    char *real = realpath(ddc_fuzz_folder_path, NULL);
    if (real) {
        snprintf(ddc_fuzz_folder_path, sizeof ddc_fuzz_folder_path, "%s", real);
        free(real);
    }
    atexit(ddc_fuzz_remove_folder);
    return ddc_fuzz_folder_path;
}

/* Writes `size` bytes to `name` (a path relative to it) in the scratch folder (replacing it) and
 * returns the file's path (newly allocated).  Aborts when it cannot: a
 * harness that silently tested nothing would be worse. */
static inline char *ddc_fuzz_write_file(const char *name, const void *data, size_t size)
{
    char *path = ddc_format("%s/%s", ddc_fuzz_folder_path, name);
    FILE *stream = fopen(path, "wb");
    if (!stream || (size && fwrite(data, 1, size, stream) != size) || fclose(stream) != 0) {
        perror(path);
        abort();
    }
    return path;
}

/* Makes the folder `relative` (and those above it) in the scratch folder.
 * Aborts when it cannot. */
static inline void ddc_fuzz_make_folder(const char *relative)
{
    char *path = ddc_format("%s/%s", ddc_fuzz_folder_path, relative);
    for (char *slash = path + strlen(ddc_fuzz_folder_path) + 1;; slash++) {
        bool end = *slash == '\0';
        if (*slash == '/' || end) {
            *slash = '\0';
            if (mkdir(path, 0700) != 0 && errno != EEXIST) {
                perror(path);
                abort();
            }
            if (end)
                break;
            *slash = '/';
        }
    }
    free(path);
}

/* True when a file named `name` is in `folder` or a folder above it: such a
 * file (a stray .ddicheck.yaml, compile_commands.json) would be read along
 * with each input and make the harness depend on the machine. */
static inline bool ddc_fuzz_found_above(const char *folder, const char *name)
{
    char *probe = ddc_strdup(folder);
    bool found = false;
    while (!found) {
        char *candidate = ddc_format("%s%s%s", probe, strcmp(probe, "/") ? "/" : "", name);
        found = access(candidate, F_OK) == 0;
        free(candidate);
        if (strcmp(probe, "/") == 0)
            break;
        char *up = ddc_dirname(probe);
        free(probe);
        probe = up;
    }
    free(probe);
    return found;
}

#endif
