/* Writing the effective configuration as YAML with libyaml's emitter (see config.h). */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <yaml.h>

/* Emits one event; false when the emitter failed. */
static bool emit(yaml_emitter_t *emitter, yaml_event_t *event, int made)
{
    return made && yaml_emitter_emit(emitter, event);
}

static bool emit_scalar(yaml_emitter_t *emitter, const char *text, yaml_scalar_style_t style)
{
    yaml_event_t event;
    return emit(emitter, &event,
                yaml_scalar_event_initialize(&event, NULL, NULL, (yaml_char_t *)text, (int)strlen(text), 1, 1, style));
}

static bool emit_key(yaml_emitter_t *emitter, const char *key, const char *value, yaml_scalar_style_t style)
{
    return emit_scalar(emitter, key, YAML_PLAIN_SCALAR_STYLE) && emit_scalar(emitter, value, style);
}

static bool start_sequence(yaml_emitter_t *emitter, bool empty)
{
    yaml_event_t event;
    yaml_sequence_style_t style = empty ? YAML_FLOW_SEQUENCE_STYLE : YAML_BLOCK_SEQUENCE_STYLE;
    return emit(emitter, &event, yaml_sequence_start_event_initialize(&event, NULL, NULL, 1, style));
}

static bool end_sequence(yaml_emitter_t *emitter)
{
    yaml_event_t event;
    return emit(emitter, &event, yaml_sequence_end_event_initialize(&event));
}

static bool start_mapping(yaml_emitter_t *emitter)
{
    yaml_event_t event;
    return emit(emitter, &event, yaml_mapping_start_event_initialize(&event, NULL, NULL, 1, YAML_BLOCK_MAPPING_STYLE));
}

static bool end_mapping(yaml_emitter_t *emitter)
{
    yaml_event_t event;
    return emit(emitter, &event, yaml_mapping_end_event_initialize(&event));
}

/* Exclude: every file's globs; those of a file in another folder than the
 * dump's are made absolute so that they keep their meaning. */
static bool emit_exclude(yaml_emitter_t *emitter, const ddc_config *config, const char *folder)
{
    size_t total = 0;
    for (size_t f = 0; f < config->chain_length; f++)
        total += config->chain[f]->exclude.count;
    if (!emit_scalar(emitter, "Exclude", YAML_PLAIN_SCALAR_STYLE) || !start_sequence(emitter, total == 0))
        return false;
    for (size_t f = config->chain_length; f-- > 0;) {
        const ddc_config_file *file = config->chain[f];
        bool same_folder = strcmp(file->folder, folder) == 0;
        for (size_t i = 0; i < file->exclude.count; i++) {
            const char *glob = file->exclude.items[i];
            char *written = same_folder || glob[0] == '/'
                                ? ddc_strdup(glob)
                                : ddc_format("%s%s%s", file->folder, strcmp(file->folder, "/") ? "/" : "", glob);
            bool ok = emit_scalar(emitter, written, YAML_ANY_SCALAR_STYLE);
            free(written);
            if (!ok)
                return false;
        }
    }
    return end_sequence(emitter);
}

/* Does a file nearer than config->chain[file] give `function` a contract?
 * Two files of a chain may (with the same facts); the dump keeps the
 * nearer one, since one file may name a function only once. */
static bool nearer_file_has(const ddc_config *config, size_t file, const char *function)
{
    for (size_t f = 0; f < file; f++)
        for (size_t i = 0; i < config->chain[f]->contract_count; i++)
            if (strcmp(config->chain[f]->contracts[i].function, function) == 0)
                return true;
    return false;
}

/* Contracts: each as Function, Facts (ddis.tsv syntax) and Source. */
static bool emit_contracts(yaml_emitter_t *emitter, const ddc_config *config)
{
    size_t total = 0;
    for (size_t f = 0; f < config->chain_length; f++)
        total += config->chain[f]->contract_count;
    if (!emit_scalar(emitter, "Contracts", YAML_PLAIN_SCALAR_STYLE) || !start_sequence(emitter, total == 0))
        return false;
    for (size_t f = config->chain_length; f-- > 0;) {
        const ddc_config_file *file = config->chain[f];
        for (size_t i = 0; i < file->contract_count; i++) {
            const ddc_config_contract *contract = &file->contracts[i];
            if (nearer_file_has(config, f, contract->function))
                continue;
            bool ok = start_mapping(emitter) &&
                      emit_key(emitter, "Function", contract->function, YAML_ANY_SCALAR_STYLE) &&
                      emit_key(emitter, "Facts", contract->facts, YAML_SINGLE_QUOTED_SCALAR_STYLE) &&
                      emit_key(emitter, "Source", contract->source, YAML_ANY_SCALAR_STYLE) && end_mapping(emitter);
            if (!ok)
                return false;
        }
    }
    return end_sequence(emitter);
}

static int write_output(void *data, unsigned char *buffer, size_t size)
{
    return fwrite(buffer, 1, size, (FILE *)data) == size;
}

int ddc_config_dump(const ddc_config *config, const char *folder, FILE *out)
{
    yaml_emitter_t emitter;
    if (!yaml_emitter_initialize(&emitter))
        return -1;
    yaml_emitter_set_output(&emitter, write_output, out);
    yaml_emitter_set_unicode(&emitter, 1);
    yaml_emitter_set_width(&emitter, -1);
    yaml_event_t event;
    bool ok = emit(&emitter, &event, yaml_stream_start_event_initialize(&event, YAML_UTF8_ENCODING)) &&
              emit(&emitter, &event, yaml_document_start_event_initialize(&event, NULL, NULL, NULL, 0)) &&
              start_mapping(&emitter) &&
              emit_key(&emitter, "Checks", config->checks ? config->checks : "*", YAML_SINGLE_QUOTED_SCALAR_STYLE);
    if (ok && config->wdk_include)
        ok = emit_key(&emitter, "WdkInclude", config->wdk_include, YAML_ANY_SCALAR_STYLE);
    ok = ok && emit_exclude(&emitter, config, folder) && emit_contracts(&emitter, config) && end_mapping(&emitter) &&
         emit(&emitter, &event, yaml_document_end_event_initialize(&event, 0)) &&
         emit(&emitter, &event, yaml_stream_end_event_initialize(&event)) && yaml_emitter_flush(&emitter);
    if (!ok)
        fprintf(stderr, "ddicheck: error: cannot write the configuration: %s\n",
                emitter.problem ? emitter.problem : "YAML emitter failed");
    yaml_emitter_delete(&emitter);
    return ok ? 0 : -1;
}
