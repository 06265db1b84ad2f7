/* Printing a check's page for --explain. */
#include "check_pages.h"

#include <errno.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "../checks/check.h"
#include "util.h"

static bool is_registered(const char *id)
{
    for (size_t i = 0; i < ddc_check_count; i++)
        if (strcmp(ddc_checks[i]->id, id) == 0)
            return true;
    return false;
}

static void print_valid_ids(FILE *out)
{
    fputs("ddicheck: valid check ids:", out);
    for (size_t i = 0; i < ddc_check_count; i++)
        fprintf(out, " %s", ddc_checks[i]->id);
    fputc('\n', out);
}

int ddc_check_page_print(const char *id, const char *pages, FILE *out)
{
    if (!is_registered(id)) {
        fprintf(stderr, "ddicheck: error: '%s' is not a check id\n", id);
        print_valid_ids(stderr);
        return -1;
    }
    int status = -1;
    char *path = ddc_format("%s/%s.md", pages, id);
    FILE *page = fopen(path, "rb");
    if (!page) {
        fprintf(stderr, "ddicheck: error: cannot read the page of '%s' (%s: %s)\n", id, path, strerror(errno));
        goto cleanup;
    }
    char buffer[8192];
    size_t length;
    while ((length = fread(buffer, 1, sizeof buffer, page)) > 0)
        if (fwrite(buffer, 1, length, out) != length) {
            fprintf(stderr, "ddicheck: error: cannot write the page of '%s'\n", id);
            goto cleanup;
        }
    if (ferror(page)) {
        fprintf(stderr, "ddicheck: error: cannot read the page of '%s' (%s)\n", id, path);
        goto cleanup;
    }
    if (fflush(out) != 0) {
        fprintf(stderr, "ddicheck: error: cannot write the page of '%s'\n", id);
        goto cleanup;
    }
    status = 0;

cleanup:
    if (page)
        fclose(page);
    free(path);
    return status;
}
