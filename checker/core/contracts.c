/* Reading the contract tables of rules/contracts/. */
#include "contracts.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "irql.h"
#include "util.h"

typedef struct table_reader {
    const char *path;
    unsigned line_number;
} table_reader;

static void report(const table_reader *reader, const char *message, const char *detail)
{
    fprintf(stderr, "%s:%u: error: %s '%s'\n", reader->path, reader->line_number, message, detail);
}

/* Splits `line` at tabs into at most `max` fields; returns the count. */
static size_t split_tabs(char *line, char **fields, size_t max)
{
    size_t count = 0;
    char *cursor = line;
    while (count < max) {
        fields[count++] = cursor;
        char *tab = strchr(cursor, '\t');
        if (!tab)
            break;
        *tab = '\0';
        cursor = tab + 1;
    }
    return count;
}

static int parse_level(const table_reader *reader, const char *value, int *level)
{
    *level = ddc_irql_parse(value);
    if (*level == DDC_IRQL_UNKNOWN) {
        report(reader, "unknown IRQL", value);
        return -1;
    }
    return 0;
}

static int parse_arg(const table_reader *reader, const char *value, int *arg)
{
    char *end = NULL;
    long number = strtol(value, &end, 10);
    if (end == value || *end != '\0' || number < 0 || number > 31) {
        report(reader, "bad argument index", value);
        return -1;
    }
    *arg = (int)number;
    return 0;
}

/* Applies one "key=value" or flag item of a DDI row. */
static int apply_ddi_fact(const table_reader *reader, ddc_ddi_contract *c, char *item)
{
    char *value = strchr(item, '=');
    if (value)
        *value++ = '\0';
    const char *key = item;
    if (!value) {
        if (strcmp(key, "restores") == 0)
            c->restores = true;
        else if (strcmp(key, "maybe_null") == 0)
            c->maybe_null = true;
        else {
            report(reader, "unknown flag", key);
            return -1;
        }
        return 0;
    }
    if (strcmp(key, "max_irql") == 0)
        return parse_level(reader, value, &c->max_irql);
    if (strcmp(key, "max_irql_if_null_arg") == 0)
        return parse_arg(reader, value, &c->max_irql_if_null_arg);
    if (strcmp(key, "min_irql") == 0)
        return parse_level(reader, value, &c->min_irql);
    if (strcmp(key, "raises") == 0) {
        if (strncmp(value, "arg", 3) == 0)
            return parse_arg(reader, value + 3, &c->raises_to_arg);
        return parse_level(reader, value, &c->raises_to);
    }
    if (strcmp(key, "lock_arg") == 0)
        return parse_arg(reader, value, &c->lock_arg);
    if (strcmp(key, "key_arg") == 0)
        return parse_arg(reader, value, &c->key_arg);
    if (strcmp(key, "key_use") == 0) {
        if (strcmp(value, "allocate") != 0 && strcmp(value, "get") != 0) {
            report(reader, "key_use must be allocate or get, not", value);
            return -1;
        }
        c->key_allocates = strcmp(value, "allocate") == 0;
        return 0;
    }
    if (strcmp(key, "size_arg") == 0)
        return parse_arg(reader, value, &c->size_arg);
    if (strcmp(key, "resets_arg") == 0)
        return parse_arg(reader, value, &c->resets_arg);
    if (strcmp(key, "forbidden_member") == 0) {
        char *at = strchr(value, '@');
        if (!at) {
            report(reader, "forbidden_member needs Member@arg, not", value);
            return -1;
        }
        *at = '\0';
        free(c->forbidden_member);
        c->forbidden_member = ddc_strdup(value);
        return parse_arg(reader, at + 1, &c->forbidden_member_arg);
    }
    if (strcmp(key, "status") == 0) {
        free(c->forbidden_status);
        c->forbidden_status = ddc_strdup(value);
        return 0;
    }
    if (strcmp(key, "derefs") == 0) {
        for (char *part = strtok(value, ","); part; part = strtok(NULL, ",")) {
            int arg;
            if (parse_arg(reader, part, &arg))
                return -1;
            c->derefs_args |= 1u << arg;
        }
        return 0;
    }
    report(reader, "unknown fact", key);
    return -1;
}

static int parse_ddi_row(const table_reader *reader, char **fields, size_t count, ddc_ddi_contract *c)
{
    if (count != 3 || !*fields[0] || !*fields[2]) {
        report(reader, "expected <name> <facts> <source>, got", fields[0]);
        return -1;
    }
    *c = (ddc_ddi_contract){
        .name = ddc_strdup(fields[0]),
        .max_irql = DDC_IRQL_UNKNOWN,
        .max_irql_if_null_arg = DDC_NO_ARG,
        .min_irql = DDC_IRQL_UNKNOWN,
        .raises_to = DDC_IRQL_UNKNOWN,
        .raises_to_arg = DDC_NO_ARG,
        .lock_arg = DDC_NO_ARG,
        .key_arg = DDC_NO_ARG,
        .size_arg = DDC_NO_ARG,
        .forbidden_member_arg = DDC_NO_ARG,
        .resets_arg = DDC_NO_ARG,
        .source = ddc_strdup(fields[2]),
    };
    char *save = NULL;
    for (char *item = strtok_r(fields[1], " ", &save); item; item = strtok_r(NULL, " ", &save))
        if (apply_ddi_fact(reader, c, item))
            return -1;
    return 0;
}

static int parse_role_row(const table_reader *reader, char **fields, size_t count, ddc_role_contract *c)
{
    if (count != 4 || !*fields[0] || !*fields[2] || !*fields[3]) {
        report(reader, "expected <role type> <facts> <what> <source>, got", fields[0]);
        return -1;
    }
    *c = (ddc_role_contract){.name = ddc_strdup(fields[0]), .irql = DDC_IRQL_UNKNOWN,
                             .what = ddc_strdup(fields[2]), .source = ddc_strdup(fields[3])};
    char *save = NULL;
    for (char *item = strtok_r(fields[1], " ", &save); item; item = strtok_r(NULL, " ", &save)) {
        char *value = strchr(item, '=');
        if (value)
            *value++ = '\0';
        if (value && strcmp(item, "irql") == 0) {
            c->exact = true;
            if (parse_level(reader, value, &c->irql))
                return -1;
        } else if (value && strcmp(item, "max_irql") == 0) {
            c->exact = false;
            if (parse_level(reader, value, &c->irql))
                return -1;
        } else {
            report(reader, "unknown role fact", item);
            return -1;
        }
    }
    if (c->irql == DDC_IRQL_UNKNOWN) {
        report(reader, "role type without irql= or max_irql=", c->name);
        return -1;
    }
    return 0;
}

/* Reads every non-comment row of `path`, handing each to `parse_row`, which
 * fills an element of size `element_size` appended to *items. */
static int read_table(const char *path, size_t field_count, size_t element_size, void **items,
                      size_t *item_count,
                      int (*parse_row)(const table_reader *, char **, size_t, void *))
{
    table_reader reader = {.path = path};
    FILE *file = fopen(path, "r");
    if (!file) {
        fprintf(stderr, "%s: error: cannot read contracts: %s\n", path, strerror(errno));
        return -1;
    }
    int status = 0;
    char *line = NULL;
    size_t line_capacity = 0;
    ssize_t length;
    size_t capacity = 0;
    while ((length = getline(&line, &line_capacity, file)) >= 0) {
        reader.line_number++;
        while (length > 0 && (line[length - 1] == '\n' || line[length - 1] == '\r'))
            line[--length] = '\0';
        if (length == 0 || line[0] == '#')
            continue;
        char *fields[8];
        size_t count = split_tabs(line, fields, field_count + 1);
        if (*item_count == capacity) {
            capacity = capacity ? capacity * 2 : 64;
            *items = ddc_xrealloc(*items, capacity * element_size);
        }
        void *element = (char *)*items + *item_count * element_size;
        memset(element, 0, element_size);
        (*item_count)++;
        if (parse_row(&reader, fields, count, element)) {
            status = -1;
            break;
        }
    }
    free(line);
    fclose(file);
    return status;
}

static int ddi_row(const table_reader *r, char **f, size_t n, void *out) { return parse_ddi_row(r, f, n, out); }
static int role_row(const table_reader *r, char **f, size_t n, void *out) { return parse_role_row(r, f, n, out); }

static int compare_ddi(const void *a, const void *b)
{
    return strcmp(((const ddc_ddi_contract *)a)->name, ((const ddc_ddi_contract *)b)->name);
}

static int compare_role(const void *a, const void *b)
{
    return strcmp(((const ddc_role_contract *)a)->name, ((const ddc_role_contract *)b)->name);
}

int ddc_contracts_load(ddc_contracts *contracts, const char *directory)
{
    memset(contracts, 0, sizeof *contracts);
    char *ddi_path = ddc_format("%s/ddis.tsv", directory);
    char *role_path = ddc_format("%s/role-types.tsv", directory);
    int status = read_table(ddi_path, 3, sizeof(ddc_ddi_contract), (void **)&contracts->ddis,
                            &contracts->ddi_count, ddi_row);
    if (status == 0)
        status = read_table(role_path, 4, sizeof(ddc_role_contract), (void **)&contracts->roles,
                            &contracts->role_count, role_row);
    free(ddi_path);
    free(role_path);
    if (status) {
        ddc_contracts_free(contracts);
        return -1;
    }
    qsort(contracts->ddis, contracts->ddi_count, sizeof *contracts->ddis, compare_ddi);
    qsort(contracts->roles, contracts->role_count, sizeof *contracts->roles, compare_role);
    return 0;
}

const ddc_ddi_contract *ddc_contracts_find_ddi(const ddc_contracts *contracts, const char *name)
{
    ddc_ddi_contract key = {.name = (char *)name};
    return bsearch(&key, contracts->ddis, contracts->ddi_count, sizeof key, compare_ddi);
}

const ddc_role_contract *ddc_contracts_find_role(const ddc_contracts *contracts, const char *name)
{
    ddc_role_contract key = {.name = (char *)name};
    return bsearch(&key, contracts->roles, contracts->role_count, sizeof key, compare_role);
}

void ddc_contracts_free(ddc_contracts *contracts)
{
    for (size_t i = 0; i < contracts->ddi_count; i++) {
        ddc_ddi_contract *c = &contracts->ddis[i];
        free(c->name);
        free(c->forbidden_member);
        free(c->forbidden_status);
        free(c->source);
    }
    for (size_t i = 0; i < contracts->role_count; i++) {
        free(contracts->roles[i].name);
        free(contracts->roles[i].what);
        free(contracts->roles[i].source);
    }
    free(contracts->ddis);
    free(contracts->roles);
    memset(contracts, 0, sizeof *contracts);
}
