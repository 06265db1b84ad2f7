/* Reading the contract tables of rules/contracts/. */
#include "contracts.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "irql.h"
#include "util.h"

typedef ddc_text_mark table_reader;

static void report(const table_reader *reader, const char *message, const char *detail)
{
    if (reader->column)
        fprintf(stderr, "%s:%u:%u: error: %s '%s'\n", reader->path, reader->line, reader->column, message, detail);
    else
        fprintf(stderr, "%s:%u: error: %s '%s'\n", reader->path, reader->line, message, detail);
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

/* Parses an unsigned operand: decimal, or hexadecimal after 0x. */
static int parse_operand(const table_reader *reader, const char *value, unsigned long long *operand)
{
    bool hex = value[0] == '0' && (value[1] == 'x' || value[1] == 'X');
    const char *digits = hex ? value + 2 : value;
    char *end = NULL;
    errno = 0;
    *operand = strtoull(digits, &end, hex ? 16 : 10);
    if (!*digits || *digits == '-' || *digits == '+' || *end != '\0' || errno) {
        report(reader, "bad number (decimal or 0x hex)", value);
        return -1;
    }
    return 0;
}

/* Parses "N:TEST" (N an argument index, TEST one of the argument tests of
 * rules/contracts/README.md) into `condition`.  `shape_error` is the message
 * for a value that is not of that shape. */
static int parse_arg_condition(const table_reader *reader, const char *shape_error, char *value,
                               ddc_arg_condition *condition)
{
    static const struct {
        const char *name;
        ddc_arg_test test;
        bool operand;
    } tests[] = {
        {"null", DDC_ARG_NULL, false},   {"nonnull", DDC_ARG_NONNULL, false}, {"zero", DDC_ARG_ZERO, false},
        {"nonzero", DDC_ARG_NONZERO, false}, {"bits", DDC_ARG_BITS, true},   {"nobits", DDC_ARG_NOBITS, true},
        {"eq", DDC_ARG_EQ, true},        {"ne", DDC_ARG_NE, true},
    };
    char *test = strchr(value, ':');
    if (!test || strchr(test + 1, ':')) {
        report(reader, shape_error, value);
        return -1;
    }
    *test++ = '\0';
    *condition = (ddc_arg_condition){0};
    if (parse_arg(reader, value, &condition->arg))
        return -1;
    char *operand = strchr(test, '=');
    if (operand)
        *operand++ = '\0';
    for (size_t i = 0; i < sizeof tests / sizeof tests[0]; i++) {
        if (strcmp(test, tests[i].name) != 0)
            continue;
        if (tests[i].operand != (operand != NULL)) {
            report(reader, tests[i].operand ? "test needs =VALUE" : "test takes no value", test);
            return -1;
        }
        condition->test = tests[i].test;
        return operand ? parse_operand(reader, operand, &condition->operand) : 0;
    }
    report(reader, "unknown argument test (null, nonnull, zero, nonzero, bits=, nobits=, eq=, ne=)", test);
    return -1;
}

/* Parses "N:TEST:LEVEL" of max_irql_when. */
static int parse_irql_condition(const table_reader *reader, char *value, ddc_irql_condition *condition)
{
    static const char shape_error[] = "max_irql_when needs ARG:TEST:LEVEL, not";
    char *level = strrchr(value, ':');
    if (!level || strchr(value, ':') == level) {
        report(reader, shape_error, value);
        return -1;
    }
    *level++ = '\0';
    ddc_arg_condition when;
    if (parse_arg_condition(reader, shape_error, value, &when))
        return -1;
    *condition = (ddc_irql_condition){.arg = when.arg, .test = when.test, .operand = when.operand};
    return parse_level(reader, level, &condition->max_irql);
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
    if (strcmp(key, "max_irql_when") == 0) {
        if (c->max_irql_when_count == DDC_MAX_IRQL_CONDITIONS) {
            report(reader, "too many max_irql_when facts (at most 4) for", c->name);
            return -1;
        }
        return parse_irql_condition(reader, value, &c->max_irql_when[c->max_irql_when_count++]);
    }
    if (strcmp(key, "not_null_when") == 0) {
        if (c->not_null_when_count == DDC_MAX_NOT_NULL_CONDITIONS) {
            report(reader, "too many not_null_when facts (at most 2) for", c->name);
            return -1;
        }
        return parse_arg_condition(reader, "not_null_when needs ARG:TEST, not", value,
                                   &c->not_null_when[c->not_null_when_count++]);
    }
    if (strcmp(key, "null_out") == 0)
        return parse_arg(reader, value, &c->null_out_arg);
    if (strcmp(key, "list_arg") == 0)
        return parse_arg(reader, value, &c->list_arg);
    if (strcmp(key, "list_raises_when") == 0) {
        c->has_list_raises_when = true;
        return parse_arg_condition(reader, "list_raises_when needs ARG:TEST, not", value, &c->list_raises_when);
    }
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
        char *save = NULL;
        for (char *part = strtok_r(value, ",", &save); part; part = strtok_r(NULL, ",", &save)) {
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

ddc_ddi_contract ddc_ddi_contract_empty(const char *name, const char *source)
{
    return (ddc_ddi_contract){
        .name = ddc_strdup(name),
        .max_irql = DDC_IRQL_UNKNOWN,
        .min_irql = DDC_IRQL_UNKNOWN,
        .raises_to = DDC_IRQL_UNKNOWN,
        .raises_to_arg = DDC_NO_ARG,
        .lock_arg = DDC_NO_ARG,
        .key_arg = DDC_NO_ARG,
        .size_arg = DDC_NO_ARG,
        .forbidden_member_arg = DDC_NO_ARG,
        .resets_arg = DDC_NO_ARG,
        .null_out_arg = DDC_NO_ARG,
        .list_arg = DDC_NO_ARG,
        .source = ddc_strdup(source),
    };
}

int ddc_ddi_contract_apply_facts(ddc_ddi_contract *contract, const char *facts, const ddc_text_mark *where)
{
    char *copy = ddc_strdup(facts);
    int status = 0;
    char *save = NULL;
    for (char *item = strtok_r(copy, " \t\n", &save); item && !status; item = strtok_r(NULL, " \t\n", &save))
        status = apply_ddi_fact(where, contract, item);
    free(copy);
    return status;
}

int ddc_ddi_contract_validate(const ddc_ddi_contract *contract, const ddc_text_mark *where)
{
    if (contract->has_list_raises_when && contract->list_arg == DDC_NO_ARG) {
        report(where, "list_raises_when without list_arg for", contract->name);
        return -1;
    }
    if (contract->not_null_when_count > 0 && !contract->maybe_null) {
        report(where, "not_null_when without maybe_null for", contract->name);
        return -1;
    }
    return 0;
}

static int parse_ddi_row(const table_reader *reader, char **fields, size_t count, ddc_ddi_contract *c)
{
    if (count != 3 || !*fields[0] || !*fields[2]) {
        report(reader, "expected <name> <facts> <source>, got", fields[0]);
        return -1;
    }
    *c = ddc_ddi_contract_empty(fields[0], fields[2]);
    if (ddc_ddi_contract_apply_facts(c, fields[1], reader))
        return -1;
    return ddc_ddi_contract_validate(c, reader);
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
        } else if (value && *value && strcmp(item, "pointer") == 0) {
            ddc_strings_add(&c->pointers, value);
        } else if (!value && strcmp(item, "execution_level") == 0) {
            c->follows_execution_level = true;
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

static int compare_ddi(const void *a, const void *b)
{
    return strcmp(((const ddc_ddi_contract *)a)->name, ((const ddc_ddi_contract *)b)->name);
}

static int compare_role(const void *a, const void *b)
{
    return strcmp(((const ddc_role_contract *)a)->name, ((const ddc_role_contract *)b)->name);
}

static int compare_role_pointer(const void *a, const void *b)
{
    return strcmp(((const ddc_role_pointer *)a)->name, ((const ddc_role_pointer *)b)->name);
}

/* qsort and bsearch must not be given a NULL array, which an empty table
 * has (undefined behaviour even with no elements). */
static void sort_table(void *items, size_t count, size_t size, int (*compare)(const void *, const void *))
{
    if (count)
        qsort(items, count, size, compare);
}

static void *search_table(const void *key, const void *items, size_t count, size_t size,
                          int (*compare)(const void *, const void *))
{
    return count ? bsearch(key, items, count, size, compare) : NULL;
}

void ddc_ddi_contract_free(ddc_ddi_contract *c)
{
    free(c->name);
    free(c->forbidden_member);
    free(c->forbidden_status);
    free(c->source);
}

static void free_role(ddc_role_contract *c)
{
    free(c->name);
    free(c->what);
    ddc_strings_free(&c->pointers);
    free(c->source);
}

/* Where the rows of the table being read go, and what was read before. */
typedef struct table_state {
    ddc_contracts *contracts;
    size_t hand_count;   /* rows of ddis.tsv, sorted, when reading ddi-irql.tsv */
    char *previous_name; /* the previous row of ddi-irql.tsv */
} table_state;

/* The row just parsed is the last DDI.  ddis.tsv: one row a name. */
static int admit_hand_ddi(const table_reader *reader, table_state *state)
{
    ddc_contracts *contracts = state->contracts;
    const ddc_ddi_contract *row = &contracts->ddis[contracts->ddi_count - 1];
    for (size_t i = 0; i + 1 < contracts->ddi_count; i++)
        if (strcmp(contracts->ddis[i].name, row->name) == 0) {
            report(reader, "second row for", row->name);
            return -1;
        }
    return 1;
}

/* ddi-irql.tsv: sorted by name, and a name of ddis.tsv keeps its row there. */
static int admit_imported_ddi(const table_reader *reader, table_state *state)
{
    ddc_contracts *contracts = state->contracts;
    ddc_ddi_contract *row = &contracts->ddis[contracts->ddi_count - 1];
    if (state->previous_name && strcmp(state->previous_name, row->name) >= 0) {
        report(reader, "row out of name order or repeated (regenerate with scripts/import-irql-contracts.py)",
               row->name);
        return -1;
    }
    free(state->previous_name);
    state->previous_name = ddc_strdup(row->name);
    if (search_table(row, contracts->ddis, state->hand_count, sizeof *row, compare_ddi)) {
        ddc_ddi_contract_free(row);
        contracts->ddi_count--;
        return 0;
    }
    return 1;
}

/* role-types.tsv: one row a role type, and a pointer typedef names one role. */
static int admit_role(const table_reader *reader, table_state *state)
{
    ddc_contracts *contracts = state->contracts;
    const ddc_role_contract *row = &contracts->roles[contracts->role_count - 1];
    for (size_t i = 0; i + 1 < contracts->role_count; i++) {
        const ddc_role_contract *other = &contracts->roles[i];
        if (strcmp(other->name, row->name) == 0) {
            report(reader, "second row for", row->name);
            return -1;
        }
        for (size_t p = 0; p < row->pointers.count; p++)
            if (ddc_strings_contains(&other->pointers, row->pointers.items[p])) {
                report(reader, "pointer type already names another role", row->pointers.items[p]);
                return -1;
            }
    }
    return 1;
}

/* Which table a row goes to. */
typedef enum table_kind { TABLE_HAND_DDIS, TABLE_IMPORTED_DDIS, TABLE_ROLES } table_kind;

/* Parses one row into a new element of its table, then admits or drops it. */
static int add_row(const table_reader *reader, table_kind kind, char **fields, size_t count, table_state *state,
                   size_t *capacity)
{
    ddc_contracts *contracts = state->contracts;
    if (kind == TABLE_ROLES) {
        if (contracts->role_count == *capacity) {
            *capacity = *capacity ? *capacity * 2 : 64;
            contracts->roles = ddc_xrealloc(contracts->roles, *capacity * sizeof *contracts->roles);
        }
        ddc_role_contract *row = &contracts->roles[contracts->role_count++];
        memset(row, 0, sizeof *row);
        return parse_role_row(reader, fields, count, row) ? -1 : admit_role(reader, state);
    }
    if (contracts->ddi_count == *capacity) {
        *capacity = *capacity ? *capacity * 2 : 256;
        contracts->ddis = ddc_xrealloc(contracts->ddis, *capacity * sizeof *contracts->ddis);
    }
    ddc_ddi_contract *row = &contracts->ddis[contracts->ddi_count++];
    memset(row, 0, sizeof *row);
    if (parse_ddi_row(reader, fields, count, row))
        return -1;
    return kind == TABLE_HAND_DDIS ? admit_hand_ddi(reader, state) : admit_imported_ddi(reader, state);
}

/* Reads every non-comment row of `directory`/`file` into its table. */
static int read_table(const char *directory, const char *file, table_kind kind, table_state *state,
                      size_t *capacity)
{
    char *path = ddc_format("%s/%s", directory, file);
    table_reader reader = {.path = path};
    FILE *stream = fopen(path, "r");
    if (!stream) {
        fprintf(stderr, "%s: error: cannot read contracts: %s\n", path, strerror(errno));
        free(path);
        return -1;
    }
    size_t field_count = kind == TABLE_ROLES ? 4 : 3;
    int status = 0;
    char *line = NULL;
    size_t line_capacity = 0;
    ssize_t length;
    while ((length = getline(&line, &line_capacity, stream)) >= 0) {
        reader.line++;
        while (length > 0 && (line[length - 1] == '\n' || line[length - 1] == '\r'))
            line[--length] = '\0';
        if (length == 0 || line[0] == '#')
            continue;
        char *fields[8];
        size_t count = split_tabs(line, fields, field_count + 1);
        if (add_row(&reader, kind, fields, count, state, capacity) < 0) {
            status = -1;
            break;
        }
    }
    free(line);
    fclose(stream);
    free(path);
    return status;
}

/* Indexes every role's pointer= names for ddc_contracts_find_role_by_pointer. */
static void index_role_pointers(ddc_contracts *contracts)
{
    size_t total = 0;
    for (size_t i = 0; i < contracts->role_count; i++)
        total += contracts->roles[i].pointers.count;
    contracts->role_pointers = ddc_xcalloc(total ? total : 1, sizeof *contracts->role_pointers);
    for (size_t i = 0; i < contracts->role_count; i++) {
        const ddc_role_contract *role = &contracts->roles[i];
        for (size_t p = 0; p < role->pointers.count; p++)
            contracts->role_pointers[contracts->role_pointer_count++] =
                (ddc_role_pointer){.name = role->pointers.items[p], .role = role};
    }
    sort_table(contracts->role_pointers, contracts->role_pointer_count, sizeof *contracts->role_pointers,
          compare_role_pointer);
}

int ddc_contracts_load(ddc_contracts *contracts, const char *directory)
{
    memset(contracts, 0, sizeof *contracts);
    table_state state = {.contracts = contracts};
    size_t ddi_capacity = 0, role_capacity = 0;
    int status = read_table(directory, "ddis.tsv", TABLE_HAND_DDIS, &state, &ddi_capacity);
    if (status == 0 && contracts->ddi_count == 0) { /* emptied or cut short: every check would be silent */
        fprintf(stderr, "%s/ddis.tsv: error: the table holds no contracts\n", directory);
        status = -1;
    }
    if (status == 0) {
        sort_table(contracts->ddis, contracts->ddi_count, sizeof *contracts->ddis, compare_ddi);
        state.hand_count = contracts->ddi_count;
        status = read_table(directory, "ddi-irql.tsv", TABLE_IMPORTED_DDIS, &state, &ddi_capacity);
    }
    if (status == 0)
        status = read_table(directory, "role-types.tsv", TABLE_ROLES, &state, &role_capacity);
    free(state.previous_name);
    if (status) {
        ddc_contracts_free(contracts);
        return -1;
    }
    sort_table(contracts->ddis, contracts->ddi_count, sizeof *contracts->ddis, compare_ddi);
    sort_table(contracts->roles, contracts->role_count, sizeof *contracts->roles, compare_role);
    index_role_pointers(contracts);
    return 0;
}

void ddc_contracts_put(ddc_contracts *contracts, ddc_ddi_contract contract)
{
    ddc_ddi_contract *same =
        search_table(&contract, contracts->ddis, contracts->ddi_count, sizeof contract, compare_ddi);
    if (same) {
        ddc_ddi_contract_free(same);
        *same = contract;
        return;
    }
    size_t at = 0;
    while (at < contracts->ddi_count && strcmp(contracts->ddis[at].name, contract.name) < 0)
        at++;
    contracts->ddis = ddc_xrealloc(contracts->ddis, (contracts->ddi_count + 1) * sizeof *contracts->ddis);
    memmove(&contracts->ddis[at + 1], &contracts->ddis[at], (contracts->ddi_count - at) * sizeof *contracts->ddis);
    contracts->ddis[at] = contract;
    contracts->ddi_count++;
}

const ddc_ddi_contract *ddc_contracts_find_ddi(const ddc_contracts *contracts, const char *name)
{
    ddc_ddi_contract key = {.name = (char *)name};
    return search_table(&key, contracts->ddis, contracts->ddi_count, sizeof key, compare_ddi);
}

const ddc_role_contract *ddc_contracts_find_role(const ddc_contracts *contracts, const char *name)
{
    ddc_role_contract key = {.name = (char *)name};
    return search_table(&key, contracts->roles, contracts->role_count, sizeof key, compare_role);
}

const ddc_role_contract *ddc_contracts_find_role_by_pointer(const ddc_contracts *contracts,
                                                            const char *pointer_typedef_name)
{
    ddc_role_pointer key = {.name = pointer_typedef_name};
    const ddc_role_pointer *found = search_table(&key, contracts->role_pointers, contracts->role_pointer_count,
                                            sizeof key, compare_role_pointer);
    return found ? found->role : NULL;
}

void ddc_contracts_free(ddc_contracts *contracts)
{
    for (size_t i = 0; i < contracts->ddi_count; i++)
        ddc_ddi_contract_free(&contracts->ddis[i]);
    for (size_t i = 0; i < contracts->role_count; i++)
        free_role(&contracts->roles[i]);
    free(contracts->ddis);
    free(contracts->roles);
    free(contracts->role_pointers);
    memset(contracts, 0, sizeof *contracts);
}
