/* libFuzzer harness: the DDI contract tables -> the contracts loader
 * (contracts.c), and the same facts as a .ddicheck.yaml `Facts:` value.
 *
 * An input is up to three tables separated by form feeds (\f):
 * ddis.tsv \f ddi-irql.tsv \f role-types.tsv (a missing one is empty).  They
 * are written to a private scratch folder and loaded with
 * ddc_contracts_load, as ddicheck loads rules/contracts/.  A table that loads
 * must then answer every lookup for what it holds.  The first table is also
 * applied as one text of facts to a contract, as a configuration's Facts
 * are.  An input the loader refuses is fine (it prints its error on stderr);
 * a crash, leak, undefined behaviour or a lookup that fails is a bug. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../checker/core/contracts.h"
#include "fuzz_common.h"

static const char *const table_names[] = {"ddis.tsv", "ddi-irql.tsv", "role-types.tsv"};

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    ddc_fuzz_folder("fuzz-contracts");
    return 0;
}

/* Every DDI, role and role pointer of a loaded table is found by name. */
static void check_lookups(const ddc_contracts *contracts)
{
    for (size_t i = 0; i < contracts->ddi_count; i++)
        if (ddc_contracts_find_ddi(contracts, contracts->ddis[i].name) != &contracts->ddis[i])
            abort();
    for (size_t i = 0; i < contracts->role_count; i++) {
        const ddc_role_contract *role = &contracts->roles[i];
        if (ddc_contracts_find_role(contracts, role->name) != role)
            abort();
        for (size_t p = 0; p < role->pointers.count; p++)
            if (ddc_contracts_find_role_by_pointer(contracts, role->pointers.items[p]) != role)
                abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ddc_fuzz_selftest(data, size);
    const char *start = (const char *)data, *end = start + size;
    const char *first_table = start;
    size_t first_length = size;
    for (size_t t = 0; t < 3; t++) {
        const char *stop = t < 2 ? memchr(start, '\f', (size_t)(end - start)) : NULL;
        size_t length = (size_t)((stop ? stop : end) - start);
        if (t == 0)
            first_length = length;
        free(ddc_fuzz_write_file(table_names[t], start, length));
        start = stop ? stop + 1 : end;
    }

    ddc_contracts contracts;
    if (ddc_contracts_load(&contracts, ddc_fuzz_folder("fuzz-contracts")) == 0) {
        check_lookups(&contracts);
        /* A user's contract replaces a shipped one of its name, or joins them. */
        const char *name = contracts.ddi_count ? contracts.ddis[contracts.ddi_count / 2].name : "FuzzDdi";
        ddc_contracts_put(&contracts, ddc_ddi_contract_empty(name, "fuzz"));
        check_lookups(&contracts);
        ddc_contracts_free(&contracts);
    }

    /* The first table as one Facts text (the parser needs a C string). */
    char *facts = ddc_xmalloc(first_length + 1);
    memcpy(facts, first_table, first_length);
    facts[first_length] = '\0';
    ddc_ddi_contract contract = ddc_ddi_contract_empty("FuzzFunction", "fuzz");
    ddc_text_mark where = {.path = "fuzz.ddicheck.yaml", .line = 1, .column = 1};
    if (ddc_ddi_contract_apply_facts(&contract, facts, &where) == 0)
        (void)ddc_ddi_contract_validate(&contract, &where);
    ddc_ddi_contract_free(&contract);
    free(facts);
    return 0;
}
