/* Unit results to and from JSON; the facts of each module are serialised by
 * the module (irql_graph_json.c, null_facts_json.c, extension_key_json.c,
 * wdf_attribute_facts_json.c, findings_json.c). */
#include "unit_result.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extension_key.h"
#include "irql_graph.h"
#include "null_summaries.h"
#include "wdf_attribute_facts.h"

#define STATS(X)                                                                                                  \
    X(files) X(files_unparsed) X(files_with_errors) X(parse_errors) X(functions) X(target_calls)                  \
    X(target_calls_in_error_functions)

static json_object *stats_to_json(const ddc_stats *stats)
{
    json_object *object = json_object_new_object();
#define ADD(field) json_object_object_add(object, #field, json_object_new_int64((int64_t)stats->field));
    STATS(ADD)
#undef ADD
    return object;
}

static int add_stats(json_object *object, ddc_stats *stats)
{
    json_object *value = NULL;
#define READ(field)                                                                                               \
    if (!json_object_object_get_ex(object, #field, &value) || !json_object_is_type(value, json_type_int) ||       \
        json_object_get_int64(value) < 0)                                                                         \
        return -1;                                                                                                \
    stats->field += (size_t)json_object_get_int64(value);
    STATS(READ)
#undef READ
    return 0;
}

char *ddc_unit_result_to_text(const ddc_unit_result *result)
{
    json_object *object = json_object_new_object();
    json_object_object_add(object, "file", json_object_new_string(result->file));
    json_object_object_add(object, "unparsed", json_object_new_boolean(result->unparsed));
    json_object_object_add(object, "clean", json_object_new_boolean(result->clean));
    json_object_object_add(object, "stats", stats_to_json(&result->stats));
    json_object *messages = json_object_new_array();
    for (size_t i = 0; i < result->messages.count; i++)
        json_object_array_add(messages, json_object_new_string(result->messages.items[i]));
    json_object_object_add(object, "messages", messages);
    json_object_object_add(object, "findings", ddc_findings_to_json(&result->findings));
    json_object_object_add(object, "irql", ddc_irql_graph_to_json(&result->facts.irql));
    json_object_object_add(object, "nulls", ddc_null_facts_to_json(result->facts.nulls));
    json_object_object_add(object, "keys", ddc_key_facts_to_json(result->facts.keys));
    json_object_object_add(object, "attributes", ddc_attribute_facts_to_json(result->facts.attributes));
    char *text = ddc_strdup(json_object_to_json_string_ext(object, JSON_C_TO_STRING_PLAIN));
    json_object_put(object);
    return text;
}

void ddc_unit_result_free(ddc_unit_result *result)
{
    ddc_strings_free(&result->messages);
    ddc_findings_free(&result->findings);
    ddc_program_facts_free(&result->facts);
}

int ddc_unit_result_add(json_object *result, const ddc_run_totals *totals)
{
    json_object *file = NULL, *clean = NULL, *stats = NULL, *messages = NULL, *findings = NULL, *irql = NULL,
                *nulls = NULL, *keys = NULL, *attributes = NULL;
    if (!json_object_is_type(result, json_type_object) || !json_object_object_get_ex(result, "file", &file) ||
        !json_object_is_type(file, json_type_string) || !json_object_object_get_ex(result, "clean", &clean) ||
        !json_object_object_get_ex(result, "stats", &stats) ||
        !json_object_object_get_ex(result, "messages", &messages) ||
        !json_object_is_type(messages, json_type_array) || !json_object_object_get_ex(result, "findings", &findings) ||
        !json_object_object_get_ex(result, "irql", &irql) || !json_object_object_get_ex(result, "nulls", &nulls) ||
        !json_object_object_get_ex(result, "keys", &keys) ||
        !json_object_object_get_ex(result, "attributes", &attributes))
        return -1;
    size_t message_count = json_object_array_length(messages);
    for (size_t i = 0; totals->print_messages && i < message_count; i++) {
        const char *message = json_object_get_string(json_object_array_get_idx(messages, i));
        if (message)
            fprintf(stderr, "%s\n", message);
    }
    if (add_stats(stats, totals->stats))
        return -1;
    if (json_object_get_boolean(clean) && totals->clean_files)
        ddc_strings_add(totals->clean_files, json_object_get_string(file));
    if (ddc_findings_add_json(totals->findings, findings) || ddc_irql_graph_add_json(&totals->program->irql, irql) ||
        ddc_null_facts_add_json(&totals->program->nulls, nulls) ||
        ddc_key_facts_add_json(&totals->program->keys, keys) ||
        ddc_attribute_facts_add_json(&totals->program->attributes, attributes))
        return -1;
    return 0;
}
