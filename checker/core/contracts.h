/* DDI contracts: what a DDI or a callback role type requires, kept as data.
 *
 * The tables live in rules/contracts/: ddis.tsv (written by hand), ddi-irql.tsv
 * (generated from the SAL annotation data set by
 * scripts/import-irql-contracts.py; a DDI in ddis.tsv overrides its row there)
 * and role-types.tsv.  Every row names the source of its facts.  Line format,
 * tab separated:
 *   ddis.tsv, ddi-irql.tsv: <name> <facts> <source>
 *   role-types.tsv:         <role type> <facts> <what it is, for messages> <source>
 * <facts> is a space-separated list of key=value items or flags; see
 * rules/contracts/README.md for every key. */
#ifndef DDC_CONTRACTS_H
#define DDC_CONTRACTS_H

#include <stdbool.h>
#include <stddef.h>

#include "util.h"

/* An argument index that a contract does not use. */
#define DDC_NO_ARG (-1)

/* How many max_irql_when conditions one DDI may have. */
#define DDC_MAX_IRQL_CONDITIONS 4

/* How many not_null_when conditions one DDI may have. */
#define DDC_MAX_NOT_NULL_CONDITIONS 2

/* The test a max_irql_when or not_null_when condition applies to a constant
 * argument. */
typedef enum ddc_arg_test {
    DDC_ARG_NULL,    /* a null pointer constant */
    DDC_ARG_NONNULL, /* a non-zero constant or an address constant (&object, a function, an array, "text") */
    DDC_ARG_ZERO,    /* an integer constant equal to 0 */
    DDC_ARG_NONZERO, /* an integer constant other than 0 (TRUE) */
    DDC_ARG_BITS,    /* an integer constant with (value & operand) != 0 */
    DDC_ARG_NOBITS,  /* an integer constant with (value & operand) == 0 */
    DDC_ARG_EQ,      /* an integer constant equal to operand */
    DDC_ARG_NE,      /* an integer constant other than operand */
} ddc_arg_test;

/* max_irql_when=ARG:TEST:LEVEL: when argument `arg` of a call is a constant
 * that passes `test`, the caller must run at or below `max_irql`. */
typedef struct ddc_irql_condition {
    int arg;                    /* argument index, counted from 0 */
    ddc_arg_test test;
    unsigned long long operand; /* MASK of bits=/nobits=, V of eq=/ne=; else 0 */
    int max_irql;
} ddc_irql_condition;

/* not_null_when=ARG:TEST: when argument `arg` of a call is a constant that
 * passes `test`, the call does not return NULL (it raises an exception or
 * bug-checks instead), e.g. a must-succeed pool type. */
typedef struct ddc_arg_condition {
    int arg;                    /* argument index, counted from 0 */
    ddc_arg_test test;
    unsigned long long operand; /* MASK of bits=/nobits=, V of eq=/ne=; else 0 */
} ddc_arg_condition;

/* What one DDI promises and requires. */
typedef struct ddc_ddi_contract {
    char *name;
    int max_irql;          /* highest IRQL the caller may run at, or DDC_IRQL_UNKNOWN */
    ddc_irql_condition max_irql_when[DDC_MAX_IRQL_CONDITIONS]; /* see ddc_call_max_irql_explained (contract_eval.h) */
    unsigned max_irql_when_count;
    int min_irql;          /* lowest IRQL the caller must run at, or DDC_IRQL_UNKNOWN */
    int raises_to;         /* IRQL after the call (lock acquired / raised), or DDC_IRQL_UNKNOWN */
    int raises_to_arg;     /* argument that holds the new IRQL (KeRaiseIrql), or DDC_NO_ARG */
    bool restores;         /* lowers the IRQL back / releases a lock */
    int lock_arg;          /* argument naming the lock or saved IRQL, or DDC_NO_ARG */
    bool maybe_null;       /* the return value may be NULL (see ddc_call_may_return_null, contract_eval.h) */
    ddc_arg_condition not_null_when[DDC_MAX_NOT_NULL_CONDITIONS]; /* when maybe_null does not hold */
    unsigned not_null_when_count;
    /* The argument through which the call stores a pointer into the caller's
     * pointer variable (IoAllocateDriverObjectExtension's
     * DriverObjectExtension): the stored pointer may be NULL, or is not set,
     * unless the NTSTATUS the call returns is a success.  DDC_NO_ARG when
     * the call has none. */
    int null_out_arg;
    /* The lookaside list the call allocates from or initialises (argument
     * index), or DDC_NO_ARG.  An allocation from a list may return NULL only
     * when the program initialises the list without a raise-on-failure flag. */
    int list_arg;
    /* On a call that initialises the list: the condition on its flags under
     * which the list raises instead of returning NULL
     * (list_raises_when=ARG:TEST); has_list_raises_when says it is given. */
    ddc_arg_condition list_raises_when;
    bool has_list_raises_when;
    int key_arg;           /* argument that must be a unique driver-wide address */
    bool key_allocates;    /* the key allocates (IoAllocateDriverObjectExtension) */
    int size_arg;          /* argument with the size of what the key allocates */
    char *forbidden_member; /* member that must not be set in *argument forbidden_member_arg */
    int forbidden_member_arg;
    char *forbidden_status; /* status the call fails with when it is set */
    int resets_arg;        /* argument whose structure the call re-initialises */
    unsigned derefs_args;  /* bit i set: argument i is dereferenced */
    char *source;          /* documentation page, or annotations:reactos-xdk/<header> */
} ddc_ddi_contract;

/* What a callback role type (function typedef) says about the IRQL it runs at. */
typedef struct ddc_role_contract {
    char *name;
    int irql;         /* the IRQL it runs at, or at most */
    bool exact;       /* true: always runs at `irql`; false: may run at up to `irql` */
    bool follows_execution_level; /* a KMDF callback: WdfExecutionLevelPassive puts it at PASSIVE_LEVEL */
    char *what;       /* "a DPC routine", for messages */
    ddc_strings pointers; /* typedef names of pointers to this role (PKDEFERRED_ROUTINE) */
    char *source;
} ddc_role_contract;

/* One pointer typedef name and the role it points to (an index entry). */
typedef struct ddc_role_pointer {
    const char *name;              /* owned by `role` */
    const ddc_role_contract *role;
} ddc_role_pointer;

/* All contracts, sorted by name. */
typedef struct ddc_contracts {
    ddc_ddi_contract *ddis;
    size_t ddi_count;
    ddc_role_contract *roles;
    size_t role_count;
    ddc_role_pointer *role_pointers; /* every role's pointer= names, sorted by name */
    size_t role_pointer_count;
} ddc_contracts;

/* Where a text of facts comes from, for messages: "path:line: error: ..."
 * (a table row), or with a column "path:line:column: error: ..." (a
 * .ddicheck.yaml value, config.h). */
typedef struct ddc_text_mark {
    const char *path;
    unsigned line;
    unsigned column; /* 0 when there is no column */
} ddc_text_mark;

/* Loads ddis.tsv, then ddi-irql.tsv, then role-types.tsv from `directory`.
 * A DDI named in ddis.tsv keeps that row and its ddi-irql.tsv row is dropped;
 * ddi-irql.tsv must be sorted by name, as the generator writes it.  Returns 0,
 * or -1 after printing "file:line: error: message" on stderr for a file that
 * cannot be read or a malformed, repeated or out-of-order row.  On error
 * `contracts` is left empty. */
int ddc_contracts_load(ddc_contracts *contracts, const char *directory);

/* A contract that says nothing yet: every level unknown, every argument
 * index DDC_NO_ARG.  Copies `name` and `source` (free them with the contract's
 * other strings: name, forbidden_member, forbidden_status, source). */
ddc_ddi_contract ddc_ddi_contract_empty(const char *name, const char *source);

/* Applies a space-separated list of facts (the <facts> column of ddis.tsv,
 * e.g. "max_irql=DISPATCH_LEVEL maybe_null") to `contract`, so that every
 * source of contracts gives the facts the same meaning.  Returns 0, or -1
 * after printing "<where>: error: ..." on stderr for an unknown or malformed
 * fact. */
int ddc_ddi_contract_apply_facts(ddc_ddi_contract *contract, const char *facts, const ddc_text_mark *where);

/* Checks the facts that need one another (list_raises_when needs list_arg,
 * not_null_when needs maybe_null).  Returns 0, or -1 after printing
 * "<where>: error: ..." on stderr. */
int ddc_ddi_contract_validate(const ddc_ddi_contract *contract, const ddc_text_mark *where);

/* Frees the strings of one contract. */
void ddc_ddi_contract_free(ddc_ddi_contract *contract);

/* Adds `contract` to `contracts`, which takes its strings, keeping the table
 * sorted.  A contract of the same name is replaced: a user's own contract
 * (.ddicheck.yaml) wins over the shipped tables. */
void ddc_contracts_put(ddc_contracts *contracts, ddc_ddi_contract contract);

/* Looks up a DDI by exact name; NULL when there is no contract. */
const ddc_ddi_contract *ddc_contracts_find_ddi(const ddc_contracts *contracts, const char *name);

/* Looks up a role type by exact name; NULL when there is none. */
const ddc_role_contract *ddc_contracts_find_role(const ddc_contracts *contracts, const char *name);

/* Looks up the role type whose pointer typedef is `pointer_typedef_name`
 * (PKDEFERRED_ROUTINE -> KDEFERRED_ROUTINE, PFN_WDF_DPC -> EVT_WDF_DPC): how a
 * callback passed as a parameter or stored in a member of that type is
 * recognised.  NULL when no role lists that name. */
const ddc_role_contract *ddc_contracts_find_role_by_pointer(const ddc_contracts *contracts,
                                                            const char *pointer_typedef_name);

/* Frees everything and leaves `contracts` empty. */
void ddc_contracts_free(ddc_contracts *contracts);

#endif
