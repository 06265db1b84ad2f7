/* Walking up to the compilation database, with a cache per folder so that a
 * tree of files costs one walk per folder. */
#include "compile_database.h"

#include <errno.h>
#include <json-c/json.h>
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
    char *problem = NULL;
    CXCompilationDatabase database = ddc_database_load(folder, &problem);
    if (!database) {
        fprintf(stderr, "ddicheck: warning: cannot load the compilation database '%s/compile_commands.json': %s; "
                        "using the default flags for the files below it\n", folder, problem);
        free(problem);
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

/* The whole of `path`, NUL-terminated, or NULL with errno set. */
static char *read_whole(const char *path, size_t *length)
{
    FILE *stream = fopen(path, "rb");
    if (!stream)
        return NULL;
    size_t capacity = 1 << 16, used = 0, got;
    char *text = ddc_xmalloc(capacity);
    while ((got = fread(text + used, 1, capacity - used - 1, stream)) > 0) {
        used += got;
        if (capacity - used < 4096)
            text = ddc_xrealloc(text, capacity *= 2);
    }
    int error = ferror(stream) ? EIO : 0;
    fclose(stream);
    if (error) {
        free(text);
        errno = error;
        return NULL;
    }
    text[used] = '\0';
    *length = used;
    return text;
}

/* libclang's JSON reader takes any scalar where it wants a string. */
static bool is_scalar(json_object *value)
{
    return !json_object_is_type(value, json_type_object) && !json_object_is_type(value, json_type_array);
}

/* What libclang would refuse in entry `index` (0-based) of `count`, or NULL. */
static char *entry_problem(json_object *entry, size_t index, size_t count)
{
    if (!json_object_is_type(entry, json_type_object))
        return ddc_format("entry %zu of %zu is not a JSON object", index + 1, count);
    bool has_file = false, has_directory = false, has_command = false;
    json_object_object_foreach(entry, key, value) {
        if (strcmp(key, "arguments") == 0) {
            if (!json_object_is_type(value, json_type_array))
                return ddc_format("entry %zu of %zu: \"arguments\" is not a list", index + 1, count);
            for (size_t i = 0; i < json_object_array_length(value); i++)
                if (!is_scalar(json_object_array_get_idx(value, i)))
                    return ddc_format("entry %zu of %zu: \"arguments\" holds something other than strings",
                                      index + 1, count);
            has_command = true;
            continue;
        }
        if (strcmp(key, "directory") != 0 && strcmp(key, "file") != 0 && strcmp(key, "command") != 0 &&
            strcmp(key, "output") != 0)
            return ddc_format("entry %zu of %zu has the unknown key \"%s\" (libclang takes directory, file, "
                              "command, arguments and output)", index + 1, count, key);
        if (!is_scalar(value))
            return ddc_format("entry %zu of %zu: \"%s\" is not a string", index + 1, count, key);
        has_file |= strcmp(key, "file") == 0;
        has_directory |= strcmp(key, "directory") == 0;
        has_command |= strcmp(key, "command") == 0;
    }
    if (!has_file)
        return ddc_format("entry %zu of %zu has no \"file\"", index + 1, count);
    if (!has_command)
        return ddc_format("entry %zu of %zu has no \"command\" or \"arguments\"", index + 1, count);
    if (!has_directory)
        return ddc_format("entry %zu of %zu has no \"directory\"", index + 1, count);
    return NULL;
}

char *ddc_database_problem(const char *folder)
{
    if (!ddc_is_directory(folder))
        return ddc_strdup(ddc_is_file(folder) ? "not a folder" : strerror(ENOENT));
    char *path = ddc_format("%s/compile_commands.json", folder);
    size_t length = 0;
    char *text = read_whole(path, &length);
    char *problem = NULL;
    if (!text) {
        int error = errno;
        char *flags = ddc_format("%s/compile_flags.txt", folder);
        if (!(error == ENOENT && ddc_is_file(flags)))
            problem = ddc_format(error == ENOENT ? "no compile_commands.json there" : "compile_commands.json: %s",
                                 strerror(error));
        free(flags);
        free(path);
        return problem;
    }
    free(path);
    size_t start = strspn(text, " \t\r\n");
    json_tokener *tokener = json_tokener_new(); /* iterative, with a nesting limit */
    json_object *root = start == length ? NULL : json_tokener_parse_ex(tokener, text, (int)length);
    if (start == length) {
        problem = ddc_strdup("it is empty");
    } else if (length > (size_t)INT32_MAX - 1) {
        problem = ddc_strdup("it is larger than 2 GB");
    } else if (!root) {
        enum json_tokener_error error = json_tokener_get_error(tokener);
        if (error == json_tokener_continue)
            problem = ddc_strdup("it is not valid JSON: it ends too early");
        else
            problem = ddc_format("it is not valid JSON: %s (at byte %zu)", json_tokener_error_desc(error),
                                 json_tokener_get_parse_end(tokener));
    } else if (!json_object_is_type(root, json_type_array)) {
        problem = ddc_strdup("it is not a JSON array of compile commands");
    } else {
        size_t count = json_object_array_length(root);
        for (size_t i = 0; i < count && !problem; i++)
            problem = entry_problem(json_object_array_get_idx(root, i), i, count);
    }
    json_object_put(root);
    json_tokener_free(tokener);
    free(text);
    return problem;
}

CXCompilationDatabase ddc_database_load(const char *folder, char **problem)
{
    *problem = ddc_database_problem(folder);
    if (*problem)
        return NULL;
    CXCompilationDatabase_Error error = CXCompilationDatabase_NoError;
    CXCompilationDatabase database = clang_CompilationDatabase_fromDirectory(folder, &error);
    if (error != CXCompilationDatabase_NoError || !database) {
        if (database)
            clang_CompilationDatabase_dispose(database);
        *problem = ddc_strdup("libclang cannot load it");
        return NULL;
    }
    return database;
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
