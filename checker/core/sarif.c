/* The SARIF log: run, results, locations, code flows. */
#include "sarif.h"

#include <json-c/json.h>
#include <stdlib.h>
#include <string.h>

#include "../checks/check.h"
#include "suppressions.h"
#include "fingerprint.h"
#include "sarif_driver.h"
#include "util.h"

static const char schema_uri[] = "https://json.schemastore.org/sarif-2.1.0.json";
static const char root_base_id[] = "%SRCROOT%";

/* Clang counts columns in bytes; SARIF in UTF-16 code units.  Counts the
 * units of the bytes before `column` on the line (bytes past its end, and
 * an unreadable line, count one each). */
static unsigned utf16_column(ddc_sources *sources, const ddc_location *where)
{
    size_t length = 0;
    const unsigned char *line = (const unsigned char *)ddc_sources_line(sources, where->file, where->line, &length);
    if (!line || where->column == 0)
        return where->column;
    size_t bytes = where->column - 1;
    unsigned units = 0;
    for (size_t i = 0; i < bytes; i++) {
        if (i >= length || line[i] < 0x80 || (line[i] >= 0xC0 && line[i] < 0xF0))
            units++;         /* ASCII, or the lead byte of a 2- or 3-byte sequence */
        else if (line[i] >= 0xF0)
            units += 2;      /* a 4-byte sequence: a surrogate pair */
    }                        /* continuation bytes add nothing */
    return units + 1;
}

static json_object *artifact_location(const ddc_sarif_options *options, const char *file)
{
    json_object *artifact = json_object_new_object();
    char *relative = ddc_source_root_relative(options->root, file);
    if (relative) {
        char *uri = ddc_uri_encode_path(relative);
        json_object_object_add(artifact, "uri", json_object_new_string(uri));
        json_object_object_add(artifact, "uriBaseId", json_object_new_string(root_base_id));
        free(uri);
    } else {
        char *absolute = ddc_absolute_path(file);
        char *encoded = ddc_uri_encode_path(absolute);
        char *uri = ddc_format("file://%s", encoded);
        json_object_object_add(artifact, "uri", json_object_new_string(uri));
        free(uri);
        free(encoded);
        free(absolute);
    }
    free(relative);
    return artifact;
}

static json_object *message_of(const char *text)
{
    json_object *message = json_object_new_object();
    json_object_object_add(message, "text", json_object_new_string(text));
    return message;
}

/* A location object: the physical location and, when given, a message.  A
 * finding without a file (which should not happen) gets a location with only
 * the message. */
static json_object *location_of(const ddc_sarif_options *options, const ddc_location *where, const char *message)
{
    json_object *location = json_object_new_object();
    if (where->file[0]) {
        json_object *physical = json_object_new_object();
        json_object_object_add(physical, "artifactLocation", artifact_location(options, where->file));
        if (where->line) {
            json_object *region = json_object_new_object();
            json_object_object_add(region, "startLine", json_object_new_int64(where->line));
            if (where->column)
                json_object_object_add(region, "startColumn",
                                       json_object_new_int64(utf16_column(options->sources, where)));
            json_object_object_add(physical, "region", region);
        }
        json_object_object_add(location, "physicalLocation", physical);
    }
    if (message)
        json_object_object_add(location, "message", message_of(message));
    return location;
}

/* The notes, each a related location with an id (1, 2, ...). */
static json_object *related_locations(const ddc_sarif_options *options, const ddc_finding *finding)
{
    json_object *related = json_object_new_array();
    for (size_t n = 0; n < finding->note_count; n++) {
        const ddc_note *note = &finding->notes[n];
        json_object *location = location_of(options, &note->where, note->message);
        json_object_object_add(location, "id", json_object_new_int64((int64_t)n + 1));
        json_object_array_add(related, location);
    }
    return related;
}

/* One code flow with one thread flow: the notes in order (the why), then the
 * primary location (the what). */
static json_object *code_flows(const ddc_sarif_options *options, const ddc_finding *finding)
{
    json_object *steps = json_object_new_array();
    for (size_t n = 0; n <= finding->note_count; n++) {
        bool primary = n == finding->note_count;
        const ddc_location *where = primary ? &finding->where : &finding->notes[n].where;
        const char *message = primary ? finding->message : finding->notes[n].message;
        json_object *step = json_object_new_object();
        json_object_object_add(step, "location", location_of(options, where, message));
        json_object_array_add(steps, step);
    }
    json_object *thread_flow = json_object_new_object();
    json_object_object_add(thread_flow, "locations", steps);
    json_object *thread_flows = json_object_new_array();
    json_object_array_add(thread_flows, thread_flow);
    json_object *code_flow = json_object_new_object();
    json_object_object_add(code_flow, "threadFlows", thread_flows);
    json_object *flows = json_object_new_array();
    json_object_array_add(flows, code_flow);
    return flows;
}

/* The index of the check's rule in tool.driver.rules (sarif_driver.c). */
static long rule_index(const char *check_id)
{
    for (size_t i = 0; i < ddc_check_count; i++)
        if (strcmp(ddc_checks[i]->id, check_id) == 0)
            return (long)i;
    if (strcmp(check_id, DDC_UNUSED_SUPPRESSION_CHECK) == 0)
        return (long)ddc_check_count;
    return -1;
}

static json_object *result_of(const ddc_sarif_options *options, const ddc_finding *finding)
{
    json_object *result = json_object_new_object();
    json_object_object_add(result, "ruleId", json_object_new_string(finding->check_id));
    long index = rule_index(finding->check_id);
    if (index >= 0)
        json_object_object_add(result, "ruleIndex", json_object_new_int64(index));
    json_object_object_add(result, "level", json_object_new_string("warning"));
    json_object_object_add(result, "message", message_of(finding->message));
    json_object *locations = json_object_new_array();
    json_object_array_add(locations, location_of(options, &finding->where, NULL));
    json_object_object_add(result, "locations", locations);
    if (finding->note_count) {
        json_object_object_add(result, "relatedLocations", related_locations(options, finding));
        json_object_object_add(result, "codeFlows", code_flows(options, finding));
    }
    json_object *fingerprints = json_object_new_object();
    json_object_object_add(fingerprints, DDC_FINGERPRINT_KEY, json_object_new_string(finding->fingerprint));
    json_object_object_add(result, "partialFingerprints", fingerprints);
    return result;
}

static json_object *run_of(const ddc_findings *list, const ddc_sarif_options *options)
{
    json_object *run = json_object_new_object();
    json_object *tool = json_object_new_object();
    json_object_object_add(tool, "driver", ddc_sarif_driver(options->pages, options->sources));
    json_object_object_add(run, "tool", tool);
    json_object *root = json_object_new_object();
    json_object_object_add(root, "uri", json_object_new_string(options->root->uri));
    json_object *base_ids = json_object_new_object();
    json_object_object_add(base_ids, root_base_id, root);
    json_object_object_add(run, "originalUriBaseIds", base_ids);
    json_object *results = json_object_new_array();
    for (size_t i = 0; i < list->count; i++)
        json_object_array_add(results, result_of(options, &list->items[i]));
    json_object_object_add(run, "results", results);
    json_object_object_add(run, "columnKind", json_object_new_string("utf16CodeUnits"));
    return run;
}

int ddc_sarif_print(const ddc_findings *list, const ddc_sarif_options *options, FILE *out)
{
    json_object *log = json_object_new_object();
    json_object_object_add(log, "$schema", json_object_new_string(schema_uri));
    json_object_object_add(log, "version", json_object_new_string("2.1.0"));
    json_object *runs = json_object_new_array();
    json_object_array_add(runs, run_of(list, options));
    json_object_object_add(log, "runs", runs);
    const char *text = json_object_to_json_string_ext(log, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED |
                                                       JSON_C_TO_STRING_NOSLASHESCAPE);
    int status = text ? 0 : -1;
    if (text) { /* write errors: -o's commit catches them */
        ddc_fputs_utf8(text, out);
        fputc('\n', out);
    }
    json_object_put(log);
    return status;
}
