/* libFuzzer harness: .ddicheck.yaml text -> the configuration reader, the
 * way `ddicheck --dump-config` reads it.
 *
 * An input is one .ddicheck.yaml, or two separated by a form feed (\f): a
 * folder's and its subfolder's (which merges the first with
 * "InheritParentConfig: true").  They are written to a private scratch
 * folder and read through ddc_configs_for for the (sub)folder: YAML syntax,
 * keys, value types, check globs, Exclude globs, WdkInclude, every
 * contract's facts, two files' contracts for one function.  What reads
 * without error is then used the ways a run uses it (its contracts added to
 * a table, an Exclude match) and dumped (--dump-config); the dump is saved
 * as the (sub)folder's .ddicheck.yaml, read back and dumped again, and must
 * give the same text: a dump saved as .ddicheck.yaml means the same.  An
 * input the reader refuses is fine (it prints its error on stderr); a
 * crash, leak, undefined behaviour or a dump that does not read back is a
 * bug. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../checker/core/config.h"
#include "../checker/core/contracts.h"
#include "fuzz_common.h"

static const char *folder;
static char *subfolder;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    folder = ddc_fuzz_folder("fuzz-config");
    char *above = ddc_dirname(folder);
    if (ddc_fuzz_found_above(above, DDC_CONFIG_NAME)) {
        fprintf(stderr, "fuzz_config: a " DDC_CONFIG_NAME " above %s would be merged into every input (its "
                        "InheritParentConfig): set TMPDIR to a folder without one above it\n", folder);
        exit(2);
    }
    free(above);
    subfolder = ddc_format("%s/sub", folder);
    ddc_fuzz_make_folder("sub");
    return 0;
}

/* The configuration of `where` after writing `text` as its .ddicheck.yaml,
 * or NULL when it does not read; `*configs` is then still to be freed. */
static const ddc_config *read_config(const char *where, const void *text, size_t size, ddc_configs **configs)
{
    char *name = ddc_format("%s%s", where == subfolder ? "sub/" : "", DDC_CONFIG_NAME);
    free(ddc_fuzz_write_file(name, text, size));
    free(name);
    *configs = ddc_configs_new(NULL, NULL);
    return ddc_configs_for(*configs, where);
}

/* --dump-config's text for `config` in `where` (newly allocated). */
static char *dump(const ddc_config *config, const char *where, size_t *size)
{
    char *text = NULL;
    FILE *out = open_memstream(&text, size);
    if (!out || ddc_config_dump(config, where, out) != 0) {
        fprintf(stderr, "fuzz_config: the YAML emitter failed on a configuration that was read\n");
        abort();
    }
    fclose(out);
    return text;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ddc_fuzz_selftest(data, size);
    const uint8_t *feed = memchr(data, '\f', size);
    const char *where = folder;
    if (feed) {
        free(ddc_fuzz_write_file(DDC_CONFIG_NAME, data, (size_t)(feed - data)));
        size -= (size_t)(feed + 1 - data);
        data = feed + 1;
        where = subfolder;
    }
    ddc_configs *configs = NULL;
    const ddc_config *config = read_config(where, data, size, &configs);
    if (!config) {
        ddc_configs_free(configs);
        return 0;
    }
    /* What a run does with it. */
    ddc_contracts contracts = {0};
    ddc_configs_add_contracts(configs, &contracts);
    for (size_t i = 0; i < contracts.ddi_count; i++)
        if (ddc_contracts_find_ddi(&contracts, contracts.ddis[i].name) != &contracts.ddis[i])
            abort(); /* the configuration's contracts must be found by name */
    ddc_contracts_free(&contracts);
    char *inside = ddc_format("%s/gen/file.c", where);
    (void)ddc_config_excludes(config, inside);
    free(inside);

    size_t first_size = 0, second_size = 0;
    char *first = dump(config, where, &first_size);
    ddc_configs_free(configs);
    const ddc_config *again = read_config(where, first, first_size, &configs);
    if (!again) {
        fprintf(stderr, "fuzz_config: the dump of a configuration does not read back:\n%s\n", first);
        abort();
    }
    char *second = dump(again, where, &second_size);
    if (first_size != second_size || memcmp(first, second, first_size) != 0) {
        fprintf(stderr, "fuzz_config: the dump changed when read back:\n%s\n---\n%s\n", first, second);
        abort();
    }
    free(first);
    free(second);
    ddc_configs_free(configs);
    return 0;
}
