/* DDI contracts: what a DDI or a callback role type requires, kept as data.
 *
 * The tables live in rules/contracts/ (ddis.tsv, role-types.tsv).  Every row
 * names the documentation page its facts come from.  Line format, tab
 * separated:
 *   ddis.tsv:        <name> <facts> <source>
 *   role-types.tsv:  <role type> <facts> <what it is, for messages> <source>
 * <facts> is a space-separated list of key=value items or flags; see
 * rules/contracts/README.md for every key. */
#ifndef DDC_CONTRACTS_H
#define DDC_CONTRACTS_H

#include <stdbool.h>
#include <stddef.h>

/* An argument index that a contract does not use. */
#define DDC_NO_ARG (-1)

/* What one DDI promises and requires. */
typedef struct ddc_ddi_contract {
    char *name;
    int max_irql;          /* highest IRQL the caller may run at, or DDC_IRQL_UNKNOWN */
    int max_irql_if_null_arg; /* max_irql holds only when this argument is NULL, or DDC_NO_ARG */
    int min_irql;          /* lowest IRQL the caller must run at, or DDC_IRQL_UNKNOWN */
    int raises_to;         /* IRQL after the call (lock acquired / raised), or DDC_IRQL_UNKNOWN */
    int raises_to_arg;     /* argument that holds the new IRQL (KeRaiseIrql), or DDC_NO_ARG */
    bool restores;         /* lowers the IRQL back / releases a lock */
    int lock_arg;          /* argument naming the lock or saved IRQL, or DDC_NO_ARG */
    bool maybe_null;       /* the return value may be NULL */
    int key_arg;           /* argument that must be a unique driver-wide address */
    bool key_allocates;    /* the key allocates (IoAllocateDriverObjectExtension) */
    int size_arg;          /* argument with the size of what the key allocates */
    char *forbidden_member; /* member that must not be set in *argument forbidden_member_arg */
    int forbidden_member_arg;
    char *forbidden_status; /* status the call fails with when it is set */
    int resets_arg;        /* argument whose structure the call re-initialises */
    unsigned derefs_args;  /* bit i set: argument i is dereferenced */
    char *source;          /* documentation page */
} ddc_ddi_contract;

/* What a callback role type (function typedef) says about the IRQL it runs at. */
typedef struct ddc_role_contract {
    char *name;
    int irql;         /* the IRQL it runs at, or at most */
    bool exact;       /* true: always runs at `irql`; false: may run at up to `irql` */
    char *what;       /* "a DPC routine", for messages */
    char *source;
} ddc_role_contract;

/* All contracts, sorted by name. */
typedef struct ddc_contracts {
    ddc_ddi_contract *ddis;
    size_t ddi_count;
    ddc_role_contract *roles;
    size_t role_count;
} ddc_contracts;

/* Loads ddis.tsv and role-types.tsv from `directory`.  Returns 0, or -1 after
 * printing "file:line: message" on stderr for a file that cannot be read or a
 * malformed row.  On error `contracts` is left empty. */
int ddc_contracts_load(ddc_contracts *contracts, const char *directory);

/* Looks up a DDI by exact name; NULL when there is no contract. */
const ddc_ddi_contract *ddc_contracts_find_ddi(const ddc_contracts *contracts, const char *name);

/* Looks up a role type by exact name; NULL when there is none. */
const ddc_role_contract *ddc_contracts_find_role(const ddc_contracts *contracts, const char *name);

/* Frees everything and leaves `contracts` empty. */
void ddc_contracts_free(ddc_contracts *contracts);

#endif
