/* contract_probe: prints what the contracts say about every call in one C file.
 *
 * Built and run by tests/test_contracts.py, to test the contract loader and
 * evaluation (contracts.c, contract_eval.c) on their own, whatever the checks
 * make of them.
 *
 *   contract_probe <contracts folder> <file.c> [clang arguments...]
 *
 * For every call in the file itself (not in its headers) to a function that
 * has a contract, one line:
 *   <line> <callee> may_return_null=<0|1> null_out=<argument index or -1>
 * Exit status: 0, 1 when the contracts do not load, 2 on a usage or parse error. */
#include <clang-c/Index.h>
#include <stdio.h>

#include "../checker/core/contract_eval.h"
#include "../checker/core/contracts.h"

typedef struct probe {
    const ddc_contracts *contracts;
    CXFile main_file;
} probe;

static enum CXChildVisitResult print_call(CXCursor cursor, CXCursor parent, CXClientData data)
{
    (void)parent;
    const probe *p = data;
    if (clang_getCursorKind(cursor) != CXCursor_CallExpr)
        return CXChildVisit_Recurse;
    CXFile file = NULL;
    unsigned line = 0;
    /* Where the call is written: a macro's call (MmGetSystemAddressForMdlSafe) counts where the macro is used. */
    clang_getExpansionLocation(clang_getCursorLocation(cursor), &file, &line, NULL, NULL);
    if (!file || !clang_File_isEqual(file, p->main_file))
        return CXChildVisit_Recurse;
    CXString name = clang_getCursorSpelling(clang_getCursorReferenced(cursor));
    const ddc_ddi_contract *contract = ddc_contracts_find_ddi(p->contracts, clang_getCString(name));
    if (contract) {
        printf("%u %s may_return_null=%d null_out=%d\n", line, contract->name,
               ddc_call_may_return_null(contract, cursor), contract->null_out_arg);
    }
    clang_disposeString(name);
    return CXChildVisit_Recurse;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: contract_probe <contracts folder> <file.c> [clang arguments...]\n");
        return 2;
    }
    ddc_contracts contracts;
    if (ddc_contracts_load(&contracts, argv[1]))
        return 1;
    int status = 0;
    CXIndex index = clang_createIndex(0, 1);
    CXTranslationUnit unit = NULL;
    enum CXErrorCode error = clang_parseTranslationUnit2(index, argv[2], (const char *const *)argv + 3, argc - 3,
                                                         NULL, 0, CXTranslationUnit_None, &unit);
    if (error != CXError_Success) {
        fprintf(stderr, "%s: cannot parse (libclang error %d)\n", argv[2], (int)error);
        status = 2;
        goto cleanup;
    }
    probe p = {.contracts = &contracts, .main_file = clang_getFile(unit, argv[2])};
    clang_visitChildren(clang_getTranslationUnitCursor(unit), print_call, &p);
    clang_disposeTranslationUnit(unit);
cleanup:
    clang_disposeIndex(index);
    ddc_contracts_free(&contracts);
    return status;
}
