/* Walking up to the compilation database, with a cache per folder so that a
 * tree of files costs one walk per folder. */
#include "compile_database.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

typedef struct folder_answer {
    char *folder;          /* a folder some file was in, or walked through */
    char *database_folder; /* where its database is; NULL: none above it */
} folder_answer;

typedef struct loaded_database {
    char *folder;
    CXCompilationDatabase database; /* NULL: could not be loaded */
    ddc_strings files;              /* the files it lists, resolved (realpath) */
} loaded_database;

struct ddc_database_finder {
    folder_answer *answers;
    size_t answer_count;
    loaded_database *loaded;
    size_t loaded_count;
};

ddc_database_finder *ddc_database_finder_new(void)
{
    return ddc_xcalloc(1, sizeof(ddc_database_finder));
}

static const folder_answer *known_answer(const ddc_database_finder *finder, const char *folder)
{
    for (size_t i = 0; i < finder->answer_count; i++)
        if (strcmp(finder->answers[i].folder, folder) == 0)
            return &finder->answers[i];
    return NULL;
}

static void remember(ddc_database_finder *finder, const char *folder, const char *database_folder)
{
    finder->answers = ddc_xrealloc(finder->answers, (finder->answer_count + 1) * sizeof *finder->answers);
    finder->answers[finder->answer_count++] =
        (folder_answer){ddc_strdup(folder), database_folder ? ddc_strdup(database_folder) : NULL};
}

/* The folder holding the database for `folder` (an absolute path), or NULL. */
static const char *database_folder_of(ddc_database_finder *finder, const char *folder)
{
    const folder_answer *known = known_answer(finder, folder);
    if (known)
        return known->database_folder;
    char *found = NULL;
    char *candidate = ddc_format("%s/compile_commands.json", folder);
    if (ddc_is_file(candidate)) {
        found = ddc_strdup(folder);
    } else {
        free(candidate);
        candidate = ddc_format("%s/build/compile_commands.json", folder);
        if (ddc_is_file(candidate))
            found = ddc_format("%s/build", folder);
    }
    free(candidate);
    if (!found && strcmp(folder, "/") != 0) {
        char *parent = ddc_dirname(folder);
        const char *above = database_folder_of(finder, parent);
        found = above ? ddc_strdup(above) : NULL;
        free(parent);
    }
    remember(finder, folder, found);
    free(found);
    return known_answer(finder, folder)->database_folder;
}

/* The real paths of the files `database` lists. */
static void list_files(CXCompilationDatabase database, ddc_strings *files)
{
    CXCompileCommands all = clang_CompilationDatabase_getAllCompileCommands(database);
    unsigned count = clang_CompileCommands_getSize(all);
    for (unsigned i = 0; i < count; i++) {
        CXCompileCommand command = clang_CompileCommands_getCommand(all, i);
        CXString name = clang_CompileCommand_getFilename(command);
        CXString directory = clang_CompileCommand_getDirectory(command);
        const char *file = clang_getCString(name);
        char *joined = file[0] == '/' ? ddc_strdup(file) : ddc_format("%s/%s", clang_getCString(directory), file);
        char *resolved = realpath(joined, NULL);
        ddc_strings_add(files, resolved ? resolved : joined);
        free(resolved);
        free(joined);
        clang_disposeString(name);
        clang_disposeString(directory);
    }
    clang_CompileCommands_dispose(all);
}

static loaded_database *load(ddc_database_finder *finder, const char *folder)
{
    for (size_t i = 0; i < finder->loaded_count; i++)
        if (strcmp(finder->loaded[i].folder, folder) == 0)
            return &finder->loaded[i];
    CXCompilationDatabase_Error error = CXCompilationDatabase_NoError;
    CXCompilationDatabase database = clang_CompilationDatabase_fromDirectory(folder, &error);
    if (error != CXCompilationDatabase_NoError) {
        if (database)
            clang_CompilationDatabase_dispose(database);
        database = NULL;
        fprintf(stderr, "ddicheck: warning: cannot load the compilation database '%s/compile_commands.json'; "
                        "using the default flags for the files below it\n", folder);
    }
    finder->loaded = ddc_xrealloc(finder->loaded, (finder->loaded_count + 1) * sizeof *finder->loaded);
    loaded_database *loaded = &finder->loaded[finder->loaded_count++];
    *loaded = (loaded_database){ddc_strdup(folder), database, {0}};
    if (database)
        list_files(database, &loaded->files);
    return loaded;
}

CXCompileCommands ddc_database_finder_commands(ddc_database_finder *finder, const char *file)
{
    char *absolute = realpath(file, NULL);
    if (!absolute)
        return NULL;
    char *file_folder = ddc_dirname(absolute);
    const char *database_folder = database_folder_of(finder, file_folder);
    free(file_folder);
    loaded_database *loaded = database_folder ? load(finder, database_folder) : NULL;
    bool listed = loaded && loaded->database && ddc_strings_contains(&loaded->files, absolute);
    free(absolute);
    return listed ? ddc_database_commands_for(loaded->database, file) : NULL;
}

CXCompileCommands ddc_database_commands_for(CXCompilationDatabase database, const char *file)
{
    char *absolute = realpath(file, NULL);
    CXCompileCommands commands = clang_CompilationDatabase_getCompileCommands(database, absolute ? absolute : file);
    free(absolute);
    if (commands && clang_CompileCommands_getSize(commands) == 0) {
        clang_CompileCommands_dispose(commands);
        commands = NULL;
    }
    return commands;
}

void ddc_database_finder_free(ddc_database_finder *finder)
{
    if (!finder)
        return;
    for (size_t i = 0; i < finder->answer_count; i++) {
        free(finder->answers[i].folder);
        free(finder->answers[i].database_folder);
    }
    for (size_t i = 0; i < finder->loaded_count; i++) {
        free(finder->loaded[i].folder);
        if (finder->loaded[i].database)
            clang_CompilationDatabase_dispose(finder->loaded[i].database);
        ddc_strings_free(&finder->loaded[i].files);
    }
    free(finder->answers);
    free(finder->loaded);
    free(finder);
}
