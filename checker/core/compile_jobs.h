/* What to parse, and with which compiler arguments.
 *
 * With a compilation database (-p build-dir, or without -p the one found by
 * walking up from each file: compile_database.h), each entry's own arguments
 * are used (cl.exe / clang-cl commands get --driver-mode=cl).  Without one, the
 * arguments come from ../shared/DESIGN.md: Debian's mingw-w64 DDK headers
 * plus the project's overlay headers (or the real WDK's headers named by
 * WdkInclude in .ddicheck.yaml), the file's folder, its parent and the
 * inc/include folders above it. */
#ifndef DDC_COMPILE_JOBS_H
#define DDC_COMPILE_JOBS_H

#include <stdbool.h>
#include <stddef.h>

#include "util.h"

typedef struct ddc_compile_job {
    char *file;          /* the source file, as given or as the database has it */
    ddc_strings args;    /* compiler arguments without the file itself */
    bool from_database;
    /* The driver project the file belongs to (driver_project.h), or "" when
     * there is none (all such files form one program).  Whole-program facts
     * are joined only within one project. */
    char *project;
    /* A UMDF driver (its .vcxproj says <DriverType>UMDF</DriverType>, or its
     * flags define UMDF_VERSION_MAJOR): it runs in user mode, at PASSIVE_LEVEL. */
    bool user_mode;
    /* An editor's unsaved text of `file` (the language server), parsed in
     * place of the file on disk; NULL to parse the disk file.  Owned by the
     * job: set it with ddc_compile_job_set_contents. */
    char *contents;
    size_t contents_length;
} ddc_compile_job;

typedef struct ddc_compile_jobs {
    ddc_compile_job *items;
    size_t count;
    ddc_strings search_roots; /* trees whose headers are indexed */
    /* Every file of the program is a job: the whole compilation database (-p
     * with no file inputs) or whole folders, never a list of single files (a
     * pre-commit hook's changed files).  Only then may a check conclude that
     * something is absent from the driver. */
    bool whole_program;
    size_t excluded; /* files left out by an Exclude glob of .ddicheck.yaml */
} ddc_compile_jobs;

/* The .ddicheck.yaml configurations (config.h). */
typedef struct ddc_configs ddc_configs;

/* Where the data the checker ships lives (contracts, overlay headers, the
 * checks' pages). */
typedef struct ddc_data_paths {
    char *contracts;  /* folder with ddis.tsv and role-types.tsv */
    char *include;    /* overlay headers */
    char *pages; /* folder with the checks' pages <id>.md */
    char *resource;   /* libclang's resource folder (builtin headers) */
    const char *mingw_include; /* Debian's mingw-w64 headers (ddk/ below it) */
} ddc_data_paths;

/* Finds the data folders: $DDICHECK_DATA_DIR, then <exe>/../share/ddicheck
 * (installed), then the source tree the binary was built from.  The pages are
 * in the data folder's pages/ (installed), or the data folder itself (the
 * source tree's rules/).  Returns 0 or -1 with a message on stderr. */
int ddc_data_paths_find(ddc_data_paths *paths);
void ddc_data_paths_free(ddc_data_paths *paths);

/* Builds the jobs for `inputs` (files and folders; folders are searched for
 * *.c files).  `database_dir` is the -p folder or NULL; with it and no
 * inputs, every entry is a job.  `extra` are the flags after "--".  Inputs
 * that do not exist are reported on stderr and skipped.  Returns 0, or -1
 * when the compilation database cannot be loaded. */
int ddc_compile_jobs_build(ddc_compile_jobs *jobs, const ddc_data_paths *paths, const char *database_dir,
                           char **inputs, size_t input_count, char **extra, size_t extra_count);

/* The same, with the configuration of each file (`configs`, may be NULL):
 * files an Exclude glob matches are not jobs (counted in jobs->excluded),
 * and a file without a compilation database whose configuration names
 * WdkInclude is parsed with the real WDK's headers (wdk_include.h).  Returns
 * -1 also when a configuration file is malformed (reported on stderr). */
int ddc_compile_jobs_build_configured(ddc_compile_jobs *jobs, const ddc_data_paths *paths, ddc_configs *configs,
                                      const char *database_dir, char **inputs, size_t input_count, char **extra,
                                      size_t extra_count);
/* Makes a copy of `text` (`length` bytes) the contents `job` parses, in
 * place of its file on disk.  The file's compile command and include paths
 * are still those found for the disk file. */
void ddc_compile_job_set_contents(ddc_compile_job *job, const char *text, size_t length);

void ddc_compile_jobs_free(ddc_compile_jobs *jobs);

#endif
