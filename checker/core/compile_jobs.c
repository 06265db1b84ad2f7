/* Building compile jobs from inputs or a compilation database. */
#define _XOPEN_SOURCE 700
#include "compile_jobs.h"

#include <clang-c/CXCompilationDatabase.h>
#include <clang-c/Index.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "compile_database.h"
#include "config.h"
#include "driver_project.h"
#include "source_walk.h"
#include "wdk_include.h"

#ifndef DDC_SOURCE_RULES_DIR
#define DDC_SOURCE_RULES_DIR "rules"
#endif
#ifndef DDC_INSTALLED_DATA_DIR
#define DDC_INSTALLED_DATA_DIR "/usr/local/share/ddicheck"
#endif
#ifndef DDC_CLANG_RESOURCE_DIR
#define DDC_CLANG_RESOURCE_DIR "/usr/lib/llvm-19/lib/clang/19"
#endif

/* Debian's mingw-w64-x86-64-dev puts the DDK headers in ddk/ below this. */
static const char mingw_root[] = "/usr/x86_64-w64-mingw32/include";

/* Flags every parse gets: keep going after errors, no warnings (they are not
 * what the checker reports), and C89-era driver code accepted. */
static const char *const common_flags[] = {
    "-ferror-limit=0",
    "-w",
    "-Wno-error=implicit-function-declaration",
    "-Wno-error=int-conversion",
    "-Wno-error=incompatible-pointer-types",
    "-Wno-error=incompatible-function-pointer-types",
    "-Wno-error=return-type",
    "-Wno-error=implicit-int",
};

/* Flags for parsing without the WDK (DESIGN.md, "Headers").  A driver is
 * freestanding code (and its test tools' main(ULONG argc, ...) then parses). */
static const char *const mingw_flags[] = {
    "--target=x86_64-w64-mingw32", "-fms-extensions", "-ffreestanding", "-D_AMD64_", "-D_WIN64", "-D_KERNEL_MODE", "-DNTDDI_VERSION=0x0A000000",
};

static bool has_data(const char *folder)
{
    char *contracts = ddc_format("%s/contracts/ddis.tsv", folder);
    bool found = ddc_is_file(contracts);
    free(contracts);
    return found;
}

/* An installed data folder has the pages in pages/; the source tree's rules/
 * folder has them beside contracts/. */
static void set_from(ddc_data_paths *paths, const char *folder)
{
    paths->contracts = ddc_format("%s/contracts", folder);
    paths->include = ddc_format("%s/include", folder);
    paths->pages = ddc_format("%s/pages", folder);
    if (!ddc_is_directory(paths->pages)) {
        free(paths->pages);
        paths->pages = ddc_strdup(folder);
    }
}

int ddc_data_paths_find(ddc_data_paths *paths)
{
    memset(paths, 0, sizeof *paths);
    paths->resource = ddc_strdup(DDC_CLANG_RESOURCE_DIR);
    paths->mingw_include = mingw_root;
    const char *override = getenv("DDICHECK_DATA_DIR");
    if (override && *override) {
        if (!has_data(override)) {
            fprintf(stderr, "ddicheck: error: DDICHECK_DATA_DIR '%s' has no contracts/ddis.tsv\n", override);
            return -1;
        }
        set_from(paths, override);
        return 0;
    }
    char executable[PATH_MAX];
    ssize_t length = readlink("/proc/self/exe", executable, sizeof executable - 1);
    if (length > 0) {
        executable[length] = '\0';
        char *bin = ddc_dirname(executable);
        char *installed = ddc_format("%s/../share/ddicheck", bin);
        free(bin);
        if (has_data(installed)) {
            set_from(paths, installed);
            free(installed);
            return 0;
        }
        free(installed);
    }
    if (has_data(DDC_INSTALLED_DATA_DIR)) {
        set_from(paths, DDC_INSTALLED_DATA_DIR);
        return 0;
    }
    if (has_data(DDC_SOURCE_RULES_DIR)) {
        set_from(paths, DDC_SOURCE_RULES_DIR);
        return 0;
    }
    fprintf(stderr, "ddicheck: error: cannot find the contracts (looked in <exe>/../share/ddicheck, %s and %s); "
                    "set DDICHECK_DATA_DIR\n", DDC_INSTALLED_DATA_DIR, DDC_SOURCE_RULES_DIR);
    return -1;
}

void ddc_data_paths_free(ddc_data_paths *paths)
{
    free(paths->contracts);
    free(paths->include);
    free(paths->pages);
    free(paths->resource);
    memset(paths, 0, sizeof *paths);
}

static ddc_compile_job *add_job(ddc_compile_jobs *jobs, const char *file)
{
    jobs->items = ddc_xrealloc(jobs->items, (jobs->count + 1) * sizeof *jobs->items);
    ddc_compile_job *job = &jobs->items[jobs->count++];
    memset(job, 0, sizeof *job);
    job->file = ddc_strdup(file);
    return job;
}

static void add_flags(ddc_strings *args, const char *const *flags, size_t count)
{
    for (size_t i = 0; i < count; i++)
        ddc_strings_add(args, flags[i]);
}

static void add_include_if_folder(ddc_strings *args, const char *folder)
{
    char *absolute = realpath(folder, NULL);
    if (absolute && ddc_is_directory(absolute)) {
        char *flag = ddc_format("-I%s", absolute);
        if (!ddc_strings_contains(args, flag))
            ddc_strings_take(args, flag);
        else
            free(flag);
    }
    free(absolute);
}

/* The arguments for a file without a compilation database: Debian's
 * mingw-w64 headers and the overlay, or the real WDK's headers in
 * `wdk_include` (when not NULL; its folders are added to `header_roots`). */
static void default_args(ddc_compile_job *job, const ddc_data_paths *paths, const char *wdk_include,
                         ddc_strings *header_roots)
{
    if (wdk_include)
        ddc_wdk_include_args(wdk_include, job->user_mode, &job->args, header_roots);
    else
        add_flags(&job->args, mingw_flags, sizeof mingw_flags / sizeof mingw_flags[0]);
    char *folder = ddc_dirname(job->file);
    add_include_if_folder(&job->args, folder);
    char *parent = ddc_format("%s/..", folder);
    add_include_if_folder(&job->args, parent);
    /* inc/ and include/ folders of the file's folder and up to four above it. */
    char *level = ddc_strdup(folder);
    for (int up = 0; up < 5; up++) {
        char *inc = ddc_format("%s/inc", level), *include = ddc_format("%s/include", level);
        add_include_if_folder(&job->args, inc);
        add_include_if_folder(&job->args, include);
        free(inc);
        free(include);
        char *next = ddc_format("%s/..", level);
        free(level);
        level = next;
    }
    free(level);
    free(parent);
    free(folder);
    if (wdk_include)
        return;
    ddc_strings_take(&job->args, ddc_format("-isystem%s", paths->include));
    ddc_strings_take(&job->args, ddc_format("-isystem%s/ddk", mingw_root));
    ddc_strings_take(&job->args, ddc_format("-isystem%s", mingw_root));
}

/* The git work tree that holds `folder`, else the folder above it. */
static char *driver_tree_of(const char *folder)
{
    char *probe = ddc_strdup(folder);
    for (;;) {
        char *git = ddc_format("%s/.git", probe);
        bool found = access(git, F_OK) == 0;
        free(git);
        if (found)
            return probe;
        if (strcmp(probe, "/") == 0)
            break;
        char *up = ddc_dirname(probe);
        free(probe);
        probe = up;
    }
    free(probe);
    char *parent = ddc_format("%s/..", folder);
    char *resolved = realpath(parent, NULL);
    free(parent);
    return resolved ? resolved : ddc_strdup(folder);
}

/* The trees searched for project headers: for a folder input, the folder;
 * for a file, its driver tree (see driver_tree_of). */
static void add_search_root(ddc_compile_jobs *jobs, const char *input, bool is_folder)
{
    char *absolute = realpath(input, NULL);
    if (!absolute)
        return;
    char *folder = is_folder ? NULL : ddc_dirname(absolute);
    char *root = is_folder ? ddc_strdup(absolute) : driver_tree_of(folder);
    if (!ddc_strings_contains(&jobs->search_roots, root))
        ddc_strings_add(&jobs->search_roots, root);
    free(root);
    free(folder);
    free(absolute);
}

/* cl.exe and clang-cl take MSVC-style options. */
static bool is_cl_compiler(const char *path)
{
    const char *name = path;
    for (const char *c = path; *c; c++)
        if (*c == '/' || *c == '\\')
            name = c + 1;
    return strcasecmp(name, "cl") == 0 || strcasecmp(name, "cl.exe") == 0 || strncasecmp(name, "clang-cl", 8) == 0;
}

/* True for a `-Wp,...` argument that hands the preprocessor a dependency
 * option (-Wp,-MD,file): libclang writes that file, relative to ddicheck's
 * own folder. */
static bool is_preprocessor_dependency_option(const char *text)
{
    return strncmp(text, "-Wp,", 4) == 0 && (strncmp(text + 4, "-M", 2) == 0 || strstr(text, ",-M") != NULL);
}

/* True for an argument of a gcc-style command that only asks for
 * dependency output (-M, -MM, -MD, -MMD, -MF<file>, -MJ<file>, -MG, -MP,
 * -MT<t>, -MQ<t>, --write-dependencies...): what clang would write is not
 * ddicheck's to write. */
static bool is_dependency_option(const char *text)
{
    return strncmp(text, "-M", 2) == 0 || strcmp(text, "--write-dependencies") == 0 ||
           strcmp(text, "--write-user-dependencies") == 0 || strcmp(text, "--dependencies") == 0 ||
           strcmp(text, "--user-dependencies") == 0 || is_preprocessor_dependency_option(text);
}

/* The entries' arguments, without the compiler, the source, -c and -o;
 * `folder` (NULL when it does not exist) is where they run.  Nothing that
 * makes libclang write a file is kept: dependency files, -MJ's database
 * fragments, -gen-cdb-fragment-path.  In a cl.exe command -MD and -MT choose
 * the C runtime (they define _DLL and _MT) and stay. */
static void database_args(ddc_compile_job *job, CXCompileCommand command, const char *folder)
{
    unsigned count = clang_CompileCommand_getNumArgs(command);
    CXString filename = clang_CompileCommand_getFilename(command);
    const char *source = clang_getCString(filename);
    CXString compiler = clang_CompileCommand_getArg(command, 0);
    bool cl = is_cl_compiler(clang_getCString(compiler));
    if (cl)
        ddc_strings_add(&job->args, "--driver-mode=cl");
    clang_disposeString(compiler);
    if (folder)
        ddc_strings_take(&job->args, ddc_format("-working-directory=%s", folder));
    for (unsigned i = 1; i < count; i++) {
        CXString arg = clang_CompileCommand_getArg(command, i);
        const char *text = clang_getCString(arg);
        bool takes_value = strcmp(text, "-MF") == 0 || strcmp(text, "-MT") == 0 || strcmp(text, "-MQ") == 0 ||
                           strcmp(text, "-MJ") == 0;
        bool skip_next = strcmp(text, "-o") == 0 || strcmp(text, "-gen-cdb-fragment-path") == 0 ||
                         (takes_value && (!cl || strcmp(text, "-MJ") == 0));
        bool drop = skip_next || strcmp(text, "-c") == 0 || strcmp(text, "/c") == 0 || strcmp(text, source) == 0 ||
                    strncmp(text, "/Fo", 3) == 0 || strncmp(text, "-MJ", 3) == 0 ||
                    is_preprocessor_dependency_option(text) || (!cl && is_dependency_option(text));
        if (!drop)
            ddc_strings_add(&job->args, text);
        clang_disposeString(arg);
        if (skip_next)
            i++;
    }
    clang_disposeString(filename);
}

/* libclang's text, or "" for none. */
static const char *text_of(CXString string)
{
    const char *text = clang_getCString(string);
    return text ? text : "";
}

static void add_database_job(ddc_compile_jobs *jobs, CXCompileCommand command)
{
    CXString filename = clang_CompileCommand_getFilename(command);
    CXString directory = clang_CompileCommand_getDirectory(command);
    const char *name = text_of(filename);
    char *folder = realpath(text_of(directory), NULL);
    bool folder_gone = !folder;
    if (!folder)
        folder = ddc_strdup(text_of(directory));
    /* Absolute paths, so findings name the file wherever ddicheck runs. */
    char *path = name[0] == '/' ? ddc_strdup(name) : ddc_format("%s/%s", folder, name);
    ddc_compile_job *job = add_job(jobs, path);
    /* A build folder since deleted: the file may still be there (an
     * absolute path), parsed without the folder (libclang would refuse
     * -working-directory); if it is gone too, reading it says so. */
    if (folder_gone && access(path, F_OK) == 0)
        fprintf(stderr, "ddicheck: warning: the compile command of '%s' runs in '%s', which does not exist; "
                        "paths relative to it are not found\n", path, folder);
    /* An entry whose "command" or "arguments" is empty names no compiler
     * and no flags: the file is parsed as if it had no entry. */
    if (clang_CompileCommand_getNumArgs(command) == 0) {
        fprintf(stderr, "ddicheck: warning: the compilation database gives '%s' an empty command; using the "
                        "default flags\n", path);
    } else {
        job->from_database = true;
        database_args(job, command, folder_gone ? NULL : folder);
    }
    free(path);
    free(folder);
    clang_disposeString(filename);
    clang_disposeString(directory);
}

/* Sets job->project and job->user_mode: the driver project above the file
 * (driver_project.h), and UMDF flags in its arguments or `extra` (UMDF builds
 * define UMDF_VERSION_MAJOR).  Jobs of one folder come together, so the last
 * folder's answer is reused. */
static void find_project(ddc_compile_job *job, char **extra, size_t extra_count, char **last_folder,
                         ddc_driver_project *last)
{
    char *absolute = realpath(job->file, NULL);
    char *folder = ddc_dirname(absolute ? absolute : job->file);
    free(absolute);
    if (!*last_folder || strcmp(*last_folder, folder) != 0) {
        ddc_driver_project_free(last);
        *last = ddc_driver_project_of(folder);
        free(*last_folder);
        *last_folder = folder;
    } else {
        free(folder);
    }
    job->project = ddc_strdup(last->folder);
    job->user_mode = last->umdf;
    for (size_t i = 0; i < job->args.count; i++)
        job->user_mode |= strstr(job->args.items[i], "UMDF_VERSION_MAJOR") != NULL;
    for (size_t i = 0; i < extra_count; i++)
        job->user_mode |= strstr(extra[i], "UMDF_VERSION_MAJOR") != NULL;
}

static void free_job(ddc_compile_job *job)
{
    free(job->file);
    free(job->contents);
    free(job->project);
    ddc_strings_free(&job->args);
}

/* Drops the jobs whose files an Exclude glob of their configuration matches. */
static int drop_excluded(ddc_compile_jobs *jobs, ddc_configs *configs)
{
    size_t kept = 0;
    for (size_t i = 0; i < jobs->count; i++) {
        const ddc_config *config = ddc_configs_for(configs, jobs->items[i].file);
        if (!config) {
            for (size_t j = i; j < jobs->count; j++)
                jobs->items[kept++] = jobs->items[j];
            jobs->count = kept;
            return -1;
        }
        if (ddc_config_excludes(config, jobs->items[i].file)) {
            free_job(&jobs->items[i]);
            jobs->excluded++;
        } else {
            jobs->items[kept++] = jobs->items[i];
        }
    }
    jobs->count = kept;
    return 0;
}

int ddc_compile_jobs_build(ddc_compile_jobs *jobs, const ddc_data_paths *paths, const char *database_dir,
                           char **inputs, size_t input_count, char **extra, size_t extra_count)
{
    return ddc_compile_jobs_build_configured(jobs, paths, NULL, database_dir, inputs, input_count, extra, extra_count);
}

int ddc_compile_jobs_build_configured(ddc_compile_jobs *jobs, const ddc_data_paths *paths, ddc_configs *configs,
                                      const char *database_dir, char **inputs, size_t input_count, char **extra,
                                      size_t extra_count)
{
    memset(jobs, 0, sizeof *jobs);
    CXCompilationDatabase database = NULL;
    if (database_dir) {
        char *problem = NULL;
        database = ddc_database_load(database_dir, &problem);
        if (!database) {
            fprintf(stderr, "ddicheck: error: cannot load a compilation database from '%s': %s\n", database_dir,
                    problem);
            free(problem);
            return -1;
        }
    }
    ddc_strings sources = {0};
    jobs->whole_program = true;
    for (size_t i = 0; i < input_count; i++) {
        struct stat info;
        if (stat(inputs[i], &info) != 0) {
            fprintf(stderr, "ddicheck: error: cannot read '%s': %s\n", inputs[i], strerror(errno));
        } else if (S_ISDIR(info.st_mode)) {
            if (ddc_find_sources(inputs[i], &sources) == 0)
                fprintf(stderr, "ddicheck: error: '%s' holds no C files (*.c)\n", inputs[i]);
            add_search_root(jobs, inputs[i], true);
        } else if (!S_ISREG(info.st_mode)) {
            fprintf(stderr, "ddicheck: error: cannot read '%s': not a file or folder\n", inputs[i]);
        } else if (access(inputs[i], R_OK) != 0) {
            fprintf(stderr, "ddicheck: error: cannot read '%s': %s\n", inputs[i], strerror(errno));
        } else {
            jobs->whole_program = false;
            ddc_strings_add(&sources, inputs[i]);
            add_search_root(jobs, inputs[i], false);
        }
    }
    ddc_sources_drop_duplicates(&sources);
    if (database && input_count == 0) {
        CXCompileCommands all = clang_CompilationDatabase_getAllCompileCommands(database);
        unsigned count = clang_CompileCommands_getSize(all);
        for (unsigned i = 0; i < count; i++)
            add_database_job(jobs, clang_CompileCommands_getCommand(all, i));
        clang_CompileCommands_dispose(all);
        if (count == 0)
            fprintf(stderr, "ddicheck: error: the compilation database in '%s' lists no files\n", database_dir);
    }
    /* Without -p, each file's database is found by walking up from it. */
    ddc_database_finder *finder = database ? NULL : ddc_database_finder_new();
    for (size_t i = 0; i < sources.count; i++) {
        CXCompileCommands commands = database ? ddc_database_commands_for(database, sources.items[i])
                                              : ddc_database_finder_commands(finder, sources.items[i]);
        if (commands) {
            add_database_job(jobs, clang_CompileCommands_getCommand(commands, 0));
            clang_CompileCommands_dispose(commands);
        } else {
            /* A database found by walking up need not cover every file (a
             * file of another configuration): only -p warrants a warning. */
            if (database)
                fprintf(stderr, "ddicheck: warning: '%s' is not in the compilation database; using the default "
                                "flags\n", sources.items[i]);
            add_job(jobs, sources.items[i]); /* default arguments below */
        }
    }
    ddc_database_finder_free(finder);
    ddc_strings_free(&sources);
    if (database)
        clang_CompilationDatabase_dispose(database);
    if (configs && drop_excluded(jobs, configs))
        return -1;
    char *last_folder = NULL;
    ddc_driver_project last_project = {0};
    int status = 0;
    for (size_t i = 0; i < jobs->count && status == 0; i++) {
        ddc_compile_job *job = &jobs->items[i];
        find_project(job, extra, extra_count, &last_folder, &last_project);
        if (!job->from_database) {
            const ddc_config *config = configs ? ddc_configs_for(configs, job->file) : NULL;
            status = configs && !config ? -1 : 0;
            default_args(job, paths, config ? config->wdk_include : NULL, &jobs->search_roots);
        }
        ddc_strings_take(&job->args, ddc_format("-resource-dir=%s", paths->resource));
        add_flags(&job->args, common_flags, sizeof common_flags / sizeof common_flags[0]);
        for (size_t e = 0; e < extra_count; e++)
            ddc_strings_add(&job->args, extra[e]);
        if (job->from_database)
            add_search_root(jobs, job->file, false);
    }
    free(last_folder);
    ddc_driver_project_free(&last_project);
    return status;
}

void ddc_compile_job_set_contents(ddc_compile_job *job, const char *text, size_t length)
{
    free(job->contents);
    job->contents = ddc_xmalloc(length + 1);
    memcpy(job->contents, text, length);
    job->contents[length] = '\0';
    job->contents_length = length;
}

void ddc_compile_jobs_free(ddc_compile_jobs *jobs)
{
    for (size_t i = 0; i < jobs->count; i++)
        free_job(&jobs->items[i]);
    free(jobs->items);
    ddc_strings_free(&jobs->search_roots);
    memset(jobs, 0, sizeof *jobs);
}
