/* Reading one .ddicheck.yaml with libyaml (see config.h). */
#include "config.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <yaml.h>

#include "check_globs.h"
#include "path_glob.h"
#include "wdk_include.h"

#include "../checks/check.h"

/* What the reader of one file needs at hand. */
typedef struct reader {
    const char *path;
    yaml_document_t *document;
    ddc_config_file *file;
} reader;

static void report(const reader *r, const yaml_node_t *node, const char *format, ...)
    __attribute__((format(printf, 3, 4)));

/* Prints "path:line:column: error: message" for `node`. */
static void report(const reader *r, const yaml_node_t *node, const char *format, ...)
{
    va_list args;
    va_start(args, format);
    char *message = ddc_vformat(format, args);
    va_end(args);
    fprintf(stderr, "%s:%zu:%zu: error: %s\n", r->path, node->start_mark.line + 1, node->start_mark.column + 1,
            message);
    free(message);
}

static ddc_text_mark mark_of(const reader *r, const yaml_node_t *node)
{
    return (ddc_text_mark){.path = r->path,
                           .line = (unsigned)node->start_mark.line + 1,
                           .column = (unsigned)node->start_mark.column + 1};
}

static const char *scalar_text(const yaml_node_t *node)
{
    return (const char *)node->data.scalar.value;
}

/* A plain empty, "~" or "null" scalar: the key is given no value. */
static bool is_null(const yaml_node_t *node)
{
    if (node->type != YAML_SCALAR_NODE || node->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
        return false;
    const char *text = scalar_text(node);
    return !*text || strcmp(text, "~") == 0 || strcmp(text, "null") == 0 || strcmp(text, "Null") == 0 ||
           strcmp(text, "NULL") == 0;
}

static int read_string(const reader *r, const char *key, const yaml_node_t *node, char **value)
{
    if (node->type != YAML_SCALAR_NODE) {
        report(r, node, "'%s' must be a string", key);
        return -1;
    }
    *value = ddc_strdup(scalar_text(node));
    return 0;
}

/* A YAML 1.2 core schema boolean, written plain. */
static int read_bool(const reader *r, const char *key, const yaml_node_t *node, bool *value)
{
    static const char *const yes[] = {"true", "True", "TRUE"}, *const no[] = {"false", "False", "FALSE"};
    if (node->type == YAML_SCALAR_NODE && node->data.scalar.style == YAML_PLAIN_SCALAR_STYLE)
        for (size_t i = 0; i < 3; i++) {
            if (strcmp(scalar_text(node), yes[i]) == 0 || strcmp(scalar_text(node), no[i]) == 0) {
                *value = strcmp(scalar_text(node), yes[i]) == 0;
                return 0;
            }
        }
    report(r, node, "'%s' must be true or false", key);
    return -1;
}

/* A string, or a list of strings joined with `separator`. */
static int read_string_or_list(const reader *r, const char *key, const yaml_node_t *node, const char *separator,
                               char **value)
{
    if (node->type == YAML_SCALAR_NODE)
        return read_string(r, key, node, value);
    if (node->type != YAML_SEQUENCE_NODE) {
        report(r, node, "'%s' must be a string or a list of strings", key);
        return -1;
    }
    char *joined = ddc_strdup("");
    for (yaml_node_item_t *item = node->data.sequence.items.start; item < node->data.sequence.items.top; item++) {
        const yaml_node_t *element = yaml_document_get_node(r->document, *item);
        if (element->type != YAML_SCALAR_NODE) {
            report(r, element, "'%s' must be a string or a list of strings", key);
            free(joined);
            return -1;
        }
        char *next = ddc_format("%s%s%s", joined, *joined ? separator : "", scalar_text(element));
        free(joined);
        joined = next;
    }
    *value = joined;
    return 0;
}

static int read_checks(const reader *r, const yaml_node_t *node)
{
    if (read_string_or_list(r, "Checks", node, ",", &r->file->checks))
        return -1;
    bool *scratch = ddc_xcalloc(ddc_check_count, sizeof *scratch);
    char *unmatched = NULL;
    bool ok = ddc_check_globs_apply(r->file->checks, scratch, &unmatched);
    free(scratch);
    if (!ok)
        report(r, node, "'%s' in Checks matches no check (see --list-checks)", unmatched);
    free(unmatched);
    return ok ? 0 : -1;
}

static int read_wdk_include(const reader *r, const yaml_node_t *node)
{
    char *written = NULL;
    if (read_string(r, "WdkInclude", node, &written))
        return -1;
    char *joined = written[0] == '/' ? ddc_strdup(written) : ddc_format("%s/%s", r->file->folder, written);
    char *absolute = realpath(joined, NULL);
    const char *why = NULL;
    int status = 0;
    if (!*written || !ddc_wdk_include_valid(absolute ? absolute : joined, &why)) {
        report(r, node, "WdkInclude '%s' %s", written, why ? why : "is empty");
        status = -1;
    } else {
        r->file->wdk_include = ddc_strdup(absolute ? absolute : joined);
    }
    free(absolute);
    free(joined);
    free(written);
    return status;
}

static int read_exclude(const reader *r, const yaml_node_t *node)
{
    if (node->type == YAML_SCALAR_NODE && !is_null(node)) {
        report(r, node, "'Exclude' must be a list of globs (write '- %s')", scalar_text(node));
        return -1;
    }
    if (is_null(node))
        return 0;
    if (node->type != YAML_SEQUENCE_NODE) {
        report(r, node, "'Exclude' must be a list of globs");
        return -1;
    }
    for (yaml_node_item_t *item = node->data.sequence.items.start; item < node->data.sequence.items.top; item++) {
        const yaml_node_t *element = yaml_document_get_node(r->document, *item);
        const char *why = NULL;
        if (element->type != YAML_SCALAR_NODE) {
            report(r, element, "'Exclude' must be a list of globs");
            return -1;
        }
        if (!ddc_path_glob_valid(scalar_text(element), &why)) {
            report(r, element, "bad Exclude glob '%s': %s", scalar_text(element), why);
            return -1;
        }
        ddc_strings_add(&r->file->exclude, scalar_text(element));
    }
    return 0;
}

/* The keys of a contract that name one fact, and the fact they stand for. */
static const struct {
    const char *key;
    const char *fact;  /* "fact=" takes the value; a flag takes a boolean */
    bool flag;
} friendly_keys[] = {
    {"MaxIrql", "max_irql=", false}, {"MinIrql", "min_irql=", false}, {"Raises", "raises=", false},
    {"NullOut", "null_out=", false}, {"MaybeNull", "maybe_null", true}, {"Restores", "restores", true},
};

static bool is_identifier(const char *text)
{
    if (!*text || (text[0] >= '0' && text[0] <= '9'))
        return false;
    for (const char *c = text; *c; c++)
        if (!(*c == '_' || (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') || (*c >= '0' && *c <= '9')))
            return false;
    return true;
}

/* Applies `facts` (from the value `node`) to the contract and appends them
 * to `all`, the contract's facts string. */
static int add_facts(const reader *r, const yaml_node_t *node, const char *facts, ddc_ddi_contract *contract,
                     char **all)
{
    ddc_text_mark where = mark_of(r, node);
    if (ddc_ddi_contract_apply_facts(contract, facts, &where))
        return -1;
    char *next = ddc_format("%s%s%s", *all, **all && *facts ? " " : "", facts);
    free(*all);
    *all = next;
    return 0;
}

/* Reads one key of a contract map into `contract` (the facts) and `entry`. */
static int read_contract_key(const reader *r, const char *key, const yaml_node_t *value, ddc_ddi_contract *contract,
                             ddc_config_contract *entry)
{
    if (strcmp(key, "Function") == 0 || strcmp(key, "Source") == 0) {
        char **field = key[0] == 'F' ? &entry->function : &entry->source;
        if (read_string(r, key, value, field))
            return -1;
        if (key[0] == 'F' && !is_identifier(*field)) {
            report(r, value, "'Function' must be a C function name, not '%s'", *field);
            return -1;
        }
        return 0;
    }
    if (strcmp(key, "Facts") == 0) {
        char *facts = NULL;
        int status = read_string_or_list(r, key, value, " ", &facts);
        if (status == 0)
            status = add_facts(r, value, facts, contract, &entry->facts);
        free(facts);
        return status;
    }
    for (size_t i = 0; i < sizeof friendly_keys / sizeof friendly_keys[0]; i++) {
        if (strcmp(key, friendly_keys[i].key) != 0)
            continue;
        if (friendly_keys[i].flag) {
            bool on = false;
            if (read_bool(r, key, value, &on))
                return -1;
            return on ? add_facts(r, value, friendly_keys[i].fact, contract, &entry->facts) : 0;
        }
        if (value->type != YAML_SCALAR_NODE || !*scalar_text(value) ||
            scalar_text(value)[strcspn(scalar_text(value), " \t\r\n=")] != '\0') {
            report(r, value, "'%s' must be one word (an IRQL name, or an argument number for NullOut)", key);
            return -1;
        }
        char *fact = ddc_format("%s%s", friendly_keys[i].fact, scalar_text(value));
        int status = add_facts(r, value, fact, contract, &entry->facts);
        free(fact);
        return status;
    }
    report(r, value, "unknown key '%s' in a contract (expected Function, Facts, MaxIrql, MinIrql, MaybeNull, "
                     "Raises, Restores, NullOut or Source)", key);
    return -1;
}

static int read_contract(const reader *r, const yaml_node_t *node, ddc_config_contract *entry)
{
    if (node->type != YAML_MAPPING_NODE) {
        report(r, node, "a contract must be a map with 'Function' and its facts");
        return -1;
    }
    entry->line = (unsigned)node->start_mark.line + 1;
    entry->column = (unsigned)node->start_mark.column + 1;
    entry->facts = ddc_strdup("");
    ddc_ddi_contract contract = ddc_ddi_contract_empty("", "");
    int status = 0;
    ddc_strings seen = {0};
    for (yaml_node_pair_t *pair = node->data.mapping.pairs.start; pair < node->data.mapping.pairs.top && !status;
         pair++) {
        const yaml_node_t *key = yaml_document_get_node(r->document, pair->key);
        const yaml_node_t *value = yaml_document_get_node(r->document, pair->value);
        if (key->type != YAML_SCALAR_NODE) {
            report(r, key, "a contract's keys must be names");
            status = -1;
        } else if (ddc_strings_contains(&seen, scalar_text(key))) {
            report(r, key, "'%s' given twice in one contract", scalar_text(key));
            status = -1;
        } else {
            ddc_strings_add(&seen, scalar_text(key));
            status = read_contract_key(r, scalar_text(key), value, &contract, entry);
        }
    }
    if (status == 0 && !entry->function) {
        report(r, node, "a contract needs 'Function', the name of the function it is about");
        status = -1;
    }
    if (status == 0) {
        free(contract.name);
        contract.name = ddc_strdup(entry->function);
        ddc_text_mark where = mark_of(r, node);
        status = ddc_ddi_contract_validate(&contract, &where);
    }
    if (status == 0 && !entry->source)
        entry->source = ddc_format("%s:%u", r->path, entry->line);
    ddc_ddi_contract_free(&contract);
    ddc_strings_free(&seen);
    return status;
}

static int read_contracts(const reader *r, const yaml_node_t *node)
{
    if (is_null(node))
        return 0;
    if (node->type != YAML_SEQUENCE_NODE) {
        report(r, node, "'Contracts' must be a list of maps (- Function: Name)");
        return -1;
    }
    ddc_config_file *file = r->file;
    size_t count = (size_t)(node->data.sequence.items.top - node->data.sequence.items.start);
    file->contracts = ddc_xcalloc(count ? count : 1, sizeof *file->contracts);
    for (size_t i = 0; i < count; i++) {
        const yaml_node_t *element = yaml_document_get_node(r->document, node->data.sequence.items.start[i]);
        ddc_config_contract *entry = &file->contracts[file->contract_count++];
        if (read_contract(r, element, entry))
            return -1;
        for (size_t j = 0; j + 1 < file->contract_count; j++)
            if (strcmp(file->contracts[j].function, entry->function) == 0) {
                report(r, element, "second contract for '%s' (the first is at line %u)", entry->function,
                       file->contracts[j].line);
                return -1;
            }
    }
    return 0;
}

static int read_key(const reader *r, const char *key, const yaml_node_t *value)
{
    if (strcmp(key, "Checks") == 0)
        return read_checks(r, value);
    if (strcmp(key, "InheritParentConfig") == 0)
        return read_bool(r, key, value, &r->file->inherit_parent);
    if (strcmp(key, "WdkInclude") == 0)
        return read_wdk_include(r, value);
    if (strcmp(key, "Exclude") == 0)
        return read_exclude(r, value);
    if (strcmp(key, "Contracts") == 0)
        return read_contracts(r, value);
    return 1;
}

static int read_root(const reader *r, const yaml_node_t *root)
{
    if (is_null(root))
        return 0;
    if (root->type != YAML_MAPPING_NODE) {
        report(r, root, "the configuration must be a map of keys (Checks, Contracts, Exclude, "
                        "InheritParentConfig, WdkInclude)");
        return -1;
    }
    ddc_strings seen = {0};
    int status = 0;
    for (yaml_node_pair_t *pair = root->data.mapping.pairs.start; pair < root->data.mapping.pairs.top && !status;
         pair++) {
        const yaml_node_t *key = yaml_document_get_node(r->document, pair->key);
        const yaml_node_t *value = yaml_document_get_node(r->document, pair->value);
        if (key->type != YAML_SCALAR_NODE) {
            report(r, key, "keys must be names");
            status = -1;
        } else if (ddc_strings_contains(&seen, scalar_text(key))) {
            report(r, key, "'%s' given twice", scalar_text(key));
            status = -1;
        } else {
            ddc_strings_add(&seen, scalar_text(key));
            status = read_key(r, scalar_text(key), value);
            if (status > 0) {
                report(r, key, "unknown key '%s' (expected Checks, Contracts, Exclude, InheritParentConfig or "
                               "WdkInclude)", scalar_text(key));
                status = -1;
            }
        }
    }
    ddc_strings_free(&seen);
    return status;
}

static void report_syntax(const char *path, const yaml_parser_t *parser)
{
    const char *problem = parser->problem ? parser->problem : "cannot be parsed";
    if (parser->error == YAML_READER_ERROR) {
        /* libyaml's reader marks no line; its offset is in bytes. */
        fprintf(stderr, "%s: error: cannot read the configuration: %s at byte %zu\n", path, problem,
                parser->problem_offset);
        return;
    }
    fprintf(stderr, "%s:%zu:%zu: error: %s", path, parser->problem_mark.line + 1, parser->problem_mark.column + 1,
            problem);
    if (parser->context)
        fprintf(stderr, " (%s at line %zu)", parser->context, parser->context_mark.line + 1);
    fputc('\n', stderr);
}

int ddc_config_file_read(const char *path, ddc_config_file *file)
{
    memset(file, 0, sizeof *file);
    FILE *stream = ddc_is_file(path) ? fopen(path, "rb") : NULL;
    if (!stream) {
        fprintf(stderr, "%s: error: cannot read the configuration: %s\n", path,
                ddc_is_directory(path) ? "it is a folder" : strerror(errno));
        return -1;
    }
    file->path = ddc_strdup(path);
    file->folder = ddc_dirname(path);
    yaml_parser_t parser;
    yaml_document_t document, next;
    int status = -1;
    if (!yaml_parser_initialize(&parser)) {
        fprintf(stderr, "%s: error: cannot set up the YAML parser\n", path);
        fclose(stream);
        ddc_config_file_free(file);
        return -1;
    }
    yaml_parser_set_input_file(&parser, stream);
    if (!yaml_parser_load(&parser, &document)) {
        report_syntax(path, &parser);
        goto done;
    }
    reader r = {.path = path, .document = &document, .file = file};
    const yaml_node_t *root = yaml_document_get_root_node(&document);
    status = root ? read_root(&r, root) : 0;
    if (status == 0 && root) {
        /* One document a file, as .clang-tidy. */
        if (!yaml_parser_load(&parser, &next)) {
            report_syntax(path, &parser);
            status = -1;
        } else {
            const yaml_node_t *second = yaml_document_get_root_node(&next);
            if (second) {
                fprintf(stderr, "%s:%zu:%zu: error: a second YAML document; the configuration is one document\n",
                        path, second->start_mark.line + 1, second->start_mark.column + 1);
                status = -1;
            }
            yaml_document_delete(&next);
        }
    }
    yaml_document_delete(&document);

done:
    yaml_parser_delete(&parser);
    fclose(stream);
    if (status)
        ddc_config_file_free(file);
    return status;
}

void ddc_config_file_free(ddc_config_file *file)
{
    free(file->path);
    free(file->folder);
    free(file->checks);
    free(file->wdk_include);
    ddc_strings_free(&file->exclude);
    for (size_t i = 0; i < file->contract_count; i++) {
        free(file->contracts[i].function);
        free(file->contracts[i].facts);
        free(file->contracts[i].source);
    }
    free(file->contracts);
    memset(file, 0, sizeof *file);
}
