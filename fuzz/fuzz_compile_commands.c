/* libFuzzer harness: compile_commands.json text -> ddicheck's compile jobs.
 *
 * Each input is written as the compile_commands.json of a private scratch
 * folder, which also holds an empty tiny.c.  The database is then used the
 * two ways the command line uses one:
 *   - `ddicheck -p <folder>`: every entry becomes a job
 *     (ddc_compile_jobs_build with the folder as database_dir): libclang's
 *     JSON reader, then ddicheck's own handling of each command: cl.exe and
 *     clang-cl get --driver-mode=cl, the compiler, the source, -c, -o/-MF/
 *     -MT/-MQ and their values, /Fo, -MD and -MMD are dropped, the driver
 *     project and UMDF flags are found, the default flags are appended;
 *   - `ddicheck tiny.c`: the database is found by walking up from the file
 *     and used only when it lists it (compile_database.c).
 * Relative "directory" values are relative to the working folder, so the
 * harness works in the scratch folder while it builds the jobs.  The files
 * the commands name are not parsed (a command line may name any file on
 * the machine).  A database that libclang refuses is fine; a crash, leak,
 * undefined behaviour or a job without its file or flags is a bug. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../checker/core/compile_jobs.h"
#include "fuzz_common.h"

static const char *folder;
static char *tiny_file;
static char *home;
static ddc_data_paths paths;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    folder = ddc_fuzz_folder("fuzz-compile-commands");
    tiny_file = ddc_fuzz_write_file("tiny.c", "", 0);
    home = getcwd(NULL, 0);
    char *above = ddc_dirname(folder);
    if (ddc_fuzz_found_above(above, "compile_commands.json")) {
        fprintf(stderr, "fuzz_compile_commands: a compile_commands.json above %s would be found for tiny.c: set "
                        "TMPDIR to a folder without one above it\n", folder);
        exit(2);
    }
    free(above);
    if (!home || ddc_data_paths_find(&paths) != 0)
        exit(2);
    return 0;
}

/* Every job names a file and ends with ddicheck's own flags. */
static void check_jobs(const ddc_compile_jobs *jobs)
{
    for (size_t i = 0; i < jobs->count; i++) {
        const ddc_compile_job *job = &jobs->items[i];
        if (!job->file || !job->project || job->args.count == 0)
            abort();
        bool resource = false;
        for (size_t a = 0; a < job->args.count; a++)
            resource |= strncmp(job->args.items[a], "-resource-dir=", 14) == 0;
        if (!resource)
            abort();
    }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    ddc_fuzz_selftest(data, size);
    free(ddc_fuzz_write_file("compile_commands.json", data, size));
    if (chdir(folder) != 0)
        abort();

    ddc_compile_jobs jobs;
    if (ddc_compile_jobs_build(&jobs, &paths, folder, NULL, 0, NULL, 0) == 0)
        check_jobs(&jobs);
    ddc_compile_jobs_free(&jobs);

    char *inputs[] = {tiny_file};
    if (ddc_compile_jobs_build(&jobs, &paths, NULL, inputs, 1, NULL, 0) == 0) {
        if (jobs.count != 1)
            abort(); /* the file given is a job, with the database's command or the default flags */
        check_jobs(&jobs);
    }
    ddc_compile_jobs_free(&jobs);

    if (chdir(home) != 0)
        abort();
    return 0;
}
